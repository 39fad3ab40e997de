package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Statutory periods counted on the shipped 2018–2027 holiday data. ARL art. 88: periods of 3, 5, 7 and 10 日 are
 * working days; otherwise the Civil Procedure Law: the first day is not counted, and a period whose last day is a
 * rest day ends on the first working day after it.
 */
class StatutoryPeriodTest {

    private static final WorkingDayCalendar CAL = ShippedCalendar.CALENDAR;

    /** Rest days from a notice's holiday, or plain weekend days when the reason is 周六 or 周日. */
    private static List<SkippedDay> rest(String from, String to, String reason) {
        DaySource source = reason.equals("周六") || reason.equals("周日") ? null : DaySource.NOTICE;
        List<SkippedDay> days = new ArrayList<>();
        for (LocalDate d = date(from); !d.isAfter(date(to)); d = d.plusDays(1)) {
            days.add(new SkippedDay(d, reason, source));
        }
        return days;
    }

    @SafeVarargs
    private static List<SkippedDay> concat(List<SkippedDay>... parts) {
        List<SkippedDay> all = new ArrayList<>();
        for (List<SkippedDay> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    @Nested
    class WorkingDays {

        @Test
        void fiveDayAcceptanceReviewCountsTheMakeUpSaturdayAndSkipsTheSpringFestival() {
            // Received Thursday 2026-02-12. Fri 13 = 1, Sat 14 (调休上班) = 2, 15–23 春节 off, Tue 24 = 3, 25 = 4, 26 = 5.
            PeriodResult r = StatutoryPeriod.workingDays(5).from(date("2026-02-12"), 0, CAL);

            assertEquals(date("2026-02-26"), r.due());
            assertEquals(date("2026-02-26"), r.rawEnd());
            assertEquals(rest("2026-02-15", "2026-02-23", "春节"), r.skippedDays());
            assertFalse(r.movedPastHoliday());
            assertFalse(r.provisional());
            assertEquals(PeriodUnit.WORKING_DAYS, r.unit());
            assertEquals(5, r.amount());
        }

        @Test
        void fiveDaysAcrossNationalDay2026SkipTheGoldenWeekAndCountTheMakeUpSaturday() {
            // Tue 2026-09-29. Wed 30 = 1, 10-01..07 国庆节 off, Thu 8 = 2, Fri 9 = 3, Sat 10 (调休上班) = 4, Sun 11, Mon 12 = 5.
            PeriodResult r = StatutoryPeriod.workingDays(5).from(date("2026-09-29"), 0, CAL);

            assertEquals(date("2026-10-12"), r.due());
            assertEquals(concat(rest("2026-10-01", "2026-10-07", "国庆节"), rest("2026-10-11", "2026-10-11", "周日")),
                    r.skippedDays());
        }

        @Test
        void tenDaysFromBeforeMidAutumnCountTheMakeUpSundayAndSkipBothHolidays() {
            // Fri 2026-09-18. Sat 19 rests; Sun 20 (调休上班) = 1, 21–24 = 2..5, 25–27 中秋节, 28–30 = 6..8,
            // 10-01..07 国庆节, Thu 8 = 9, Fri 9 = 10.
            PeriodResult r = StatutoryPeriod.workingDays(10).from(date("2026-09-18"), 0, CAL);

            assertEquals(date("2026-10-09"), r.due());
            assertEquals(concat(rest("2026-09-19", "2026-09-19", "周六"), rest("2026-09-25", "2026-09-27", "中秋节"),
                    rest("2026-10-01", "2026-10-07", "国庆节")), r.skippedDays());
        }

        @Test
        void ordinaryWeekendIsSkippedAndNamedByItsWeekday() {
            PeriodResult r = StatutoryPeriod.workingDays(3).from(date("2026-03-12"), 0, CAL);

            assertEquals(date("2026-03-17"), r.due());
            assertEquals(List.of(new SkippedDay(date("2026-03-14"), "周六"), new SkippedDay(date("2026-03-15"), "周日")),
                    r.skippedDays());
        }

        @Test
        void startingOnAHolidayTheStartIsStillNotCounted() {
            // 2026-02-16 is a 春节 day off: 17–23 off, then Tue 24 = 1 … Fri 27 = 4, Sat 28 (调休上班) = 5.
            PeriodResult r = StatutoryPeriod.workingDays(5).from(date("2026-02-16"), 0, CAL);

            assertEquals(date("2026-02-28"), r.due());
            assertEquals(rest("2026-02-17", "2026-02-23", "春节"), r.skippedDays());
        }

        @Test
        void oneWorkingDayFromAMakeUpSaturdayIsTheFirstDayAfterTheFestival() {
            assertEquals(date("2026-02-24"), StatutoryPeriod.workingDays(1).from(date("2026-02-14"), 0, CAL).due());
        }

        @Test
        void aWeekendDayOffIsSkippedUnderItsHolidaysName() {
            // 2026-01-03 is a Saturday the notice lists as 元旦; Sunday 01-04 is a make-up working day.
            PeriodResult r = StatutoryPeriod.workingDays(1).from(date("2025-12-31"), 0, CAL);

            assertEquals(date("2026-01-04"), r.due());
            assertEquals(rest("2026-01-01", "2026-01-03", "元旦"), r.skippedDays());
        }

        @Test
        void extraCalendarDaysMakeNoSenseForWorkingDays() {
            StatutoryPeriod p = StatutoryPeriod.workingDays(5);
            assertThrows(IllegalArgumentException.class, () -> p.from(date("2026-02-12"), 3, CAL));
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void sixtyDaysEndingInTheSpringFestivalEndOnTheFirstWorkingDayAfterIt() {
            // 2025-12-18 + 60 = Mon 2026-02-16, a 春节 day off; the festival lasts to 02-23.
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2025-12-18"), 0, CAL);

            assertEquals(date("2026-02-16"), r.rawEnd());
            assertEquals(date("2026-02-24"), r.due());
            assertTrue(r.movedPastHoliday());
            assertEquals(rest("2026-02-16", "2026-02-23", "春节"), r.skippedDays());
        }

        @Test
        void sixtyDaysEndingOnNationalDayEndWhenTheGoldenWeekIsOver() {
            // 2026-08-04 + 60 = Sat 2026-10-03.
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-08-04"), 0, CAL);

            assertEquals(date("2026-10-03"), r.rawEnd());
            assertEquals(date("2026-10-08"), r.due());
            assertEquals(rest("2026-10-03", "2026-10-07", "国庆节"), r.skippedDays());
        }

        @Test
        void sixtyDaysEndingOnAnOrdinarySundayEndOnMonday() {
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-04-01"), 0, CAL);

            assertEquals(date("2026-05-31"), r.rawEnd());
            assertEquals(date("2026-06-01"), r.due());
            assertEquals(List.of(new SkippedDay(date("2026-05-31"), "周日")), r.skippedDays());
            assertTrue(r.movedPastHoliday());
        }

        @Test
        void sixtyDaysEndingOnAnOrdinarySaturdayMoveOverTheWholeWeekend() {
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-03-31"), 0, CAL);

            assertEquals(date("2026-06-01"), r.due());
            assertEquals(List.of(new SkippedDay(date("2026-05-30"), "周六"), new SkippedDay(date("2026-05-31"), "周日")),
                    r.skippedDays());
        }

        @Test
        void sixtyDaysEndingOnAMakeUpSaturdayEndThatSaturday() {
            // 2025-12-30 + 60 = Sat 2026-02-28, a make-up working day after the Spring Festival.
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2025-12-30"), 0, CAL);

            assertEquals(date("2026-02-28"), r.rawEnd());
            assertEquals(date("2026-02-28"), r.due());
            assertFalse(r.movedPastHoliday());
            assertEquals(List.of(), r.skippedDays());
        }

        @Test
        void holidaysInsideTheCalendarPeriodCountAndOnlyTheEndMoves() {
            // Golden week inside the period: 2026-09-15 + 60 = Sat 2026-11-14 → Mon 11-16.
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-09-15"), 0, CAL);

            assertEquals(date("2026-11-14"), r.rawEnd());
            assertEquals(date("2026-11-16"), r.due());
        }

        @Test
        void extraDaysAreAddedBeforeTheEndIsMovedOffAHoliday() {
            // 30 days plus a 30-day extension from 2026-08-04 end on 10-03, inside the golden week.
            PeriodResult r = StatutoryPeriod.calendarDays(30).from(date("2026-08-04"), 30, CAL);

            assertEquals(30, r.extraCalendarDays());
            assertEquals(date("2026-10-03"), r.rawEnd());
            assertEquals(date("2026-10-08"), r.due());
        }

        @Test
        void startingOnAHolidayTheStartIsNotCounted() {
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-10-01"), 0, CAL);

            assertEquals(date("2026-11-30"), r.due());
        }

        @Test
        void negativeExtraDaysAreRejected() {
            StatutoryPeriod p = StatutoryPeriod.calendarDays(60);
            assertThrows(IllegalArgumentException.class, () -> p.from(date("2026-01-05"), -1, CAL));
        }
    }

    @Nested
    class Months {

        @Test
        void sixMonthsFromTheLastOfMarchEndOnTheLastOfSeptember() {
            PeriodResult r = StatutoryPeriod.months(6).from(date("2026-03-31"), 0, CAL);

            assertEquals(date("2026-09-30"), r.rawEnd());
            assertEquals(date("2026-09-30"), r.due());
            assertFalse(r.movedPastHoliday());
        }

        @Test
        void sixMonthsEndingOnNationalDayEndAfterTheGoldenWeek() {
            PeriodResult r = StatutoryPeriod.months(6).from(date("2026-04-01"), 0, CAL);

            assertEquals(date("2026-10-01"), r.rawEnd());
            assertEquals(date("2026-10-08"), r.due());
            assertEquals(rest("2026-10-01", "2026-10-07", "国庆节"), r.skippedDays());
        }

        @Test
        void oneMonthFromTheLastOfJanuaryEndsOnTheLastOfFebruaryAMakeUpSaturday() {
            PeriodResult r = StatutoryPeriod.months(1).from(date("2026-01-31"), 0, CAL);

            assertEquals(date("2026-02-28"), r.due());
            assertFalse(r.movedPastHoliday());
        }

        @Test
        void extraDaysAreAddedAfterTheMonths() {
            PeriodResult r = StatutoryPeriod.months(1).from(date("2026-01-31"), 2, CAL);

            assertEquals(date("2026-03-02"), r.rawEnd());
            assertEquals(date("2026-03-02"), r.due());
        }
    }

    @Nested
    class UnpublishedNotices {

        @Test
        void aPeriodReachingIntoUnpublished2027IsProvisional() {
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2026-11-20"), 0, CAL);

            assertEquals(date("2027-01-19"), r.due());
            assertTrue(r.provisional());
            assertEquals(Set.of(2027), r.provisionalYears());
        }

        @Test
        void sixMonthsEndingOnASunday2027AreProvisionalAndMoveByWeekdayOnly() {
            PeriodResult r = StatutoryPeriod.months(6).from(date("2026-08-31"), 0, CAL);

            assertEquals(date("2027-02-28"), r.rawEnd());
            assertEquals(date("2027-03-01"), r.due());
            assertEquals(Set.of(2027), r.provisionalYears());
        }

        @Test
        void aPeriodWithinPublishedYearsIsFinal() {
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2025-11-20"), 0, CAL);

            assertFalse(r.provisional());
            assertEquals(Set.of(), r.provisionalYears());
        }

        @Test
        void aStartInAYearBeforeTheCalendarIsProvisionalToo() {
            PeriodResult r = StatutoryPeriod.workingDays(5).from(date("2017-12-29"), 0, CAL);

            assertEquals(Set.of(2017), r.provisionalYears());
        }

        @Test
        void sixtyDaysEndingOnNationalDay2027MoveOverTheDecreesDaysAndTheirSubstitutes() {
            // 2027-08-02 + 60 = Fri 10-01. 国庆 1–3 October (Sat 2, Sun 3 made up on Mon 4 and Tue 5): due Wed 10-06.
            PeriodResult r = StatutoryPeriod.calendarDays(60).from(date("2027-08-02"), 0, CAL);

            assertEquals(date("2027-10-01"), r.rawEnd());
            assertEquals(date("2027-10-06"), r.due());
            assertEquals(List.of(new SkippedDay(date("2027-10-01"), "国庆节", DaySource.DECREE),
                    new SkippedDay(date("2027-10-02"), "国庆节", DaySource.DECREE),
                    new SkippedDay(date("2027-10-03"), "国庆节", DaySource.DECREE),
                    new SkippedDay(date("2027-10-04"), "国庆节", DaySource.DECREE_SUBSTITUTE),
                    new SkippedDay(date("2027-10-05"), "国庆节", DaySource.DECREE_SUBSTITUTE)), r.skippedDays());
            assertEquals(Set.of(2027), r.provisionalYears());
        }

        @Test
        void newYearsDay2027IsNeverAWorkingDay() {
            PeriodResult r = StatutoryPeriod.workingDays(1).from(date("2026-12-31"), 0, CAL);

            assertEquals(date("2027-01-04"), r.due());
            assertEquals(List.of(new SkippedDay(date("2027-01-01"), "元旦", DaySource.DECREE),
                    new SkippedDay(date("2027-01-02"), "周六"), new SkippedDay(date("2027-01-03"), "周日")), r.skippedDays());
            assertTrue(r.provisional());
        }

        @Test
        void fiveWorkingDaysOverTheSpringFestival2027SkipTheDecreesDaysButNotTheUnknownBridgingDays() {
            // Thu 2027-02-04. 除夕 Fri 5, 初一 Sat 6, 初二 Sun 7, 初三 Mon 8, made up Tue 9 and Wed 10;
            // Thu 11 = 1, Fri 12 = 2, Mon 15 = 3, Tue 16 = 4, Wed 17 = 5.
            PeriodResult r = StatutoryPeriod.workingDays(5).from(date("2027-02-04"), 0, CAL);

            assertEquals(date("2027-02-17"), r.due());
            assertEquals(List.of("2027-02-05 DECREE", "2027-02-06 DECREE", "2027-02-07 DECREE", "2027-02-08 DECREE",
                    "2027-02-09 DECREE_SUBSTITUTE", "2027-02-10 DECREE_SUBSTITUTE", "2027-02-13 null", "2027-02-14 null"),
                    r.skippedDays().stream().map(d -> d.date() + " " + d.source()).toList());
        }

        @Test
        void beforeTheDecreesYearsOnlyWeekendsRestInAYearWithoutANotice() {
            // 2007 is before the 2007 text took effect; Fuyi does not compute the 1999 text's days
            PeriodResult r = StatutoryPeriod.workingDays(1).from(date("2007-09-28"), 0, CAL);

            assertEquals(date("2007-10-01"), r.due());
            assertEquals(Set.of(2007), r.provisionalYears());
        }
    }

    @Nested
    class Amounts {

        @Test
        void zeroOrNegativeAmountsAreNotAPeriod() {
            assertThrows(IllegalArgumentException.class, () -> StatutoryPeriod.workingDays(0));
            assertThrows(IllegalArgumentException.class, () -> StatutoryPeriod.calendarDays(0));
            assertThrows(IllegalArgumentException.class, () -> StatutoryPeriod.months(-1));
        }

        @Test
        void aUnitIsRequired() {
            assertThrows(NullPointerException.class, () -> new StatutoryPeriod(null, 5));
        }

        @Test
        void oneWorkingDayFromFridayIsMonday() {
            assertEquals(date("2026-03-16"), StatutoryPeriod.workingDays(1).from(date("2026-03-13"), 0, CAL).due());
        }

        @Test
        void oneCalendarDayFromFridayEndsOnMondayBecauseSaturdayRests() {
            PeriodResult r = StatutoryPeriod.calendarDays(1).from(date("2026-03-13"), 0, CAL);

            assertEquals(date("2026-03-14"), r.rawEnd());
            assertEquals(date("2026-03-16"), r.due());
        }
    }

    @Nested
    class LatestNoticeDate {

        @Test
        void aHearingOnFridayNeedsTheNoticeByTheSundayBefore() {
            // Mon 9 … Fri 13 are the five working days; a notice on Sunday the 8th leaves all five.
            assertEquals(date("2026-03-08"), StatutoryPeriod.latestNoticeDate(date("2026-03-13"), 5, CAL));
        }

        @Test
        void aHearingAfterTheSpringFestivalNeedsTheNoticeBeforeIt() {
            // Hearing Thu 2026-02-26: 26, 25, 24, Sat 14 (调休上班), Fri 13 are the five working days before it.
            assertEquals(date("2026-02-12"), StatutoryPeriod.latestNoticeDate(date("2026-02-26"), 5, CAL));
        }

        @Test
        void aHearingAfterNationalDayCountsTheMakeUpSaturday() {
            // Hearing Mon 2026-10-12: 12, Sat 10 (调休上班), 9, 8, then 7–1 off, Wed 9-30.
            assertEquals(date("2026-09-29"), StatutoryPeriod.latestNoticeDate(date("2026-10-12"), 5, CAL));
        }

        @Test
        void aHearingOnARestDayNeedsTheSameNoticeAsOnTheWorkingDayBefore() {
            assertEquals(date("2026-03-08"), StatutoryPeriod.latestNoticeDate(date("2026-03-15"), 5, CAL));
        }

        @Test
        void latestNoticeDateIsTheLastDayWhoseWorkingDayPeriodEndsByTheEvent() {
            for (int n : new int[] { 1, 3, 5, 7, 10 }) {
                StatutoryPeriod period = StatutoryPeriod.workingDays(n);
                for (LocalDate event = date("2018-01-15"); event.isBefore(date("2027-01-01")); event = event.plusDays(1)) {
                    LocalDate notice = StatutoryPeriod.latestNoticeDate(event, n, CAL);
                    assertFalse(period.from(notice, 0, CAL).due().isAfter(event), () -> "not enough days before " + n);
                    LocalDate dayLater = notice.plusDays(1);
                    assertTrue(period.from(dayLater, 0, CAL).due().isAfter(event), () -> "not the latest for " + n);
                }
            }
        }

        @Test
        void zeroWorkingDaysAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> StatutoryPeriod.latestNoticeDate(date("2026-03-13"), 0, CAL));
        }
    }
}
