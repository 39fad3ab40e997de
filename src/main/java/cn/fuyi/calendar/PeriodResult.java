package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A computed statutory period with what is needed to explain it: the date the count ended on ({@code rawEnd}), the
 * due date, the rest days passed over, and the years without a published holiday notice that the count reached.
 *
 * @param rawEnd for working days the due date itself; for calendar days and months the last day before the
 *        end-of-period rule moves it off a rest day
 * @param skippedDays for working days every rest day after the start up to the due date; for calendar days and
 *        months the rest days the end was moved over ({@code rawEnd} to the day before {@code due})
 * @param movedPastHoliday whether the end-of-period rule moved the end to a later day (never for working days)
 * @param provisionalYears years from the start's to the due date's without a published notice
 */
public record PeriodResult(LocalDate start, PeriodUnit unit, int amount, int extraCalendarDays, LocalDate rawEnd,
        LocalDate due, List<SkippedDay> skippedDays, boolean movedPastHoliday, SortedSet<Integer> provisionalYears) {

    public PeriodResult {
        skippedDays = List.copyOf(skippedDays);
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** Whether the due date may still change once a missing year's notice is published. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
