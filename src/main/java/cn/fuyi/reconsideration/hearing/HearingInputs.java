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

    @Schema(name = "HoldHearingInput", description = "One presiding officer, two or more hearing officers, a recorder (ARL 50 ¶3); "
            + "who came for the respondent: its head, or the reasons the head did not and the staff sent (ARL 51 ¶3)")
    public record HoldHearing(@NotNull Long hearingId, @NotNull LocalDate date,
            @NotBlank @Size(max = 50) String presidingOfficer,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 50) String> hearingOfficers,
            @NotBlank @Size(max = 50) String recorder,
            @Schema(description = "Required under the 2023 law (ARL 51 ¶3)") Boolean respondentHeadAttended,
            @Size(max = 50) @Schema(description = "With respondentHeadAttended: the head's name") String respondentHeadName,
            @Size(max = 100) @Schema(description = "With respondentHeadAttended: the head's position", examples = "副局长") String respondentHeadPosition,
            @Size(max = 1000) @Schema(description = "When the head did not attend: the reasons given") String respondentHeadAbsenceReason,
            @Size(max = 10) @Schema(description = "The respondent's staff who attended; required when the head did not") List<@NotBlank @Size(max = 50) String> respondentStaff,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "RecordHearingWaivedInput", description = "The applicant refused to attend without good reason: the hearing right is "
            + "deemed waived (ARL 51 ¶2). With a good reason, postpone the hearing instead.")
    public record WaiveHearing(@NotNull Long hearingId,
            @NotNull @Schema(description = "The day the applicant refused, at the latest the hearing date") LocalDate date,
            @NotBlank @Size(max = 1000) @Schema(description = "What happened, e.g. notified in writing, did not come, gave no reason") String circumstances) {
    }

    @Schema(name = "PostponeHearingInput")
    public record PostponeHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotNull LocalDate newHearingDate,
            @Schema(description = "Date of the new notice (default: date)") LocalDate newNoticeDate,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "CancelHearingInput")
    public record CancelHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }}
