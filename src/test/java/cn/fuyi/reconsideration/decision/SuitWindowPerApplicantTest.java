package cn.fuyi.reconsideration.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.calendar.ShippedCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.deadline.CaseRecords;
import cn.fuyi.reconsideration.deadline.DeadlineContext;

/**
 * ALL 45: an applicant may sue within 15 days of receiving the reconsideration decision; ARL 75 ¶2: the decision
 * takes effect on service, which is made on each party (ARL 88 ¶1, CPL 87-95). So each applicant's period runs from
 * their own service.
 */
class SuitWindowPerApplicantTest {

    private static ReconsiderationCase decided(String servedOnCase) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.ruleSet = RuleSet.ARL_2023;
        c.acceptedDate = LocalDate.parse("2026-03-02");
        c.concludedDate = LocalDate.parse("2026-04-20");
        c.decisionType = DecisionType.UPHOLD;
        c.servedDate = servedOnCase == null ? null : LocalDate.parse(servedOnCase);
        return c;
    }

    private static List<Deadline> windows(ReconsiderationCase c, ApplicantService... applicants) {
        CaseRecords records = new CaseRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(applicants));
        return SuitWindow.of(new DeadlineContext(c, records, ShippedCalendar.CALENDAR, true, LocalDate.parse("2026-05-01")), null);
    }

    private static ApplicantService applicant(long id, String served) {
        return new ApplicantService(id, "申请人" + id, served == null ? null : LocalDate.parse(served));
    }

    @Test
    void eachApplicantHasFifteenDaysFromTheirOwnServiceAll45Arl75() {
        List<Deadline> w = windows(decided(null), applicant(1, "2026-04-23"), applicant(2, "2026-04-27"));
        assertEquals(2, w.size());
        assertEquals(1L, w.get(0).refId());
        assertEquals(LocalDate.parse("2026-04-23"), w.get(0).start());
        assertEquals(LocalDate.parse("2026-05-08"), w.get(0).due());
        assertEquals(SuitWindow.SERVED_ON_APPLICANT, w.get(0).startEvent());
        assertEquals("ALL 45", w.get(0).article());
        assertEquals(2L, w.get(1).refId());
        assertEquals(LocalDate.parse("2026-05-12"), w.get(1).due());
    }

    @Test
    void anApplicantNotYetServedHasNoWindowUnlessTheCaseRecordsAServedDate() {
        List<Deadline> none = windows(decided(null), applicant(1, "2026-04-23"), applicant(2, null));
        assertEquals(1, none.size());
        assertEquals(1L, none.get(0).refId());

        List<Deadline> fallback = windows(decided("2026-04-22"), applicant(1, "2026-04-23"), applicant(2, null));
        assertEquals(2, fallback.size());
        assertEquals(2L, fallback.get(1).refId());
        assertEquals("DECISION_SERVED", fallback.get(1).startEvent());
        assertEquals(LocalDate.parse("2026-05-07"), fallback.get(1).due());
    }

    @Test
    void withoutServiceRecordsTheCasesSingleServedDateStillCounts() {
        List<Deadline> w = windows(decided("2026-04-03"), applicant(1, null));
        assertEquals(1, w.size());
        assertNull(w.get(0).refId());
        assertEquals("DECISION_SERVED", w.get(0).startEvent());
        // 15 days from 04-03 end on Saturday 04-18: Monday 04-20
        assertEquals(LocalDate.parse("2026-04-20"), w.get(0).due());
        assertEquals(0, windows(decided(null)).size());
    }

    @Test
    void aDismissalWhereReconsiderationCameFirstCountsUnderArl34PerApplicant() {
        ReconsiderationCase c = decided(null);
        c.decisionType = DecisionType.DISMISS_APPLICATION;
        c.reconsiderationFirst = cn.fuyi.reconsideration.intake.ReconsiderationFirstGround.values()[0];
        List<Deadline> w = windows(c, applicant(1, "2026-04-23"));
        assertEquals("ARL 34", w.get(0).article());
        assertEquals(LocalDate.parse("2026-05-08"), w.get(0).due());
    }
}
