package cn.fuyi.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.fuyi.calendar.SpecialDay;
import cn.fuyi.calendar.WorkingDayCalendar;

/**
 * The working-day calendar of 2026 for unit tests of statutory periods, with the days off the litigation tests cross as
 * the State Council's notice for 2026 gives them (清明 4-6 April, 端午 19 June, 国庆 1-7 October with Saturday 10 October
 * worked). A test that needs another holiday adds it here, from the notice.
 */
public final class Holidays2026 {

    public static final WorkingDayCalendar CALENDAR;

    static {
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        off(days, "清明节", "2026-04-04", "2026-04-05", "2026-04-06");
        off(days, "端午节", "2026-06-19");
        off(days, "国庆节", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");
        LocalDate madeUp = LocalDate.parse("2026-10-10");
        days.put(madeUp, SpecialDay.workday(madeUp, "国庆节"));
        CALENDAR = WorkingDayCalendar.of(days, Set.of(2026));
    }

    private Holidays2026() {
    }

    private static void off(Map<LocalDate, SpecialDay> days, String holiday, String... dates) {
        for (String d : dates) {
            LocalDate date = LocalDate.parse(d);
            days.put(date, SpecialDay.off(date, holiday));
        }
    }
}
