package cn.fuyi.reconsideration.mediation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the mediation and settlement steps. */
public final class MediationInputs {

    private MediationInputs() {
    }

    @Schema(name = "ConsentToMediationInput", description = "One side's consent to mediation or settlement talks (ARL 5: voluntary); "
            + "the talks start once both the applicant and the respondent have consented. The same side may consent later to a suspension.")
    public record Consent(@NotNull MediationKind kind, @NotNull @Schema(description = "APPLICANT or RESPONDENT") Side side,
            @NotNull LocalDate date,
            @Schema(description = "The side also consents to suspending the review while the talks go on (ARL 39 ¶1 (六))") Boolean toSuspend,
            @Schema(description = "Only for a case under the 2017 law: why it may be mediated or settled (Regulations 2007 arts. 40, 50)") Ground2017 ground2017,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "MediationSessionInput", description = "A mediation session: when, where, who mediated and who attended")
    public record HoldSession(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place,
            @NotBlank @Size(max = 50) String mediator,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 100) String> attendees,
            @Size(max = 2000) String summary) {
    }

    @Schema(name = "DrawUpMediationAgreementInput", description = "The mediation agreement (行政复议调解书, ARL 73 ¶1); the reviewer taking the step "
            + "confirms its content is lawful (ARL 5 ¶2) and is recorded as approving it")
    public record DrawUpAgreement(@NotNull LocalDate date, @Size(max = 100) String documentNumber,
            @NotBlank @Size(max = 20000) String content,
            @NotNull @Schema(description = "The content harms neither the national interest, the public interest nor others' lawful "
                    + "rights and breaks no mandatory provision of law (ARL 5 ¶2); must be true") Boolean lawful) {
    }

    @Schema(name = "SignMediationAgreementInput", description = "A party signs or seals the agreement (签字或者签章, ARL 73 ¶1)")
    public record Sign(@NotNull Side side,
            @Size(max = 200) @Schema(description = "The applicant or third party as the case names them; may be left out when there is only one") String partyName,
            @NotNull LocalDate date,
            @Size(max = 100) @Schema(description = "Who signed for the party (agent, legal representative), if not the party itself") String signedBy) {
    }

    @Schema(name = "BackOutOfMediationInput", description = "A party backs out (反悔) before the agreement takes effect (ARL 73 ¶2): "
            + "the organ then reviews the case and decides promptly")
    public record BackOut(@NotNull LocalDate date, @NotNull Side side, @Size(max = 200) String partyName,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "RecordSettlementInput", description = "The parties' written settlement (和解, ARL 74 ¶1); the reviewer taking the step confirms "
            + "its content is lawful and is recorded as approving it")
    public record RecordSettlement(@NotNull LocalDate date, @NotBlank @Size(max = 20000) String content,
            @NotNull @Schema(description = "The content harms neither the national interest, the public interest nor others' lawful "
                    + "rights and breaks no mandatory provision of law (ARL 74 ¶1); must be true") Boolean lawful,
            @Schema(description = "Only for a case under the 2017 law and no talks recorded: why it may be settled (Regulations 2007 art. 40)") Ground2017 ground2017) {
    }
}
