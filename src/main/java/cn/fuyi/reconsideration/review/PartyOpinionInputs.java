package cn.fuyi.reconsideration.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of hearing the parties' opinions (ARL 49). Name the party by partyId, or the respondent by respondent=true. */
public final class PartyOpinionInputs {

    private PartyOpinionInputs() {
    }

    @Schema(name = "HearPartyOpinionInput", description = "A party's opinion heard in person, online or by phone (ARL 49)")
    public record HearOpinion(@NotNull LocalDate date,
            @Schema(description = "An applicant or third party of the case") Long partyId,
            @Schema(description = "true: the respondent's opinion") Boolean respondent,
            @NotNull OpinionMethod method,
            @Size(max = 100) @Schema(description = "Who spoke, when not the party itself (agent, the respondent's staff)") String heardPerson,
            @NotBlank @Size(max = 20000) String summary) {
    }

    @Schema(name = "OpinionNotHeardInput", description = "Why a party's opinion could not be heard (ARL 49: for a cause on the party's side, "
            + "the case may be reviewed on the papers)")
    public record NotHeard(@NotNull LocalDate date,
            @Schema(description = "An applicant or third party of the case") Long partyId,
            @Schema(description = "true: the respondent") Boolean respondent,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
