package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable snapshot of the working-day calendar: Monday to Friday are working days except the State Council's
 * days off; Saturday and Sunday are rest days except its make-up working days (调休). Knows which years' notices are
 * published, so that a date computed into an unpublished year can be reported as provisional.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, SpecialDay> days;
    private final SortedSet<Integer> publishedYears;

    private WorkingDayCalendar(Map<LocalDate, SpecialDay> days, SortedSet<Integer> publishedYears) {
        this.days = days;
        this.publishedYears = publishedYears;
    }

    /**
     * @param days the special days by date (every key must be its value's date)
     * @param publishedYears the years whose holiday notice has been published
     */
    public static WorkingDayCalendar of(Map<LocalDate, SpecialDay> days, Set<Integer> publishedYears) {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(publishedYears, "publishedYears");
        TreeMap<LocalDate, SpecialDay> copy = new TreeMap<>();
        days.forEach((date, day) -> {
            Objects.requireNonNull(day, "special day of " + date);
            if (!day.date().equals(date)) {
                throw new IllegalArgumentException("Special day " + day + " is filed under " + date);
            }
            copy.put(date, day);
        });
        return new WorkingDayCalendar(Collections.unmodifiableMap(copy),
                Collections.unmodifiableSortedSet(new TreeSet<>(publishedYears)));
    }

    public boolean isWorkingDay(LocalDate d) {
        SpecialDay special = days.get(d);
        if (special != null) {
            return special.type() == DayType.WORKDAY;
        }
        return !Weekdays.isWeekend(d);
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** The years from {@code from}'s to {@code to}'s, both included, whose notice is not published. */
    public SortedSet<Integer> unpublishedYears(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Range ends (" + to + ") before it starts (" + from + ")");
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!isPublished(y)) {
                years.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /** The holiday whose day off {@code d} is; empty for every other date, make-up working days included. */
    public Optional<String> holidayName(LocalDate d) {
        SpecialDay special = days.get(d);
        return special != null && special.type() == DayType.OFF ? Optional.of(special.holiday()) : Optional.empty();
    }

    /** The notice's entry for {@code d} (a day off or a make-up working day), if it has one. */
    public Optional<SpecialDay> specialDay(LocalDate d) {
        return Optional.ofNullable(days.get(d));
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The latest date D such that the {@code workingDays}-th working day after D is on or before {@code eventDate},
     * e.g. the last day on which a hearing notice can go out "at least 5 working days before the hearing". D itself
     * may be a rest day: a notice given on a Sunday still has the following working days.
     *
     * @param workingDays at least 1
     */
    public LocalDate latestNoticeDate(LocalDate eventDate, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        // The n-th working day counted backwards from the event (the event day included) must lie after D.
        int counted = 0;
        LocalDate day = eventDate;
        while (true) {
            if (isWorkingDay(day)) {
                counted++;
                if (counted == workingDays) {
                    return day.minusDays(1);
                }
            }
            day = day.minusDays(1);
        }
    }

    /** Why {@code d} is not a working day: the holiday's name, else 周六 or 周日. Only meaningful for rest days. */
    String restReason(LocalDate d) {
        return holidayName(d).orElseGet(() -> Weekdays.zh(d.getDayOfWeek()));
    }

    /** The published years, in order. */
    public SortedSet<Integer> publishedYears() {
        return publishedYears;
    }

    /** Every special day, by date. */
    public Map<LocalDate, SpecialDay> specialDays() {
        return days;
    }
}
