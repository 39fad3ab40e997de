package cn.fuyi.reconsideration.hearing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the hearing steps. */
public final class HearingInputs {

    private HearingInputs() {
    }

    @Schema(name = "ScheduleHearingInput", description = "Written notice of time, place and issues at least 5 working days ahead (ARL 51)")
    public record ScheduleHearing(@NotNull @Schema(description = "Date of the written notice") LocalDate noticeDate,
            @NotNull LocalDate hearingDate, @NotBlank @Size(max = 200) String place,
            @Size(max = 5000) String issues, @Size(max = 1000) String reason) {
    }

    @Schema(name = "HoldHearingInput", description = "One presiding officer, two or more hearing officers, a recorder")
    public record HoldHearing(@NotNull Long hearingId, @NotNull LocalDate date,
            @NotBlank @Size(max = 50) String presidingOfficer,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 50) String> hearingOfficers,
            @NotBlank @Size(max = 50) String recorder, Boolean respondentHeadAttended,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "PostponeHearingInput")
    public record PostponeHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotNull LocalDate newHearingDate,
            @Schema(description = "Date of the new notice (default: date)") LocalDate newNoticeDate,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "CancelHearingInput")
    public record CancelHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }}
