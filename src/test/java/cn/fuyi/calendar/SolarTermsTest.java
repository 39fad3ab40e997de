package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 清明 is the day on which the sun's apparent longitude reaches 15°, in Beijing time (放假办法 art. 2 (三)). */
class SolarTermsTest {

    private static LocalDateTime beijing(int year) {
        return LocalDateTime.ofInstant(SolarTerms.qingmingMoment(year), SolarTerms.CHINA);
    }

    @Test
    void qingming2025FellOnTheEveningOfTheFourthOfApril() {
        // the ephemeris: 2025-04-04 20:48:28 Beijing time
        assertEquals(date("2025-04-04"), SolarTerms.qingming(2025));
        assertWithin(15 * 60, LocalDateTime.parse("2025-04-04T20:48:28"), beijing(2025));
    }

    @Test
    void qingming2026FallsJustAfterMidnightSoOnTheFifth() {
        // 02:39:53 Beijing time on the 5th, but still the evening of the 4th in UTC
        assertEquals(date("2026-04-05"), SolarTerms.qingming(2026));
        assertWithin(15 * 60, LocalDateTime.parse("2026-04-05T02:39:53"), beijing(2026));
        assertEquals(date("2026-04-04"), SolarTerms.qingmingMoment(2026).atZone(ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void everyQingmingFrom2008To2100IsTheEphemerissDateAndWithinAQuarterOfAnHourOfItsMoment() {
        List<String> wrong = new ArrayList<>();
        long worst = 0;
        for (EphemerisTable.Row row : EphemerisTable.ROWS.values()) {
            if (!SolarTerms.qingming(row.year()).equals(row.qingming())) {
                wrong.add(row.year() + ": " + SolarTerms.qingming(row.year()) + " instead of " + row.qingming());
            }
            worst = Math.max(worst, Math.abs(Duration.between(row.qingmingMoment(), beijing(row.year())).toSeconds()));
        }
        assertEquals(List.of(), wrong);
        assertEquals(93, EphemerisTable.ROWS.size());
        assertTrue(worst < 15 * 60, "the formula is " + worst + " s from the ephemeris at worst");
    }

    @Test
    void theClosestCallIs2071WhoseTermFallsMinutesAfterMidnight() {
        // ephemeris 00:09:53 on 5 April 2071; the formula must stay on the same side of midnight
        LocalDateTime moment = beijing(2071);
        assertEquals(date("2071-04-05"), moment.toLocalDate());
        assertTrue(moment.toLocalTime().isBefore(LocalTime.of(0, 10)), moment::toString);
    }

    @Test
    void theSunsLongitudeGrowsAboutADegreeADay() {
        double jde = SolarTerms.julianDay(date("2026-04-05"));
        double perDay = SolarTerms.apparentLongitude(jde + 1) - SolarTerms.apparentLongitude(jde);
        assertEquals(0.98, perDay, 0.02);
    }

    @Test
    void aLongitudeTheSunDoesNotReachInTheWindowIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SolarTerms.momentOfLongitude(2026, 90, date("2026-03-25"), date("2026-04-15")));
    }

    private static void assertWithin(long toleranceSeconds, LocalDateTime expected, LocalDateTime actual) {
        long off = Math.abs(Duration.between(expected, actual).toSeconds());
        assertTrue(off <= toleranceSeconds, () -> actual + " is " + off + " s from " + expected);
    }
}
