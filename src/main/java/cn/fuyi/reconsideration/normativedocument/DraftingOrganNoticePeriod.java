package cn.fuyi.reconsideration.normativedocument;

import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * When the organ is competent, the office notifies the drafting organ in writing within 3 working days of the
 * suspension, asking for a written answer on the clauses' lawfulness (ARL 58 ¶1: "自行政复议中止之日起三日内"; 三日 is
 * a working-day period, ARL 88 ¶2). A rule of the 2023 law: the 2017 law had none.
 */
public final class DraftingOrganNoticePeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.workingDays(3);

    private DraftingOrganNoticePeriod() {
    }

    public static Deadline of(DeadlineContext x, NormativeDocumentReview r) {
        PeriodResult p = PERIOD.from(r.startedDate, 0, x.cal());
        return x.deadline(DeadlineKind.DRAFTING_ORGAN_NOTICE, r.id, "ARL 58", r.startedDate, "NORMATIVE_REVIEW_STARTED", p, 0,
                List.of(), r.noticeDate, null);
    }
}
