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
            @NotBlank @Size(max = 5000) String items, @Size(max = 1000) String reason) {
    }

    @Schema(name = "CorrectionExtensionInput", description = "The bureau extends the correction period for good reason")
    public record ExtendCorrectionPeriod(@NotNull LocalDate date,
            @NotNull @Min(1) @Max(30) @Schema(description = "Working days added") Integer days,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "DeemAcceptedInput", description = "Records that the review period passed without decision (ARL 30 ¶3); the acceptance date is the day the period ended")
    public record DeemAccepted(@Size(max = 1000) String reason) {
    }

    @Schema(name = "NotAcceptInput", description = "不予受理 (ARL 30 ¶2)")
    public record NotAccept(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason,
            @Size(max = 100) @Schema(description = "The organ with jurisdiction, if another") String competentOrgan) {
    }}
