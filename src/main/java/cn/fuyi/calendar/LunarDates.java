package cn.fuyi.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Map;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Gregorian dates of days of the Chinese lunisolar calendar (农历), for the festivals 放假办法 art. 2 fixes by lunar
 * date: 除夕, 正月初一 to 初三, 五月初五 and 八月十五.
 *
 * <p>The months, their numbering and the leap months come from ICU's {@link ChineseCalendar}. ICU finds new moons
 * with an approximate lunar theory, so when a new moon falls within minutes of midnight in China it can start a month
 * on the wrong day. For 2008–2100 its month starts were compared with an independent ephemeris (see
 * {@code LunarDatesTest}); the only misplaced month starts that move a festival are listed in {@link #MONTH_STARTS}
 * and override ICU.
 */
final class LunarDates {

    /** ICU numbers Chinese years from 2637 BCE: the year that begins early in Gregorian 2026 is 4663. */
    private static final int EXTENDED_YEAR_OFFSET = 2637;

    /**
     * First days of months that ICU 76.1 places a day late or early, keyed by Gregorian year and month number.
     * 2027 正月: the new moon is on 2027-02-06 at 23:56 Beijing time, ICU says 02-07. 2030 正月: the new moon is on
     * 2030-02-03 at 00:07, ICU says 02-02.
     */
    static final Map<MonthKey, LocalDate> MONTH_STARTS = Map.of(
            new MonthKey(2027, 1), LocalDate.of(2027, 2, 6),
            new MonthKey(2030, 1), LocalDate.of(2030, 2, 3));

    /** A non-leap month of the Chinese year that begins in the Gregorian {@code year}. */
    record MonthKey(int year, int month) {
    }

    private LunarDates() {
    }

    /**
     * The Gregorian date of day {@code day} of the (non-leap) month {@code month} of the Chinese year that begins in
     * the Gregorian {@code year}; e.g. (2026, 8, 15) is 中秋 2026, 2026-09-25.
     *
     * @param month 1 (正月) to 12
     * @param day 1 to 29: every month has at least 29 days
     */
    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 29) {
            throw new IllegalArgumentException("No lunar month " + month + " day " + day);
        }
        return firstDayOfMonth(year, month).plusDays(day - 1L);
    }

    /** 正月初一, Chinese New Year, in the Gregorian {@code year}. */
    static LocalDate newYear(int year) {
        return firstDayOfMonth(year, 1);
    }

    /** 除夕: the last day of the twelfth month (the 29th or the 30th), the eve of 正月初一 of {@code year}. */
    static LocalDate newYearsEve(int year) {
        return newYear(year).minusDays(1);
    }

    /** What ICU alone gives for the first day of the month, before {@link #MONTH_STARTS}. */
    static LocalDate icuFirstDayOfMonth(int year, int month) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + EXTENDED_YEAR_OFFSET);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        int julianDay = calendar.get(Calendar.JULIAN_DAY);
        if (calendar.get(Calendar.MONTH) != month - 1 || calendar.get(ChineseCalendar.IS_LEAP_MONTH) != 0
                || calendar.get(Calendar.DAY_OF_MONTH) != 1) {
            throw new IllegalStateException("ICU did not resolve lunar month " + month + " of " + year);
        }
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, julianDay);
    }

    private static LocalDate firstDayOfMonth(int year, int month) {
        LocalDate corrected = MONTH_STARTS.get(new MonthKey(year, month));
        return corrected != null ? corrected : icuFirstDayOfMonth(year, month);
    }
}
