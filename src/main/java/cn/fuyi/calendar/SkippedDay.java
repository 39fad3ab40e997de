package cn.fuyi.calendar;

import java.time.LocalDate;

/**
 * A rest day a period passed over, with why it is not a working day: the holiday's name, or 周六 / 周日.
 *
 * @param source who gives the holiday (its notice, or the decree for a year without one); null for a plain weekend day
 */
public record SkippedDay(LocalDate date, String reason, DaySource source) {

    /** A plain Saturday or Sunday. */
    public SkippedDay(LocalDate date, String reason) {
        this(date, reason, null);
    }
}
