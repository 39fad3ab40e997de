package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 全国年节及纪念日放假办法: the festival days of art. 2 and the substitute days of art. 6, for any year, and the
 * published notices of 2018–2026 agreeing with them.
 */
class StatutoryHolidaysTest {

    private static DecreeDay festival(String date, Festival festival) {
        return new DecreeDay(date(date), festival, null);
    }

    private static DecreeDay substitute(String date, Festival festival, String forDate) {
        return new DecreeDay(date(date), festival, date(forDate));
    }

    private static List<DecreeDay> of(int year, Festival festival) {
        return StatutoryHolidays.of(year).stream().filter(d -> d.festival() == festival).toList();
    }

    @Nested
    class Article2 {

        @Test
        void newYearsDayIsTheFirstOfJanuary() {
            assertEquals(List.of(festival("2026-01-01", Festival.NEW_YEAR)), of(2026, Festival.NEW_YEAR));
        }

        @Test
        void springFestival2025IncludesNewYearsEve() {
            // 2024 text, from 2025: 除夕 and 正月初一 to 初三; 除夕 2025 is 腊月廿九
            assertEquals(List.of(festival("2025-01-28", Festival.SPRING_FESTIVAL),
                    festival("2025-01-29", Festival.SPRING_FESTIVAL), festival("2025-01-30", Festival.SPRING_FESTIVAL),
                    festival("2025-01-31", Festival.SPRING_FESTIVAL)), of(2025, Festival.SPRING_FESTIVAL));
        }

        @Test
        void springFestival2019WasTheFirstThreeDaysOfTheYearWithoutTheEve() {
            // 2013 text, 2014–2024: 正月初一 to 初三; 除夕 2019-02-04 was a bridging day of the notice, not the decree's
            assertEquals(List.of(festival("2019-02-05", Festival.SPRING_FESTIVAL),
                    festival("2019-02-06", Festival.SPRING_FESTIVAL), festival("2019-02-07", Festival.SPRING_FESTIVAL)),
                    of(2019, Festival.SPRING_FESTIVAL));
        }

        @Test
        void springFestival2012WasTheEveAndTheFirstTwoDays() {
            // 2007 text, 2008–2013: 除夕, 正月初一 and 初二; 除夕 was a Sunday, made up on Wednesday
            assertEquals(List.of(festival("2012-01-22", Festival.SPRING_FESTIVAL),
                    festival("2012-01-23", Festival.SPRING_FESTIVAL), festival("2012-01-24", Festival.SPRING_FESTIVAL),
                    substitute("2012-01-25", Festival.SPRING_FESTIVAL, "2012-01-22")),
                    of(2012, Festival.SPRING_FESTIVAL));
        }

        @Test
        void qingmingIsTheDayOfTheSolarTerm() {
            assertEquals(List.of(festival("2025-04-04", Festival.QINGMING)), of(2025, Festival.QINGMING));
            assertEquals(festival("2026-04-05", Festival.QINGMING), of(2026, Festival.QINGMING).get(0));
        }

        @Test
        void labourDayIsTwoDaysFrom2025AndWasOneBefore() {
            assertEquals(List.of(festival("2025-05-01", Festival.LABOUR_DAY), festival("2025-05-02", Festival.LABOUR_DAY)),
                    of(2025, Festival.LABOUR_DAY));
            assertEquals(List.of(festival("2024-05-01", Festival.LABOUR_DAY)), of(2024, Festival.LABOUR_DAY));
        }

        @Test
        void dragonBoatAndMidAutumnFollowTheLunarCalendar() {
            assertEquals(List.of(festival("2027-06-09", Festival.DRAGON_BOAT)), of(2027, Festival.DRAGON_BOAT));
            assertEquals(List.of(festival("2027-09-15", Festival.MID_AUTUMN)), of(2027, Festival.MID_AUTUMN));
        }

        @Test
        void nationalDayIsTheFirstThreeDaysOfOctober() {
            assertEquals(List.of(festival("2024-10-01", Festival.NATIONAL_DAY), festival("2024-10-02", Festival.NATIONAL_DAY),
                    festival("2024-10-03", Festival.NATIONAL_DAY)), of(2024, Festival.NATIONAL_DAY));
        }

        @Test
        void aYearHasThirteenFestivalDaysFrom2025AndElevenBefore() {
            // 1 + 4 + 1 + 2 + 1 + 1 + 3; 2014–2024: 1 + 3 + 1 + 1 + 1 + 1 + 3
            assertEquals(13, StatutoryHolidays.of(2025).stream().filter(d -> !d.isSubstitute()).count());
            assertEquals(11, StatutoryHolidays.of(2024).stream().filter(d -> !d.isSubstitute()).count());
            assertEquals(11, StatutoryHolidays.of(2013).stream().filter(d -> !d.isSubstitute()).count());
        }
    }

    @Nested
    class Article6 {

        @Test
        void aFestivalOnASundayIsMadeUpOnTheMonday() {
            // 清明 2026 is Sunday 5 April
            assertEquals(List.of(festival("2026-04-05", Festival.QINGMING), substitute("2026-04-06", Festival.QINGMING, "2026-04-05")),
                    of(2026, Festival.QINGMING));
        }

        @Test
        void dragonBoat2025OnASaturdayIsMadeUpOnTheMondayNotTheSunday() {
            assertEquals(List.of(festival("2025-05-31", Festival.DRAGON_BOAT), substitute("2025-06-02", Festival.DRAGON_BOAT, "2025-05-31")),
                    of(2025, Festival.DRAGON_BOAT));
        }

        @Test
        void aWeekendInsideAFestivalIsMadeUpAfterItsLastDay() {
            // 2027: 除夕 Fri 5 Feb, 初一 Sat 6, 初二 Sun 7, 初三 Mon 8 → Tue 9 and Wed 10
            assertEquals(List.of(festival("2027-02-05", Festival.SPRING_FESTIVAL), festival("2027-02-06", Festival.SPRING_FESTIVAL),
                    festival("2027-02-07", Festival.SPRING_FESTIVAL), festival("2027-02-08", Festival.SPRING_FESTIVAL),
                    substitute("2027-02-09", Festival.SPRING_FESTIVAL, "2027-02-06"),
                    substitute("2027-02-10", Festival.SPRING_FESTIVAL, "2027-02-07")), of(2027, Festival.SPRING_FESTIVAL));
        }

        @Test
        void aSubstituteDayPassesOverTheNextFestivalsDays() {
            // 2023: 国庆 Sun 1 Oct; Mon 2 and Tue 3 are National Day themselves, so Wed 4 is the substitute
            assertEquals(substitute("2023-10-04", Festival.NATIONAL_DAY, "2023-10-01"),
                    of(2023, Festival.NATIONAL_DAY).get(3));
        }

        @Test
        void twoFestivalsOnOneWeekendDayAreEachMadeUp() {
            // 3 October 2009, a Saturday, was both Mid-Autumn and National Day (taken in art. 2's order)
            assertEquals(List.of(substitute("2009-10-05", Festival.MID_AUTUMN, "2009-10-03"),
                    substitute("2009-10-06", Festival.NATIONAL_DAY, "2009-10-03")),
                    StatutoryHolidays.of(2009).stream().filter(DecreeDay::isSubstitute)
                            .filter(d -> d.date().getMonthValue() == 10).toList());
        }

        @Test
        void twoFestivalsOnOneWeekdayOweNothingUnderArticle6() {
            // 3 October 2028, a Tuesday, is both National Day and Mid-Autumn
            List<DecreeDay> october = StatutoryHolidays.of(2028).stream().filter(d -> d.date().getMonthValue() == 10).toList();
            // (1 October is a Sunday: its substitute is the Wednesday after the festival's weekdays)
            assertEquals(List.of(festival("2028-10-01", Festival.NATIONAL_DAY), festival("2028-10-02", Festival.NATIONAL_DAY),
                    festival("2028-10-03", Festival.MID_AUTUMN), festival("2028-10-03", Festival.NATIONAL_DAY),
                    substitute("2028-10-04", Festival.NATIONAL_DAY, "2028-10-01")), october);
            assertEquals("中秋节、国庆节", StatutoryHolidays.calendarDays(2028).get(date("2028-10-03")).holiday());
        }

        @Test
        void festivalsOnWeekdaysOweNoSubstitute() {
            // 2026 has 元旦 Thu, 春节 Mon–Thu, 端午 Fri, 中秋 Fri; only 清明 (Sun), 2 May (Sat) and 3 Oct (Sat) fall on weekends
            assertEquals(List.of(substitute("2026-04-06", Festival.QINGMING, "2026-04-05"),
                    substitute("2026-05-04", Festival.LABOUR_DAY, "2026-05-02"),
                    substitute("2026-10-05", Festival.NATIONAL_DAY, "2026-10-03")),
                    StatutoryHolidays.of(2026).stream().filter(DecreeDay::isSubstitute).toList());
        }

        @Test
        void everySubstituteIsAWeekdayAfterItsFestivalDayAndNoOtherDayOff() {
            for (int year = StatutoryHolidays.FIRST_YEAR; year <= StatutoryHolidays.LAST_YEAR; year++) {
                List<DecreeDay> days = StatutoryHolidays.of(year);
                for (DecreeDay d : days) {
                    if (d.isSubstitute()) {
                        assertFalse(Weekdays.isWeekend(d.date()), d::toString);
                        assertTrue(Weekdays.isWeekend(d.substituteFor()), d::toString);
                        assertTrue(d.date().isAfter(d.substituteFor()), d::toString);
                        assertEquals(1, days.stream().filter(o -> o.date().equals(d.date())).count(), d::toString);
                    }
                }
                long onWeekends = days.stream().filter(d -> !d.isSubstitute() && Weekdays.isWeekend(d.date())).count();
                assertEquals(onWeekends, days.stream().filter(DecreeDay::isSubstitute).count(), "year " + year);
            }
        }
    }

    @Nested
    class PublishedNotices {

        private void assertEveryDecreeDayIsOffInTheNotice(int year) {
            Map<LocalDate, SpecialDay> notice = ShippedCalendar.DAYS_BY_YEAR.get(year);
            List<String> missing = new ArrayList<>();
            for (DecreeDay d : StatutoryHolidays.of(year)) {
                SpecialDay entry = notice.get(d.date());
                if (entry == null || entry.type() != DayType.OFF || !entry.holiday().contains(d.festival().labelZh())) {
                    missing.add(d + " is " + entry);
                }
            }
            assertEquals(List.of(), missing, "the " + year + " notice");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = { 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
        void everyComputedDayOffIsADayOffOfThatHolidayInThePublishedNotice(int year) {
            assertTrue(ShippedCalendar.PUBLISHED.contains(year));
            assertEveryDecreeDayIsOffInTheNotice(year);
        }

        @Test
        void everyPublishedYearIsChecked() {
            assertEquals(Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), ShippedCalendar.PUBLISHED);
        }

        @Test
        void the2025NoticeHasEveryDayTheDecreeGives() {
            assertEquals(List.of("2025-01-01 元旦", "2025-01-28 春节", "2025-01-29 春节", "2025-01-30 春节", "2025-01-31 春节",
                    "2025-04-04 清明节", "2025-05-01 劳动节", "2025-05-02 劳动节", "2025-05-31 端午节", "2025-06-02 端午节 补假",
                    "2025-10-01 国庆节", "2025-10-02 国庆节", "2025-10-03 国庆节", "2025-10-06 中秋节"),
                    StatutoryHolidays.of(2025).stream().map(StatutoryHolidaysTest::describe).toList());
            assertEveryDecreeDayIsOffInTheNotice(2025);
        }

        @Test
        void the2026NoticeHasEveryDayTheDecreeGives() {
            assertEquals(List.of("2026-01-01 元旦", "2026-02-16 春节", "2026-02-17 春节", "2026-02-18 春节", "2026-02-19 春节",
                    "2026-04-05 清明节", "2026-04-06 清明节 补假", "2026-05-01 劳动节", "2026-05-02 劳动节",
                    "2026-05-04 劳动节 补假", "2026-06-19 端午节", "2026-09-25 中秋节", "2026-10-01 国庆节", "2026-10-02 国庆节",
                    "2026-10-03 国庆节", "2026-10-05 国庆节 补假"),
                    StatutoryHolidays.of(2026).stream().map(StatutoryHolidaysTest::describe).toList());
            assertEveryDecreeDayIsOffInTheNotice(2026);
        }

        @Test
        void theNoticesGiveMoreThanTheDecreeOnlyAsBridgingDaysSwappedForWeekends() {
            // 2026: 33 days off in the notice, 16 fixed by the decree; the rest are weekends and swapped weekdays
            assertEquals(33, ShippedCalendar.DAYS_BY_YEAR.get(2026).values().stream().filter(d -> d.type() == DayType.OFF).count());
            assertEquals(16, StatutoryHolidays.of(2026).size());
        }
    }

    @Nested
    class Range {

        @Test
        void theDecreeIsComputedFrom2008() {
            assertTrue(StatutoryHolidays.covers(2008));
            assertTrue(StatutoryHolidays.covers(2100));
            assertFalse(StatutoryHolidays.covers(2007));
            assertFalse(StatutoryHolidays.covers(2101));
            assertThrows(IllegalArgumentException.class, () -> StatutoryHolidays.of(2007));
            assertEquals(Map.of(), StatutoryHolidays.calendarDays(2007));
        }

        @Test
        void theCalendarDaysNameTheirSource() {
            Map<LocalDate, SpecialDay> days = StatutoryHolidays.calendarDays(2027);
            assertEquals(SpecialDay.decree(date("2027-10-02"), "国庆节"), days.get(date("2027-10-02")));
            assertEquals(SpecialDay.substitute(date("2027-10-04"), "国庆节", date("2027-10-02")), days.get(date("2027-10-04")));
            assertEquals(DaySource.DECREE_SUBSTITUTE, days.get(date("2027-10-05")).source());
        }
    }

    private static String describe(DecreeDay d) {
        return d.date() + " " + d.festival().labelZh() + (d.isSubstitute() ? " 补假" : "");
    }
}
