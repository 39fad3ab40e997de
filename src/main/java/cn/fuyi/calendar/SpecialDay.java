package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date named in a State Council holiday notice: a statutory day off or a make-up working day, with the holiday
 * it belongs to (e.g. 春节; a make-up day carries the name of the holiday it makes up for).
 */
public record SpecialDay(LocalDate date, DayType type, String holiday) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(holiday, "holiday");
    }

    public static SpecialDay off(LocalDate date, String holiday) {
        return new SpecialDay(date, DayType.OFF, holiday);
    }

    public static SpecialDay workday(LocalDate date, String holiday) {
        return new SpecialDay(date, DayType.WORKDAY, holiday);
    }
}
