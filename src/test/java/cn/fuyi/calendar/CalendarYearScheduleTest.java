package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;

/** What an administrator may load as a year's schedule: whatever a real notice contains, nothing impossible. */
class CalendarYearScheduleTest {

    private static YearSchedule schedule(int year, SpecialDay... days) {
        return new YearSchedule(year, true, List.of("https://www.gov.cn/notice.htm"), List.of(days));
    }

    private static List<String> codes(ApiException e) {
        return e.errors().stream().map(f -> f.field() + " " + f.code()).toList();
    }

    @Test
    void everyShippedNoticeIsAValidSchedule() {
        ShippedCalendar.DAYS_BY_YEAR.forEach((year, days) -> assertDoesNotThrow(
                () -> new YearSchedule(year, true, List.of(), new ArrayList<>(days.values())).validate(),
                () -> "the shipped " + year + " notice"));
    }

    @Test
    void aDayOffMayFallOnAWeekend() {
        assertDoesNotThrow(() -> schedule(2026, SpecialDay.off(date("2026-01-03"), "元旦")).validate());
    }

    @Test
    void daysOfThePreviousDecemberBelongToTheNewYearsNotice() {
        assertDoesNotThrow(() -> schedule(2019, SpecialDay.workday(date("2018-12-29"), "元旦"),
                SpecialDay.off(date("2018-12-31"), "元旦")).validate());
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsImpossible() {
        ApiException e = assertThrows(ApiException.class,
                () -> schedule(2028, SpecialDay.workday(date("2028-03-01"), "春节")).validate());

        assertEquals(400, e.status());
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(List.of("days[0].kind CALENDAR_DAY_KIND_MISMATCH"), codes(e));
    }

    @Test
    void aWeekdayMayBeListedAsTheFirstWorkingDayAfterDaysOff() {
        assertDoesNotThrow(() -> schedule(2020, SpecialDay.off(date("2020-02-02"), "春节"),
                SpecialDay.workday(date("2020-02-03"), "春节")).validate());
    }

    @Test
    void datesOutsideTheYearAreRejected() {
        ApiException e = assertThrows(ApiException.class, () -> schedule(2028,
                SpecialDay.off(date("2029-01-01"), "元旦"), SpecialDay.off(date("2027-11-30"), "元旦")).validate());

        assertEquals(List.of("days[0].date CALENDAR_DAY_WRONG_YEAR", "days[1].date CALENDAR_DAY_WRONG_YEAR"), codes(e));
    }

    @Test
    void aDateListedTwiceIsRejectedAtItsSecondMention() {
        ApiException e = assertThrows(ApiException.class, () -> schedule(2028,
                SpecialDay.off(date("2028-01-01"), "元旦"), SpecialDay.off(date("2028-01-01"), "元旦")).validate());

        assertEquals(List.of("days[1].date CALENDAR_DAY_DUPLICATE"), codes(e));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ApiException e = assertThrows(ApiException.class, () -> new YearSchedule(2028, true, List.of("gov.cn"),
                List.of(SpecialDay.workday(date("2028-03-01"), " "), SpecialDay.off(date("2030-01-01"), "元旦"))).validate());

        assertEquals(List.of("noticeUrls[0] CALENDAR_NOTICE_URL", "days[0].kind CALENDAR_DAY_KIND_MISMATCH",
                "days[0].holiday CALENDAR_HOLIDAY_NAME", "days[1].date CALENDAR_DAY_WRONG_YEAR"), codes(e));
    }

    @Test
    void theYearMustBeWithin2000And2100() {
        ApiException e = assertThrows(ApiException.class, () -> schedule(1999).validate());

        assertEquals("CALENDAR_YEAR_OUT_OF_RANGE", e.code());
        assertEquals(400, e.status());
        assertThrows(ApiException.class, () -> schedule(2101).validate());
        assertDoesNotThrow(() -> schedule(2100).validate());
    }

    @Test
    void theNoticeUrlsMustFitTheirColumn() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            urls.add("https://www.gov.cn/zhengce/zhengceku/202511/content_70470" + i + "-" + "x".repeat(20) + ".htm");
        }
        ApiException e = assertThrows(ApiException.class, () -> new YearSchedule(2028, true, urls, List.of()).validate());

        assertEquals(List.of("noticeUrls CALENDAR_NOTICE_URLS_TOO_LONG"), codes(e));
    }

    @Test
    void csvLinesNameTheInvalidDays() {
        ApiException e = assertThrows(ApiException.class, () -> ScheduleCsv.parse("""
                date,notice_year,holiday,kind
                2028-01-01,2028,元旦,off
                2028-03-01,2028,春节,workday
                """, 2028, true).validated());

        FieldError error = e.errors().get(0);
        assertEquals("line 3.kind", error.field());
        assertEquals("CALENDAR_DAY_KIND_MISMATCH", error.code());
    }
}
