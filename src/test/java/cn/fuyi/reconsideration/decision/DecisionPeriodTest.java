package cn.fuyi.reconsideration.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.suspension.Suspension;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/** The decision period of ARL 62 and its extensions and exclusions, on the shipped calendar. */
class DecisionPeriodTest {

    private static ReconsiderationCase accepted(String on, ProcedureType procedure) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.ruleSet = RuleSet.ARL_2023;
        c.acceptedDate = LocalDate.parse(on);
        c.procedure = procedure;
        return c;
    }

    private static Deadline decision(ReconsiderationCase c, CaseRecords records, boolean excludeSuspension) {
        return DecisionPeriod.of(new DeadlineContext(c, records, ShippedCalendar.CALENDAR, excludeSuspension, LocalDate.parse("2026-04-01")));
    }

    @Test
    void sixtyDaysOrdinaryThirtySimplifiedArl62() {
        // 60 days from 03-03 end on Saturday 05-02, in the Labour Day holiday: Wednesday 05-06
        assertEquals(LocalDate.parse("2026-05-06"), decision(accepted("2026-03-03", ProcedureType.ORDINARY), CaseRecords.none(), true).due());
        // 30 days from 03-03 end on Thursday 04-02
        assertEquals(LocalDate.parse("2026-04-02"), decision(accepted("2026-03-03", ProcedureType.SIMPLIFIED), CaseRecords.none(), true).due());
    }

    @Test
    void extensionsAddUpToThirtyDaysAndNeverInTheSimplifiedProcedureArl62() {
        ReconsiderationCase c = accepted("2026-03-03", ProcedureType.ORDINARY);
        c.extensionDays = 30;
        Deadline d = decision(c, CaseRecords.none(), true);
        assertEquals(30, d.extensionDays());
        assertEquals(LocalDate.parse("2026-06-01"), d.due());
        c.procedure = ProcedureType.SIMPLIFIED;
        assertEquals(0, decision(c, CaseRecords.none(), true).extensionDays());
        assertEquals(30, DecisionPeriod.MAX_EXTENSION_DAYS);
    }

    @Test
    void suspendedDaysAreLeftOutOnlyByTheSetting() {
        ReconsiderationCase c = accepted("2026-03-03", ProcedureType.ORDINARY);
        Suspension s = new Suspension();
        s.ground = SuspensionGround.FORCE_MAJEURE;
        s.startedDate = LocalDate.parse("2026-03-10");
        s.resumedDate = LocalDate.parse("2026-03-20");
        CaseRecords records = new CaseRecords(List.of(), List.of(s), List.of(), List.of(), List.of());
        Deadline excluded = decision(c, records, true);
        assertEquals(10, excluded.excludedDays());
        assertEquals(LocalDate.parse("2026-05-12"), excluded.due());
        assertEquals(LocalDate.parse("2026-05-06"), decision(c, records, false).due());
        assertEquals(DeadlineStatus.OPEN, excluded.status());
    }
}
