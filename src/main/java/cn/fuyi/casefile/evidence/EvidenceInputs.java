package cn.fuyi.casefile.evidence;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the evidence register and of investigations. */
public final class EvidenceInputs {

    private EvidenceInputs() {
    }

    @Schema(name = "EvidenceInput", description = "An evidence item entered in the case's register (ARL 43-46)")
    public record NewEvidence(
            @NotNull @Schema(description = "Code of the list EVIDENCE_TYPE (the eight kinds of ARL 43)") EvidenceType type,
            @NotBlank @Size(max = 1000) String description,
            @NotNull @Schema(description = "Code of the list EVIDENCE_SUBMITTER_ROLE") SubmitterRole submitterRole,
            @Schema(description = "The applicant or third party (case party id); not for the respondent") Long submitterPartyId,
            @NotNull LocalDate submittedDate,
            @Schema(description = "The respondent's supplementary evidence (ARL 46 ¶2): needs the office's permission") Boolean supplementary,
            @Schema(description = "Day the office permitted the supplement (ARL 46 ¶2)") LocalDate permissionDate,
            @Size(max = 100) @Schema(description = "Who permitted it; the caller by default") String permittedBy,
            @Size(max = 1000) @Schema(description = "The new reasons or evidence of the applicant or third party that the supplement answers") String permissionReason,
            @Size(max = 50) @Schema(description = "Case-file documents (ids) holding the item") List<Long> documentIds) {
    }

    @Schema(name = "EvidenceReviewInput", description = "The office's review of an evidence item: admitted, or excluded with the reason (ARL 43 ¶2, 46 ¶1)")
    public record Review(@NotNull Boolean admitted, @NotNull LocalDate date,
            @Size(max = 1000) @Schema(description = "Required when excluded") String reason) {
    }

    @Schema(name = "InvestigationInput", description = "An investigation by the office (调查取证, ARL 45): at least two staff")
    public record NewInvestigation(@NotNull LocalDate date,
            @NotBlank @Size(max = 300) String place,
            @NotNull @Size(max = 20) @Schema(description = "The reconsideration staff who investigated: at least two (ARL 45 ¶2)") List<@NotBlank @Size(max = 100) String> staff,
            @Size(max = 50) @Schema(description = "Persons questioned") List<@NotBlank @Size(max = 100) String> personsQuestioned,
            @Size(max = 2000) @Schema(description = "What was investigated, documents read or copied") String matters,
            @Size(max = 50) @Schema(description = "Case-file documents (ids): the investigation record, copies obtained") List<Long> documentIds) {
    }
}
