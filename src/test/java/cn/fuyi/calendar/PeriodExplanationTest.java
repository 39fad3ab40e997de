package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.fuyi.common.Messages;

/** The sentence that tells a case handler how a due date was computed. */
class PeriodExplanationTest {

    private static final WorkingDayCalendar CAL = ShippedCalendar.CALENDAR;

    private static String explain(StatutoryPeriod p, String start, int extra, Locale locale) {
        return PeriodExplainer.explain(p.from(date(start), extra, CAL), locale);
    }

    @Test
    void workingDaysSayHowManyRestDaysWerePassedOver() {
        assertEquals("自 2026-02-12 起算（当日不计入），5 个工作日（周末和法定节假日不计入，调休上班日计入），"
                + "其间跳过 9 个休息日，期间届满日为 2026-02-26。",
                explain(StatutoryPeriod.workingDays(5), "2026-02-12", 0, Messages.CHINESE));
        assertEquals("1 working day from 2026-03-11 (the start day not counted; weekends and statutory holidays "
                + "excluded, make-up working days included), passing over no rest days, end on 2026-03-12.",
                explain(StatutoryPeriod.workingDays(1), "2026-03-11", 0, Locale.ENGLISH));
    }

    @Test
    void aCalendarPeriodEndingOnAWorkingDaySaysSo() {
        assertEquals("自 2026-03-31 起算（当日不计入），6 个月的最后一日为 2026-09-30，该日为工作日，即期间届满日。",
                explain(StatutoryPeriod.months(6), "2026-03-31", 0, Messages.CHINESE));
    }

    @Test
    void aMovedEndNamesTheRestDayInTheCallersLanguage() {
        assertEquals("自 2026-04-01 起算（当日不计入），60 日的最后一日为 2026-05-31；该日为休息日（周日），"
                + "期间届满日顺延至其后第一个工作日 2026-06-01。",
                explain(StatutoryPeriod.calendarDays(60), "2026-04-01", 0, Messages.CHINESE));
        assertEquals("60 days plus 1 extra day from 2026-03-31 (the start day not counted) run to 2026-05-31; that day "
                + "is a rest day (Sunday), so the period ends on the next working day, 2026-06-01.",
                explain(StatutoryPeriod.calendarDays(60), "2026-03-31", 1, Locale.ENGLISH));
    }

    @Test
    void aProvisionalDueDateSaysWhichNoticeIsMissingAndThatOnlyTheDecreesDaysCount() {
        assertEquals("自 2026-11-20 起算（当日不计入），60 日另加 30 日的最后一日为 2027-02-18，该日为工作日，即期间届满日。"
                + "2027 年的放假通知尚未公布：该年只计入《全国年节及纪念日放假办法》规定的节日及其补假，调休安排未知，"
                + "期满日为暂定，公布后可能变化。",
                explain(StatutoryPeriod.calendarDays(60), "2026-11-20", 30, Messages.CHINESE));
        assertEquals("1 month from 2026-12-15 (the start day not counted) run to 2027-01-15, a working day, on which "
                + "the period ends. The holiday notice for 2027 is not published yet: for that year only the festival "
                + "days fixed by the holidays decree and their substitute days are counted as days off, not the bridging "
                + "days and make-up working days, so the due date is provisional and may change.",
                explain(StatutoryPeriod.months(1), "2026-12-15", 0, Locale.ENGLISH));
    }

    @Test
    void aMoveOverTheDecreesDaysNamesTheFestival() {
        assertEquals("自 2027-08-02 起算（当日不计入），60 日的最后一日为 2027-10-01；该日为休息日（国庆节），"
                + "期间届满日顺延至其后第一个工作日 2027-10-06。2027 年的放假通知尚未公布：该年只计入《全国年节及纪念日放假办法》"
                + "规定的节日及其补假，调休安排未知，期满日为暂定，公布后可能变化。",
                explain(StatutoryPeriod.calendarDays(60), "2027-08-02", 0, Messages.CHINESE));
    }

    @Test
    void aYearBeforeTheDecreesYearsIsOnlySaidToBeUnpublished() {
        assertEquals("1 working day from 2007-09-28 (the start day not counted; weekends and statutory holidays "
                + "excluded, make-up working days included), passing over 2 rest days, end on 2007-10-01. The holiday "
                + "schedule for 2007 is not published yet, so the due date is provisional and may change.",
                explain(StatutoryPeriod.workingDays(1), "2007-09-28", 0, Locale.ENGLISH));
    }
}
