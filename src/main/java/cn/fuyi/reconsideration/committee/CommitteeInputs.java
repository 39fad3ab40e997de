package cn.fuyi.reconsideration.committee;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the reconsideration committee's steps. */
public final class CommitteeInputs {

    private CommitteeInputs() {
    }

    @Schema(name = "ReferToCommitteeInput", description = "Referral to the reconsideration committee for its consultative opinion (ARL 52 ¶2)")
    public record Refer(@NotNull LocalDate date, @NotNull CommitteeGround ground,
            @NotBlank @Size(max = 2000) @Schema(description = "The questions put to the committee") String questions,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "CommitteeOpinionInput", description = "The committee's consultative opinion, which the office must record (ARL 52 ¶3)")
    public record RecordOpinion(@NotNull Long referralId,
            @NotNull @Schema(description = "The day the opinion was given") LocalDate date,
            @NotNull LocalDate meetingDate,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 50) String> members,
            @NotBlank @Size(max = 20000) String opinion) {
    }

    @Schema(name = "CommitteeOpinionAdoptionInput", description = "Whether the decision followed the committee's opinion (ARL 61 ¶3: an important reference)")
    public record RecordAdoption(@NotNull Long referralId, @NotNull LocalDate date, @NotNull Boolean followed,
            @Size(max = 2000) @Schema(description = "Required when the decision departs from the opinion: why") String note) {
    }
}
