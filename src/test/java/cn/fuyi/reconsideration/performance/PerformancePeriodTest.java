package cn.fuyi.reconsideration.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.fuyi.calendar.PeriodUnit;
import cn.fuyi.calendar.SpecialDay;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.deadline.CaseRecords;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The performance period (履行期限, ARL 64, 66, 73, 77; Regulations 2007 art. 49), the time limit of an order to perform
 * (ARL 77 ¶2) and the opinion letter's answer period (ARL 76), as pure rules on a calendar with 2026's Labour Day and
 * Dragon Boat holidays.
 */
class PerformancePeriodTest {

    static final WorkingDayCalendar CAL;
    static {
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        for (int d = 1; d <= 5; d++) {
            days.put(LocalDate.of(2026, 5, d), SpecialDay.off(LocalDate.of(2026, 5, d), "劳动节"));
        }
        days.put(LocalDate.of(2026, 5, 9), SpecialDay.workday(LocalDate.of(2026, 5, 9), "劳动节"));
        for (int d = 19; d <= 21; d++) {
            days.put(LocalDate.of(2026, 6, d), SpecialDay.off(LocalDate.of(2026, 6, d), "端午节"));
        }
        CAL = WorkingDayCalendar.of(days, Set.of(2026));
    }

    static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    static DeadlineContext context(RuleSet rules, String served, String asOf) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.ruleSet = rules;
        c.servedDate = served == null ? null : date(served);
        return new DeadlineContext(c, CaseRecords.none(), CAL, true, date(asOf));
    }

    static Obligation obligation(ObligationSource source, ObligationKind kind, String arose) {
        Obligation o = new Obligation();
        o.id = 7L;
        o.source = source;
        o.kind = kind;
        o.aroseDate = date(arose);
        return o;
    }

    static Obligation redo() {
        return obligation(ObligationSource.DECISION, ObligationKind.REDO, "2026-04-20");
    }

    @Test
    void anActMadeAgainIsDueSixtyDaysAfterServiceWhenTheDecisionSetsNoPeriod_Regulations2007Art49() {
        Deadline d = PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-05-01"), redo()).orElseThrow();
        assertEquals(DeadlineKind.PERFORMANCE, d.kind());
        assertEquals(7L, d.refId());
        assertEquals(date("2026-04-22"), d.start());
        assertEquals("DECISION_SERVED", d.startEvent());
        assertEquals(60, d.amount());
        assertEquals(PeriodUnit.CALENDAR_DAYS, d.unit());
        // the 60th day, Sunday 06-21, is in the Dragon Boat holiday: the period ends on Monday 06-22
        assertEquals(date("2026-06-21"), d.period().rawEnd());
        assertEquals(date("2026-06-22"), d.due());
        assertEquals("ARL 64; Regulations 2007 art. 49", d.article());
        assertEquals(DeadlineStatus.OPEN, d.status());
    }

    @Test
    void underThe2017LawTheRuleRestsOnArticle28() {
        Deadline d = PerformancePeriod.of(context(RuleSet.ARL_2017, "2026-04-22", "2026-05-01"), redo()).orElseThrow();
        assertEquals("ARL 2017 art. 28; Regulations 2007 art. 49", d.article());
    }

    @Test
    void thePeriodTheDecisionSetsComesBeforeTheRuleAndCountsCalendarDays_ARL64_88() {
        Obligation o = redo();
        o.periodDays = 30;
        Deadline d = PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-05-01"), o).orElseThrow();
        assertEquals(date("2026-05-22"), d.due());
        assertEquals("ARL 64", d.article());

        // ten days under an agreement in effect on 04-28 end on 05-08 although 05-01 to 05-05 are holidays: a period a
        // document sets is not one of the law's own 十日 (ARL 88 ¶2)
        Obligation terms = obligation(ObligationSource.MEDIATION_AGREEMENT, ObligationKind.MEDIATION_TERMS, "2026-04-28");
        terms.periodDays = 10;
        Deadline t = PerformancePeriod.of(context(RuleSet.ARL_2023, null, "2026-05-01"), terms).orElseThrow();
        assertEquals("MEDIATION_AGREEMENT_EFFECTIVE", t.startEvent());
        assertEquals(date("2026-05-08"), t.due());
        assertEquals("ARL 73, 77", t.article());
    }

    @Test
    void aDateSetByTheDocumentOrByTheClerkIsTheDueDateNeverMoved() {
        Obligation o = obligation(ObligationSource.DECISION, ObligationKind.PERFORM_DUTY, "2026-04-20");
        o.documentDueDate = date("2026-06-20");
        Deadline set = PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-05-01"), o).orElseThrow();
        assertEquals("PERFORMANCE_DUE_SET", set.startEvent());
        assertEquals(date("2026-06-20"), set.due());
        assertEquals(59, set.amount());
        assertFalse(set.period().movedPastHoliday());
        assertEquals("ARL 66", set.article());

        o.overrideDueDate = date("2026-07-01");
        Deadline overridden = PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-07-02"), o).orElseThrow();
        assertEquals("PERFORMANCE_DUE_OVERRIDDEN", overridden.startEvent());
        assertEquals(date("2026-07-01"), overridden.due());
        assertEquals(DeadlineStatus.OVERDUE, overridden.status());

        o.performedDate = date("2026-07-03");
        assertEquals(DeadlineStatus.MET_LATE, PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-07-05"), o)
                .orElseThrow().status());
    }

    @Test
    void withoutServiceOrAnyPeriodThereIsNoDeadlineYet_ARL66_75() {
        assertTrue(PerformancePeriod.of(context(RuleSet.ARL_2023, null, "2026-05-01"), redo()).isEmpty(), "not yet served");
        Obligation duty = obligation(ObligationSource.DECISION, ObligationKind.PERFORM_DUTY, "2026-04-20");
        assertTrue(PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-05-01"), duty).isEmpty(),
                "ARL 66 leaves the period to the decision");
        Obligation letter = obligation(ObligationSource.OPINION_LETTER, ObligationKind.OPINION_LETTER_REPORT, "2026-04-20");
        assertEquals(Optional.empty(), PerformancePeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-05-01"), letter),
                "an opinion letter keeps its own rule");
    }

    @Test
    void anOrderToPerformSetsItsOwnLimitCountedFromTheOrder_ARL77() {
        Obligation o = redo();
        Supervision order = new Supervision();
        order.kind = SupervisionKind.ORDER_TO_PERFORM;
        order.takenDate = date("2026-07-01");
        order.limitDate = date("2026-07-31");
        Deadline d = PerformanceOrderPeriod.of(context(RuleSet.ARL_2023, "2026-04-22", "2026-07-10"), order, o);
        assertEquals(DeadlineKind.PERFORMANCE_ORDER, d.kind());
        assertEquals("ARL 77", d.article());
        assertEquals(date("2026-07-31"), d.due());
        assertEquals(30, d.amount());
        assertEquals(DeadlineStatus.OPEN, d.status());
    }

    @Test
    void anOpinionLettersSixtyDaysRunFromItsReceiptOnceKnown_ARL76() {
        OpinionLetter l = new OpinionLetter();
        l.id = 3L;
        l.issuedDate = date("2026-05-26");
        Deadline unknown = OpinionLetterAnswerPeriod.of(context(RuleSet.ARL_2023, null, "2026-06-01"), l);
        assertEquals("OPINION_LETTER_ISSUED", unknown.startEvent());
        // 60 days from 05-26 end on Saturday 07-25: due Monday 07-27
        assertEquals(date("2026-07-27"), unknown.due());
        assertEquals("ARL 76", unknown.article());

        l.receivedDate = date("2026-06-01");
        Deadline received = OpinionLetterAnswerPeriod.of(context(RuleSet.ARL_2023, null, "2026-06-02"), l);
        assertEquals("OPINION_LETTER_RECEIVED", received.startEvent());
        assertEquals(date("2026-06-01"), received.start());
        assertEquals(date("2026-07-31"), received.due());
        assertEquals("Regulations 2007 art. 57", OpinionLetterAnswerPeriod.of(context(RuleSet.ARL_2017, null, "2026-06-02"), l).article());
    }
}
