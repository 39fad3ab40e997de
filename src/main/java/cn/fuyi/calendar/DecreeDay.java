package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off that 全国年节及纪念日放假办法 itself fixes: a festival day (art. 2), or the substitute working day given
 * for a festival day that falls on a Saturday or Sunday (art. 6, 补假), which names the day it stands in for.
 */
public record DecreeDay(LocalDate date, Festival festival, LocalDate substituteFor) {

    public DecreeDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(festival, "festival");
    }

    static DecreeDay festivalDay(LocalDate date, Festival festival) {
        return new DecreeDay(date, festival, null);
    }

    static DecreeDay substitute(LocalDate date, Festival festival, LocalDate weekendFestivalDay) {
        return new DecreeDay(date, festival, Objects.requireNonNull(weekendFestivalDay, "weekendFestivalDay"));
    }

    public boolean isSubstitute() {
        return substituteFor != null;
    }

    public DaySource source() {
        return isSubstitute() ? DaySource.DECREE_SUBSTITUTE : DaySource.DECREE;
    }
}
