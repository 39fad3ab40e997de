package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A statutory period (期间) and how it is counted. The Administrative Reconsideration Law counts its 3, 5, 7 and 10
 * day periods in working days, statutory holidays excluded (art. 88); for the rest it follows the Civil Procedure
 * Law's rules on periods (期间): the day the period starts on is not counted, and a period whose last day is a rest
 * day (节假日: a weekend or a statutory holiday) ends on the first working day after it. A make-up working Saturday is a working day, so a period may end on it.
 *
 * <p>Amounts are at least 1: the law knows no period of zero days, so a zero is taken for a mistake.
 */
public record StatutoryPeriod(PeriodUnit unit, int amount) {

    public StatutoryPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("A statutory period is at least 1 " + unit.labelEn() + ", was " + amount);
        }
    }

    public static StatutoryPeriod workingDays(int amount) {
        return new StatutoryPeriod(PeriodUnit.WORKING_DAYS, amount);
    }

    public static StatutoryPeriod calendarDays(int amount) {
        return new StatutoryPeriod(PeriodUnit.CALENDAR_DAYS, amount);
    }

    public static StatutoryPeriod months(int amount) {
        return new StatutoryPeriod(PeriodUnit.MONTHS, amount);
    }

    /**
     * The period starting on {@code start} (not counted), lengthened by {@code extraCalendarDays} (days that do not
     * count toward it, such as an extension or a suspension, added before the end-of-period rule is applied).
     *
     * @param start any date, a rest day included
     * @param extraCalendarDays 0 or more; must be 0 for a period of working days
     */
    public PeriodResult from(LocalDate start, int extraCalendarDays, WorkingDayCalendar cal) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cal, "cal");
        if (extraCalendarDays < 0) {
            throw new IllegalArgumentException("extraCalendarDays cannot be negative, was " + extraCalendarDays);
        }
        if (unit == PeriodUnit.WORKING_DAYS) {
            if (extraCalendarDays != 0) {
                throw new IllegalArgumentException("A period of working days takes no extra calendar days");
            }
            return countWorkingDays(start, cal);
        }
        LocalDate rawEnd = (unit == PeriodUnit.MONTHS ? start.plusMonths(amount) : start.plusDays(amount))
                .plusDays(extraCalendarDays);
        LocalDate due = cal.nextWorkingDayOnOrAfter(rawEnd);
        List<SkippedDay> movedOver = new ArrayList<>();
        for (LocalDate d = rawEnd; d.isBefore(due); d = d.plusDays(1)) {
            movedOver.add(cal.skipped(d));
        }
        return new PeriodResult(start, unit, amount, extraCalendarDays, rawEnd, due, movedOver, !due.equals(rawEnd),
                cal.unpublishedYears(start, due));
    }

    /** Same as {@code from(start, 0, cal)}. */
    public PeriodResult from(LocalDate start, WorkingDayCalendar cal) {
        return from(start, 0, cal);
    }

    private PeriodResult countWorkingDays(LocalDate start, WorkingDayCalendar cal) {
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (cal.isWorkingDay(day)) {
                counted++;
            } else {
                skipped.add(cal.skipped(day));
            }
        }
        return new PeriodResult(start, unit, amount, 0, day, day, skipped, false, cal.unpublishedYears(start, day));
    }

    /**
     * The latest date on which something must happen to leave at least {@code workingDays} working days before
     * {@code eventDate}, e.g. a hearing notice "at least 5 working days before the hearing".
     *
     * @see WorkingDayCalendar#latestNoticeDate(LocalDate, int)
     */
    public static LocalDate latestNoticeDate(LocalDate eventDate, int workingDays, WorkingDayCalendar cal) {
        return cal.latestNoticeDate(eventDate, workingDays);
    }
}
