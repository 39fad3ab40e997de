package cn.fuyi.reconsideration.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.calendar.ShippedCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.deadline.CaseRecords;
import cn.fuyi.reconsideration.deadline.DeadlineContext;

/** The application period as ARL 20 and 21 word it, on the shipped calendar. */
class ApplicationPeriodTest {

    private static ReconsiderationCase application(String received, String act, String known) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.ruleSet = RuleSet.ARL_2023;
        c.receivedDate = LocalDate.parse(received);
        c.actDate = act == null ? null : LocalDate.parse(act);
        c.actKnownDate = known == null ? null : LocalDate.parse(known);
        return c;
    }

    private static Deadline period(ReconsiderationCase c) {
        return ApplicationPeriod.period(context(c)).orElseThrow();
    }

    private static DeadlineContext context(ReconsiderationCase c) {
        return new DeadlineContext(c, CaseRecords.none(), ShippedCalendar.CALENDAR, true, c.receivedDate);
    }

    @Test
    void sixtyDaysFromKnowingTheActArl20Para1() {
        Deadline d = period(application("2026-03-06", "2026-01-05", "2026-01-05"));
        assertEquals(LocalDate.parse("2026-03-06"), d.due());
        assertEquals(DeadlineStatus.MET, d.status());
        assertEquals("ARL 20 ¶1", d.article());
    }

    @Test
    void aLongerStatutoryPeriodWinsArl20Para1() {
        ReconsiderationCase c = application("2026-04-01", "2026-01-05", "2026-01-05");
        c.longerPeriodDays = 90;
        // 90 days from 01-05 end on Sunday 04-05, inside Qingming (04-04 to 04-06): the period ends on 04-07
        assertEquals(LocalDate.parse("2026-04-07"), period(c).due());
    }

    @Test
    void anObstaclePausesThePeriodBothDaysIncludedArl20Para2() {
        ReconsiderationCase c = application("2026-03-20", "2026-01-05", "2026-01-05");
        c.obstacleFrom = LocalDate.parse("2026-01-10");
        c.obstacleTo = LocalDate.parse("2026-01-31");
        Deadline d = period(c);
        assertEquals(22, d.excludedDays());
        assertEquals(LocalDate.parse("2026-03-30"), d.due());
    }

    @Test
    void notToldOfTheRightTheLaterOfLearningItBoundedByOneYearArl20Para3() {
        ReconsiderationCase c = application("2026-03-20", "2025-06-01", "2025-06-01");
        c.actNoticeStatedRights = false;
        assertEquals(LocalDate.parse("2026-06-01"), period(c).due());
        c.rightsKnownDate = LocalDate.parse("2026-02-02");
        assertEquals(LocalDate.parse("2026-04-03"), period(c).due());
        // learned of the right late: the one-year bound still holds
        c.rightsKnownDate = LocalDate.parse("2026-05-20");
        assertEquals(LocalDate.parse("2026-06-01"), period(c).due());
    }

    @Test
    void theApplicationCountsFromThePenaltyAgencysReceiptArl32() {
        ReconsiderationCase c = application("2026-03-12", "2026-01-01", "2026-01-01");
        assertEquals(DeadlineStatus.MET_LATE, period(c).status());
        c.agencyReceivedDate = LocalDate.parse("2026-03-02");
        assertEquals(DeadlineStatus.MET, period(c).status());
    }

    @Test
    void fiveYearsFromTheActTwentyForRealPropertyArl21() {
        ReconsiderationCase c = application("2026-03-02", "2020-12-01", "2026-02-02");
        List<Deadline> all = ApplicationPeriod.of(context(c));
        assertTrue(ApplicationPeriod.late(all));
        c.realProperty = true;
        assertFalse(ApplicationPeriod.late(ApplicationPeriod.of(context(c))));
    }

    @Test
    void withoutTheDayTheActWasKnownThereIsNoPeriodToCompute() {
        assertTrue(ApplicationPeriod.period(context(application("2026-03-02", "2026-01-05", null))).isEmpty());
    }
}
