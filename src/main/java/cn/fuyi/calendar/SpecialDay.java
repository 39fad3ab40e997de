package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that is not what its weekday makes it: a statutory day off or a make-up working day, with the holiday it
 * belongs to (e.g. 春节; a make-up day carries the name of the holiday it makes up for) and who says so. Days named in
 * a State Council notice have the source {@link DaySource#NOTICE}; days fixed by the holidays decree for a year whose
 * notice is not published have {@link DaySource#DECREE}, or {@link DaySource#DECREE_SUBSTITUTE} with the weekend
 * festival day they make up for.
 *
 * @param substituteFor set only for an art. 6 substitute day: the festival day on a weekend it makes up for
 */
public record SpecialDay(LocalDate date, DayType type, String holiday, DaySource source, LocalDate substituteFor) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(source, "source");
        if ((source == DaySource.DECREE_SUBSTITUTE) != (substituteFor != null)) {
            throw new IllegalArgumentException("A substitute day, and only one, names the day it makes up for: " + date);
        }
        if (source != DaySource.NOTICE && type != DayType.OFF) {
            throw new IllegalArgumentException("The decree fixes days off only, not make-up working days: " + date);
        }
    }

    /** A date as a notice names it. */
    public SpecialDay(LocalDate date, DayType type, String holiday) {
        this(date, type, holiday, DaySource.NOTICE, null);
    }

    public static SpecialDay off(LocalDate date, String holiday) {
        return new SpecialDay(date, DayType.OFF, holiday);
    }

    public static SpecialDay workday(LocalDate date, String holiday) {
        return new SpecialDay(date, DayType.WORKDAY, holiday);
    }

    /** A festival day of 放假办法 art. 2. */
    static SpecialDay decree(LocalDate date, String holiday) {
        return new SpecialDay(date, DayType.OFF, holiday, DaySource.DECREE, null);
    }

    /** A substitute day of 放假办法 art. 6 for the festival day {@code weekendFestivalDay}. */
    static SpecialDay substitute(LocalDate date, String holiday, LocalDate weekendFestivalDay) {
        return new SpecialDay(date, DayType.OFF, holiday, DaySource.DECREE_SUBSTITUTE, weekendFestivalDay);
    }
}
