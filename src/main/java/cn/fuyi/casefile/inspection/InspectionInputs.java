package cn.fuyi.casefile.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of file inspection (ARL 47). */
public final class InspectionInputs {

    private InspectionInputs() {
    }

    @Schema(name = "FileInspectionRequestInput", description = "A request to inspect and copy the file (阅卷, ARL 47)")
    public record NewRequest(@NotNull LocalDate requestDate,
            @NotNull @Schema(description = "An applicant, third party or agent of the case (case party id)") Long requesterPartyId,
            @NotBlank @Size(max = 2000) @Schema(description = "The materials asked for") String materials) {
    }

    @Schema(name = "FileInspectionDecisionInput", description = "The office's answer: granted, partly granted or refused; "
            + "a partial grant or refusal names its ground of ARL 47")
    public record Decision(@NotNull LocalDate date, @NotNull InspectionOutcome outcome,
            @Schema(description = "Code of the list INSPECTION_REFUSAL_GROUND; required unless granted in full") InspectionRefusalGround ground,
            @Size(max = 2000) @Schema(description = "What was withheld, or other remarks") String note,
            @Schema(description = "Day the materials were provided, if already") LocalDate providedDate) {
    }

    @Schema(name = "FileInspectionProvidedInput", description = "The day the granted materials were provided")
    public record Provided(@NotNull LocalDate date) {
    }
}
