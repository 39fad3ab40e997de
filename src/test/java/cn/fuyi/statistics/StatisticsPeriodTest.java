package cn.fuyi.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;

/** Periods: exactly one of year, year + quarter, from + to; the year before; months and quarters within. */
class StatisticsPeriodTest {

    @Test
    void aYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
        Period p = Period.parse(2019, null, null, null);
        assertEquals(LocalDate.of(2019, 1, 1), p.from());
        assertEquals(LocalDate.of(2019, 12, 31), p.to());
        assertEquals("2019年", p.labelZh());
    }

    @Test
    void aQuarterIsThreeCalendarMonths() {
        Period q2 = Period.parse(2024, 2, null, null);
        assertEquals(LocalDate.of(2024, 4, 1), q2.from());
        assertEquals(LocalDate.of(2024, 6, 30), q2.to());
        assertEquals("2024年第2季度", q2.labelZh());
        assertEquals(LocalDate.of(2024, 12, 31), Period.parse(2024, 4, null, null).to());
    }

    @Test
    void theYearBeforeKeepsTheDatesAndMovesTheTwentyNinthOfFebruary() {
        Period leap = Period.parse(null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        Period before = leap.yearBefore();
        assertEquals(LocalDate.of(2023, 2, 1), before.from());
        assertEquals(LocalDate.of(2023, 2, 28), before.to());
        assertEquals(Period.quarter(2018, 3), Period.quarter(2019, 3).yearBefore());
    }

    @Test
    void monthsAndQuartersCutTheRangeWithPartialEnds() {
        List<Period> months = Period.range(LocalDate.of(2019, 1, 15), LocalDate.of(2019, 3, 10)).months();
        assertEquals(3, months.size());
        assertEquals(LocalDate.of(2019, 1, 15), months.get(0).from());
        assertEquals(LocalDate.of(2019, 1, 31), months.get(0).to());
        assertEquals(LocalDate.of(2019, 2, 28), months.get(1).to());
        assertEquals(LocalDate.of(2019, 3, 10), months.get(2).to());
        List<Period> quarters = Period.year(2019).quarters();
        assertEquals(4, quarters.size());
        assertEquals(Period.quarter(2019, 3), quarters.get(2));
        assertEquals(12, Period.year(2020).months().size());
    }

    @Test
    void badCombinationsAreRefusedWithTheirOwnCodes() {
        assertCode("STATISTICS_PERIOD_REQUIRED", () -> Period.parse(null, null, null, null));
        assertCode("STATISTICS_PERIOD_AMBIGUOUS", () -> Period.parse(2019, null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)));
        assertCode("STATISTICS_PERIOD_AMBIGUOUS", () -> Period.parse(null, 1, LocalDate.of(2019, 1, 1), null));
        assertCode("STATISTICS_RANGE_INCOMPLETE", () -> Period.parse(null, null, LocalDate.of(2019, 1, 1), null));
        assertCode("STATISTICS_RANGE_INVALID", () -> Period.parse(null, null, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 31)));
        assertCode("STATISTICS_RANGE_INVALID", () -> Period.parse(null, null, LocalDate.of(1990, 1, 1), LocalDate.of(2030, 1, 1)));
        assertCode("STATISTICS_QUARTER_WITHOUT_YEAR", () -> Period.parse(null, 2, null, null));
        assertCode("STATISTICS_QUARTER_INVALID", () -> Period.parse(2019, 5, null, null));
        assertCode("STATISTICS_QUARTER_INVALID", () -> Period.parse(2019, 0, null, null));
        assertCode("STATISTICS_YEAR_INVALID", () -> Period.parse(1899, null, null, null));
        // a one-day range is a period
        assertEquals(LocalDate.of(2019, 5, 5), Period.parse(null, null, LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 5)).to());
    }

    private static void assertCode(String code, org.junit.jupiter.api.function.Executable e) {
        assertEquals(code, assertThrows(ApiException.class, e).code());
    }
}
