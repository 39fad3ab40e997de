package cn.fuyi.reconsideration.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.PeriodUnit;

/**
 * One computed deadline of a case and how it was computed: from which date and event, by which rule and article,
 * in working or calendar days, with which days excluded and which extension.
 *
 * @param refId the hearing or opinion letter the deadline belongs to, if any
 */
public record Deadline(
        DeadlineKind kind,
        Long refId,
        String article,
        LocalDate start,
        String startEvent,
        PeriodUnit unit,
        int amount,
        int extensionDays,
        List<Exclusion> exclusions,
        int excludedDays,
        boolean beforeEvent,
        PeriodResult period,
        LocalDate due,
        LocalDate metOn,
        DeadlineStatus status) {

    /** A stretch of days that does not count toward the deadline (a suspension). */
    public record Exclusion(LocalDate from, LocalDate to, int days, String reason, boolean ongoing) {
    }

    public boolean provisional() {
        return period != null && period.provisional();
    }

    public SortedSet<Integer> provisionalYears() {
        return period == null ? new java.util.TreeSet<>() : period.provisionalYears();
    }
}
