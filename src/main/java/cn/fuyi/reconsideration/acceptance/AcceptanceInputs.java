package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the acceptance steps. */
public final class AcceptanceInputs {

    private AcceptanceInputs() {
    }

    @Schema(name = "CorrectionRequestInput", description = "补正通知 (ARL 31): everything to be corrected, at once")
    public record RequestCorrection(
            @NotNull @Schema(description = "Date of the notice") LocalDate date,
            @Schema(description = "Date the applicant received the notice; the 10 working days count from it (default: the notice date)") LocalDate noticeReceivedDate,
            @NotBlank @Size(max = 5000) String items, @Size(max = 1000) String reason,
            @Min(1) @Max(90) @Schema(description = "2017-law cases only: the period the notice set, in days (Regulations 2007 art. 29); "
                    + "under the 2023 law the period is 10 working days (ARL 31 ¶2)") Integer periodDays) {
    }

    @Schema(name = "CorrectionReceivedInput", description = "The applicant's correction (ARL 31 ¶3)")
    public record ReceiveCorrection(@NotNull @Schema(description = "Date the office received it") LocalDate date,
            @Schema(description = "Postmark date when it came by post: time in the post does not count (CPL 85)") LocalDate postedDate,
            @Size(max = 1000) @Schema(description = "Required when it came after the period: the good reason the office accepts "
                    + "(ARL 31 ¶2)") String lateReason,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "AbandonInput", description = "视为放弃 (ARL 31 ¶2): the period ran out and the correction is late without good reason")
    public record Abandon(@NotNull LocalDate date,
            @NotBlank @Size(max = 1000) @Schema(description = "Why the office finds no good reason") String reason,
            @Size(max = 1000) @Schema(description = "What the applicant gave as the reason, if anything") String applicantExplanation) {
    }

    @Schema(name = "CorrectionExtensionInput", description = "The bureau extends the correction period for good reason")
    public record ExtendCorrectionPeriod(@NotNull LocalDate date,
            @NotNull @Min(1) @Max(30) @Schema(description = "Days added to the period, in its unit (working days under the 2023 law)") Integer days,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "DeemAcceptedInput", description = "Records that the review period passed without decision (ARL 30 ¶3); the acceptance date is the day the period ended")
    public record DeemAccepted(@Size(max = 1000) String reason) {
    }

    @Schema(name = "NotAcceptInput", description = "不予受理 (ARL 30 ¶2)")
    public record NotAccept(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason,
            @Size(max = 100) @Schema(description = "The organ with jurisdiction, if another") String competentOrgan) {
    }
    @Schema(name = "SuperiorComplaintInput", description = "The applicant's complaint to the superior organ (ARL 35)")
    public record SuperiorComplaintInput(@NotNull @Schema(description = "Date of the complaint") LocalDate date,
            @NotBlank @Size(max = 200) @Schema(examples = "苏州市人民政府") String superior,
            @NotNull ComplaintGround ground, ComplaintOutcome outcome,
            @Schema(description = "Required with an outcome") LocalDate outcomeDate, @Size(max = 1000) String note) {
    }

    @Schema(name = "SuperiorComplaintOutcomeInput", description = "What the superior organ did with the complaint (ARL 35)")
    public record ComplaintOutcomeInput(@NotNull Long complaintId, @NotNull LocalDate date, @NotNull ComplaintOutcome outcome,
            @Size(max = 1000) String note) {
    }
}
