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
 *
 * <p>A year whose notice is published is exactly as its notice says. In a year whose notice is not published the days
 * off that 全国年节及纪念日放假办法 fixes ({@link StatutoryHolidays}: the festival days and their art. 6 substitute
 * days) rest as well, so a provisional deadline never falls on 1 January or 1–3 October; only the bridging days and
 * the 调休 swaps are unknown. Dates loaded for such a year (a draft of its notice) take precedence, date by date, over
 * the decree's.
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
        SpecialDay special = entry(d);
        if (special != null) {
            return special.type() == DayType.WORKDAY;
        }
        return !Weekdays.isWeekend(d);
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** Whether the days off of {@code year} are the decree's, its notice not being published. */
    public boolean decreeApplies(int year) {
        return !isPublished(year) && StatutoryHolidays.covers(year);
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
        SpecialDay special = entry(d);
        return special != null && special.type() == DayType.OFF ? Optional.of(special.holiday()) : Optional.empty();
    }

    /**
     * What makes {@code d} a day off or a make-up working day, if anything: its notice's entry, or in a year whose
     * notice is not published the decree's day off.
     */
    public Optional<SpecialDay> specialDay(LocalDate d) {
        return Optional.ofNullable(entry(d));
    }

    private SpecialDay entry(LocalDate d) {
        SpecialDay loaded = days.get(d);
        if (loaded != null || isPublished(d.getYear())) {
            return loaded;
        }
        return StatutoryHolidays.calendarDays(d.getYear()).get(d);
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

    /**
     * {@code d} as a rest day a period passes over: why it rests (the holiday's name, else 周六 or 周日) and who says
     * so. Only meaningful for rest days.
     */
    SkippedDay skipped(LocalDate d) {
        SpecialDay special = entry(d);
        if (special != null && special.type() == DayType.OFF) {
            return new SkippedDay(d, special.holiday(), special.source());
        }
        return new SkippedDay(d, Weekdays.zh(d.getDayOfWeek()));
    }

    /** The published years, in order. */
    public SortedSet<Integer> publishedYears() {
        return publishedYears;
    }

    /** Every date the loaded notices name, by date; the decree's days of unpublished years are not among them. */
    public Map<LocalDate, SpecialDay> specialDays() {
        return days;
    }
}
