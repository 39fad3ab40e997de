package cn.fuyi.calendar;

import java.time.LocalDate;

/** A rest day a period passed over, with why it is not a working day: the holiday's name, or 周六 / 周日. */
public record SkippedDay(LocalDate date, String reason) {
}
