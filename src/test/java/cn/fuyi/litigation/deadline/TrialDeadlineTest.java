package cn.fuyi.litigation.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.litigation.Instance;
import cn.fuyi.support.Holidays2026;

/** ALL 81 (six months), 83 (45 days, simplified), 88 (three months on appeal); 法释〔2018〕1号 art. 50 (days not counted). */
class TrialDeadlineTest {

    static final LocalDate FILED = LocalDate.parse("2026-03-02");

    static Deadline trial(Instance instance, boolean simplified, LocalDate filed, List<CourtExclusion> excluded) {
        return TrialDeadline.of(instance, simplified, filed, excluded, null, Holidays2026.CALENDAR, filed.plusDays(1));
    }

    static CourtExclusion excluded(CourtExclusionGround ground, String from, String to) {
        CourtExclusion x = new CourtExclusion();
        x.ground = ground;
        x.fromDate = LocalDate.parse(from);
        x.toDate = LocalDate.parse(to);
        return x;
    }

    @Test
    void aFirstInstanceHasSixMonthsFromDocketing() {
        Deadline d = trial(Instance.FIRST, false, FILED, List.of());
        assertEquals(LocalDate.parse("2026-09-02"), d.due());
        assertEquals("ALL 81", d.article());
    }

    @Test
    void theSimplifiedProcedureHas45Days() {
        Deadline d = trial(Instance.FIRST, true, FILED, List.of());
        assertEquals(LocalDate.parse("2026-04-16"), d.due());
        assertEquals("ALL 83", d.article());
    }

    @Test
    void anAppealHasThreeMonthsAndMovesOffNationalDay() {
        Deadline d = trial(Instance.APPEAL, false, LocalDate.parse("2026-07-01"), List.of());
        assertEquals(LocalDate.parse("2026-10-08"), d.due());
        assertEquals("ALL 88", d.article());
    }

    @Test
    void theDaysTheCourtDoesNotCountLengthenThePeriodADayGivenTwiceCountingOnce() {
        // publication 03-10..04-08 (30 days), appraisal 04-01..04-20 (20 days, 8 already excluded)
        Deadline d = trial(Instance.FIRST, false, FILED, List.of(
                excluded(CourtExclusionGround.NOTICE_BY_PUBLICATION, "2026-03-10", "2026-04-08"),
                excluded(CourtExclusionGround.APPRAISAL, "2026-04-01", "2026-04-20")));
        assertEquals(42, d.excludedDays());
        assertEquals(List.of(30, 12), d.exclusions().stream().map(Deadline.Exclusion::days).toList());
        assertEquals(LocalDate.parse("2026-10-14"), d.due());
    }
}
