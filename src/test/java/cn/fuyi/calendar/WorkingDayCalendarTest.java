package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which days are working days: Monday to Friday unless the State Council gives them off, plus its make-up days. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CAL = ShippedCalendar.CALENDAR;

    @Test
    void theReleaseShipsNoticesFor2018To2026And2027Unpublished() {
        assertEquals(Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), ShippedCalendar.YEARS);
        assertEquals(Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), ShippedCalendar.PUBLISHED);
        assertFalse(ShippedCalendar.DAYS_BY_YEAR.containsKey(2027));
        assertFalse(CAL.isPublished(2027));
        assertTrue(CAL.isPublished(2026));
    }

    @Test
    void ordinaryWeekdaysWorkAndWeekendsRest() {
        assertTrue(CAL.isWorkingDay(date("2026-03-13")));
        assertFalse(CAL.isWorkingDay(date("2026-03-14")));
        assertFalse(CAL.isWorkingDay(date("2026-03-15")));
    }

    @Test
    void aStatutoryDayOffOnAWeekdayRests() {
        assertFalse(CAL.isWorkingDay(date("2026-02-16")));
        assertEquals(Optional.of("春节"), CAL.holidayName(date("2026-02-16")));
    }

    @Test
    void aMakeUpSaturdayWorksAndIsNoHoliday() {
        assertTrue(CAL.isWorkingDay(date("2026-02-14")));
        assertEquals(Optional.empty(), CAL.holidayName(date("2026-02-14")));
        assertEquals(Optional.of(SpecialDay.workday(date("2026-02-14"), "春节")), CAL.specialDay(date("2026-02-14")));
    }

    @Test
    void aDayOffOnASaturdayIsNamedForItsHoliday() {
        assertFalse(CAL.isWorkingDay(date("2026-01-03")));
        assertEquals(Optional.of("元旦"), CAL.holidayName(date("2026-01-03")));
    }

    @Test
    void anOrdinaryDayHasNoHolidayName() {
        assertEquals(Optional.empty(), CAL.holidayName(date("2026-03-14")));
        assertEquals(Optional.empty(), CAL.holidayName(date("2026-03-13")));
    }

    @Test
    void the2019NoticeMovedNewYearIntoDecember2018() {
        assertTrue(CAL.isWorkingDay(date("2018-12-29")));
        assertFalse(CAL.isWorkingDay(date("2018-12-31")));
        assertEquals(Optional.of("元旦"), CAL.holidayName(date("2018-12-31")));
    }

    @Test
    void nextWorkingDayOnOrAfterAWorkingDayIsThatDay() {
        assertEquals(date("2026-03-13"), CAL.nextWorkingDayOnOrAfter(date("2026-03-13")));
        assertEquals(date("2026-02-14"), CAL.nextWorkingDayOnOrAfter(date("2026-02-14")));
    }

    @Test
    void nextWorkingDayOnOrAfterARestDayJumpsTheWholeBreak() {
        assertEquals(date("2026-03-16"), CAL.nextWorkingDayOnOrAfter(date("2026-03-14")));
        assertEquals(date("2026-02-24"), CAL.nextWorkingDayOnOrAfter(date("2026-02-15")));
        assertEquals(date("2026-10-08"), CAL.nextWorkingDayOnOrAfter(date("2026-10-01")));
    }

    @Test
    void unpublishedYearsListsEveryYearOfTheRangeWithoutANotice() {
        assertEquals(Set.of(), CAL.unpublishedYears(date("2018-01-01"), date("2026-12-31")));
        assertEquals(Set.of(2027, 2028), CAL.unpublishedYears(date("2026-06-01"), date("2028-01-02")));
        assertEquals(Set.of(2017), CAL.unpublishedYears(date("2017-12-30"), date("2018-01-02")));
        assertEquals(Set.of(2027), CAL.unpublishedYears(date("2027-05-01"), date("2027-05-01")));
    }

    @Test
    void unpublishedYearsRejectsAnInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> CAL.unpublishedYears(date("2026-02-01"), date("2026-01-01")));
    }

    @Test
    void withoutANoticeTheDecreesDaysRestButNotTheNoticesBridgingDays() {
        WorkingDayCalendar bare = WorkingDayCalendar.of(Map.of(), Set.of());

        // 除夕 2026 is a festival day of the decree; the notice's Friday 02-20 and its make-up Saturday 02-14 are not
        assertFalse(bare.isWorkingDay(date("2026-02-16")));
        assertEquals(Optional.of(SpecialDay.decree(date("2026-02-16"), "春节")), bare.specialDay(date("2026-02-16")));
        assertTrue(bare.isWorkingDay(date("2026-02-20")));
        assertFalse(bare.isWorkingDay(date("2026-02-14")));
        assertEquals(date("2026-02-20"), bare.nextWorkingDayOnOrAfter(date("2026-02-14")));
        assertFalse(bare.isPublished(2026));
        assertTrue(bare.decreeApplies(2026));
    }

    @Test
    void unpublished2027RestsOnTheDecreesDaysAndTheirSubstitutes() {
        assertTrue(CAL.decreeApplies(2027));
        assertFalse(CAL.isWorkingDay(date("2027-01-01")));
        assertEquals(Optional.of("元旦"), CAL.holidayName(date("2027-01-01")));
        assertFalse(CAL.isWorkingDay(date("2027-10-01")));
        assertEquals(Optional.of(SpecialDay.substitute(date("2027-10-04"), "国庆节", date("2027-10-02"))),
                CAL.specialDay(date("2027-10-04")));
        assertTrue(CAL.isWorkingDay(date("2027-10-06")));
        // the notices' days are the only special days the snapshot lists
        assertFalse(CAL.specialDays().containsKey(date("2027-10-01")));
    }

    @Test
    void aPublishedNoticeIsTheWholeYearEvenWhereItLeavesOutADecreeDay() {
        // a notice loaded by an administrator that forgot 1 October: the notice wins
        Map<LocalDate, SpecialDay> notice = Map.of(date("2030-01-01"), SpecialDay.off(date("2030-01-01"), "元旦"));
        WorkingDayCalendar cal = WorkingDayCalendar.of(notice, Set.of(2030));

        assertTrue(cal.isWorkingDay(date("2030-10-01")));
        assertFalse(cal.decreeApplies(2030));
        assertEquals(Optional.empty(), cal.specialDay(date("2030-10-01")));
    }

    @Test
    void datesLoadedForAnUnpublishedYearTakePrecedenceOverTheDecreesDateByDate() {
        // a draft for 2030: National Day week with a bridging Friday 10-04; 1–3 October still come from the decree
        Map<LocalDate, SpecialDay> draft = Map.of(
                date("2030-10-04"), SpecialDay.off(date("2030-10-04"), "国庆节"),
                date("2030-10-02"), SpecialDay.off(date("2030-10-02"), "国庆节"));
        WorkingDayCalendar cal = WorkingDayCalendar.of(draft, Set.of());

        assertEquals(DaySource.NOTICE, cal.specialDay(date("2030-10-02")).orElseThrow().source());
        assertEquals(DaySource.DECREE, cal.specialDay(date("2030-10-01")).orElseThrow().source());
        assertFalse(cal.isWorkingDay(date("2030-10-04")));
        assertFalse(cal.isWorkingDay(date("2030-10-03")));
    }

    @Test
    void yearsBeforeTheDecreeIsComputedRestOnWeekendsOnly() {
        assertFalse(CAL.decreeApplies(2007));
        assertTrue(CAL.isWorkingDay(date("2007-10-01")));
    }

    @Test
    void theSnapshotCannotBeChangedThroughItsInputs() {
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        days.put(date("2026-03-13"), SpecialDay.off(date("2026-03-13"), "测试"));
        WorkingDayCalendar cal = WorkingDayCalendar.of(days, Set.of(2026));
        days.clear();

        assertFalse(cal.isWorkingDay(date("2026-03-13")));
        assertThrows(UnsupportedOperationException.class, () -> cal.specialDays().clear());
    }

    @Test
    void aSpecialDayMustBeFiledUnderItsOwnDate() {
        Map<LocalDate, SpecialDay> days = Map.of(date("2026-03-13"), SpecialDay.off(date("2026-03-12"), "测试"));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(days, Set.of()));
    }
}
