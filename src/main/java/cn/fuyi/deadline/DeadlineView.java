package cn.fuyi.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fuyi.calendar.PeriodUnit;

/** A deadline with how it was computed, as the API shows it for cases and lawsuits alike. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Deadline", description = "A statutory deadline and how it was computed")
public record DeadlineView(
        @Schema(description = "Code from the deadline-kind list of the case or lawsuit") String kind, String kindLabel,
        @Schema(description = "The record it belongs to: the hearing, opinion letter, obligation, normative document review, or for a period to sue the applicant (case party id)") Long refId,
        @Schema(examples = "ARL 30") String article,
        @Schema(description = "Day the period counts from (not itself counted); for a hearing notice, the hearing date counted back from") LocalDate start,
        String startEvent, String startEventLabel,
        PeriodUnit unit, String unitLabel, int amount,
        @Schema(description = "Counted backwards from start: the latest day the step may be taken") boolean beforeEvent,
        @Schema(description = "Days added by an approved extension") int extensionDays,
        @Schema(description = "Days excluded (suspension, site inspection, expert appraisal; a day covered twice counts once), added to the period") int excludedDays,
        List<ExclusionView> exclusions,
        @Schema(description = "Last day before the end-of-period rule") LocalDate rawEnd,
        LocalDate due,
        @Schema(description = "Non-working days skipped or moved over") List<SkippedDayView> skippedDays,
        @Schema(description = "The last day fell on a rest day or holiday and moved to the next working day") boolean movedPastHoliday,
        @Schema(description = "The holiday schedule of a year involved is not yet published; the date may change") boolean provisional,
        SortedSet<Integer> provisionalYears,
        LocalDate metOn,
        DeadlineStatus status, String statusLabel,
        @Schema(description = "Days from asOf to due; negative when overdue") Long daysRemaining,
        @Schema(description = "How the date was computed, in words") String explanation) {

    @Schema(name = "DeadlineExclusion")
    public record ExclusionView(LocalDate from, LocalDate to, int days, String reason, String reasonLabel, boolean ongoing) {
    }

    @Schema(name = "SkippedDay")
    public record SkippedDayView(LocalDate date, String reason) {
    }
}
