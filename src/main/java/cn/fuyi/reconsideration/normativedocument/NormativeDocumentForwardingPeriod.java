package cn.fuyi.reconsideration.normativedocument;

import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * An organ not competent to handle the normative document forwards it to the competent organ within 7 working days
 * (ARL 56, 57; 七日 is a working-day period, ARL 88 ¶2, as it was under ARL 2017 art. 40). Counted, like the
 * handling period, from the first day of the suspension under ARL 39 ¶1(九) (an interpretation: the law names no
 * start). Met by the forwarding.
 */
public final class NormativeDocumentForwardingPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.workingDays(7);

    private NormativeDocumentForwardingPeriod() {
    }

    public static Deadline of(DeadlineContext x, NormativeDocumentReview r) {
        PeriodResult p = PERIOD.from(r.startedDate, 0, x.cal());
        return x.deadline(DeadlineKind.NORMATIVE_DOCUMENT_FORWARDING, r.id, r.raisedBy.periodArticle(x.arl2017()), r.startedDate,
                "NORMATIVE_REVIEW_STARTED", p, 0, List.of(), r.forwardedDate, null);
    }
}
