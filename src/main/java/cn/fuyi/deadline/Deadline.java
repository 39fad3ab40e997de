package cn.fuyi.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.PeriodUnit;
import cn.fuyi.common.Labelled;

/**
 * One computed deadline of a case or lawsuit and how it was computed: from which date and event, by which rule and article,
 * in working or calendar days, with which days excluded and which extension.
 *
 * @param refId the record the deadline belongs to, if any: a hearing, opinion letter, obligation, or for a period to sue the applicant (case party)
 */
public record Deadline(
        Labelled kind,
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

    /** A stretch of days that does not count toward the deadline (a suspension); reason is a code with its label. */
    public record Exclusion(LocalDate from, LocalDate to, int days, Labelled reason, boolean ongoing) {
    }

    /** The earliest deadline still to be met, if any (paused ones excluded). */
    public static java.util.Optional<Deadline> next(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.status().pending()).min(java.util.Comparator.comparing(Deadline::due));
    }

    /** Met in time, met late, overdue or open, judged on {@code asOf}. */
    public static DeadlineStatus status(LocalDate due, LocalDate met, LocalDate asOf) {
        if (met != null) {
            return met.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
        }
        return asOf.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
    }

    public boolean provisional() {
        return period != null && period.provisional();
    }

    public SortedSet<Integer> provisionalYears() {
        return period == null ? new java.util.TreeSet<>() : period.provisionalYears();
    }
}
