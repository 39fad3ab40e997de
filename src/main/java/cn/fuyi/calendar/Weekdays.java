package cn.fuyi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Weekday names as the bureau writes them (周一 … 周日). */
final class Weekdays {

    private static final String[] ZH = { "周一", "周二", "周三", "周四", "周五", "周六", "周日" };

    private Weekdays() {
    }

    static String zh(DayOfWeek d) {
        return ZH[d.getValue() - 1];
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }
}
