package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;

/** One year's schedule read from the bureau's reference CSV layout. */
class CalendarScheduleCsvTest {

    private static final String REFERENCE_2026_EXCERPT = """
            \uFEFF# Statutory public holidays of the PRC and their make-up working days (调休).
            # 2025 notices: https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
            # 2026 notices: https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
            date,notice_year,holiday,kind
            2026-01-01,2026,元旦,off
            2026-01-04,2026,元旦,workday\r
            2026-02-14,2026,春节,WORKDAY

            2026-02-15, 2026, 春节, off
            """;

    @Test
    void readsRowsAndTheNoticeUrlsOfItsYear() {
        ScheduleCsv.Parsed parsed = ScheduleCsv.parse(REFERENCE_2026_EXCERPT, 2026, true);
        YearSchedule s = parsed.validated();

        assertEquals(2026, s.year());
        assertTrue(s.published());
        assertEquals(List.of("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"), s.noticeUrls());
        assertEquals(List.of(SpecialDay.off(date("2026-01-01"), "元旦"), SpecialDay.workday(date("2026-01-04"), "元旦"),
                SpecialDay.workday(date("2026-02-14"), "春节"), SpecialDay.off(date("2026-02-15"), "春节")), s.days());
        assertEquals(List.of(5, 6, 7, 9), parsed.lines());
    }

    @Test
    void anUnpublishedYearMayBeLoadedWithoutRows() {
        YearSchedule s = ScheduleCsv.parse("# 2028 notices: \ndate,notice_year,holiday,kind\n", 2028, false).validated();

        assertFalse(s.published());
        assertEquals(List.of(), s.noticeUrls());
        assertEquals(List.of(), s.days());
    }

    @Test
    void rowsOfAnotherNoticeYearAreRejected() {
        ApiException e = assertThrows(ApiException.class,
                () -> ScheduleCsv.parse("2026-01-01,2026,元旦,off\n2027-01-01,2027,元旦,off\n", 2026, true));

        assertEquals(1, e.errors().size());
        assertEquals("line 2", e.errors().get(0).field());
        assertEquals("CALENDAR_CSV_NOTICE_YEAR", e.errors().get(0).code());
    }

    @Test
    void unreadableRowsAreEachReportedWithTheirLine() {
        ApiException e = assertThrows(ApiException.class, () -> ScheduleCsv.parse("""
                date,notice_year,holiday,kind
                2026-02-30,2026,春节,off
                2026-02-16,2026,春节
                2026-02-17,2026,春节,holiday
                2026-02-18,twenty,春节,off
                """, 2026, true));

        assertEquals(400, e.status());
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5"), e.errors().stream().map(f -> f.field()).toList());
        assertTrue(e.errors().stream().allMatch(f -> f.code().equals("CALENDAR_CSV_ROW")));
    }
}
