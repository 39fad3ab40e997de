package cn.fuyi.litigation.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.support.Holidays2026;

/** ALL 85: an appeal "在判决书送达之日起十五日内", against a ruling "在裁定书送达之日起十日内". */
class AppealDeadlineTest {

    static Deadline appeal(Outcome o, String served, String appealed, boolean becameFinal, String asOf) {
        return AppealDeadline.of(o, LocalDate.parse(served), appealed == null ? null : LocalDate.parse(appealed), becameFinal,
                Holidays2026.CALENDAR, LocalDate.parse(asOf));
    }

    @Test
    void aJudgmentCanBeAppealedFor15DaysFromService() {
        Deadline d = appeal(Outcome.REVOKE, "2026-06-18", null, false, "2026-06-20");
        assertEquals(LocalDate.parse("2026-07-03"), d.due());
        assertEquals("ALL 85", d.article());
        assertEquals(DeadlineStatus.MET, appeal(Outcome.REVOKE, "2026-06-18", "2026-07-01", false, "2026-07-10").status());
    }

    @Test
    void aRulingDismissingTheSuitCanBeAppealedFor10DaysEndingAfterTheWeekend() {
        // 10 days after 05-22 end on Sunday 05-31: Monday 06-01
        assertEquals(LocalDate.parse("2026-06-01"), appeal(Outcome.DISMISS_SUIT, "2026-05-22", null, false, "2026-05-25").due());
    }

    @Test
    void withoutAnAppealTheWindowLapsesWhenItEndsOrTheOutcomeBecameFinal() {
        assertEquals(DeadlineStatus.LAPSED, appeal(Outcome.DISMISS_SUIT, "2026-05-22", null, false, "2026-06-02").status());
        assertEquals(DeadlineStatus.LAPSED, appeal(Outcome.REVOKE, "2026-06-18", null, true, "2026-06-20").status());
        assertEquals(DeadlineStatus.OPEN, appeal(Outcome.REVOKE, "2026-06-18", null, false, "2026-06-20").status());
    }
}
