package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lunar dates of the festivals: ICU's Chinese calendar, checked against an independent ephemeris. */
class LunarDatesTest {

    @Test
    void theFestivalsOf2026FallWhereTheNoticeHasThem() {
        assertEquals(date("2026-02-16"), LunarDates.newYearsEve(2026));
        assertEquals(date("2026-02-17"), LunarDates.newYear(2026));
        assertEquals(date("2026-06-19"), LunarDates.date(2026, 5, 5));
        assertEquals(date("2026-09-25"), LunarDates.date(2026, 8, 15));
    }

    @Test
    void newYearsEveIsTheTwentyNinthWhenTheTwelfthMonthIsShort() {
        // the twelfth month of the year that began in 2024 started on 2024-12-31 and had 29 days
        assertEquals(date("2024-12-31"), LunarDates.date(2024, 12, 1));
        assertEquals(date("2025-01-28"), LunarDates.date(2024, 12, 29));
        assertEquals(date("2025-01-28"), LunarDates.newYearsEve(2025));
    }

    @Test
    void theDragonBoatFestivalIsInTheOrdinaryFifthMonthNotTheLeapOne() {
        // 2028 has a leap fifth month (闰五月) from 2028-06-23; 端午 is a month earlier
        assertEquals(date("2028-05-28"), LunarDates.date(2028, 5, 5));
    }

    @Test
    void everyLunarFestivalFrom2008To2100IsTheEphemerissDate() {
        List<String> wrong = new ArrayList<>();
        for (EphemerisTable.Row row : EphemerisTable.ROWS.values()) {
            int y = row.year();
            check(wrong, y + " 除夕", row.newYearsEve(), LunarDates.newYearsEve(y));
            check(wrong, y + " 春节", row.newYear(), LunarDates.newYear(y));
            check(wrong, y + " 端午", row.dragonBoat(), LunarDates.date(y, 5, 5));
            check(wrong, y + " 中秋", row.midAutumn(), LunarDates.date(y, 8, 15));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCorrectionOfIcuIsStillNeeded() {
        // when an ICU upgrade starts these months on the right day, the correction can go
        LunarDates.MONTH_STARTS.forEach((month, start) -> assertNotEquals(start,
                LunarDates.icuFirstDayOfMonth(month.year(), month.month()), month::toString));
    }

    @Test
    void theSpringFestivalOf2027BeginsOnTheSixthBecauseTheNewMoonIsMinutesBeforeMidnight() {
        assertEquals(date("2027-02-06"), LunarDates.newYear(2027));
        assertEquals(date("2027-02-05"), LunarDates.newYearsEve(2027));
    }

    @Test
    void thereIsNoThirtiethOrThirteenthMonthToAskFor() {
        assertThrows(IllegalArgumentException.class, () -> LunarDates.date(2026, 8, 30));
        assertThrows(IllegalArgumentException.class, () -> LunarDates.date(2026, 13, 1));
    }

    private static void check(List<String> wrong, String what, LocalDate expected, LocalDate actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + ": " + actual + " instead of " + expected);
        }
    }
}
