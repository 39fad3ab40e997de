package cn.fuyi.reconsideration.normativedocument;

import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * A competent organ handles the normative document within 30 days (ARL 56 for the applicant's request, ARL 57 when
 * the organ raised it itself; ARL 2017 arts. 26, 27). The law does not say from when: Fuyi counts from the first day
 * of the suspension under ARL 39 ¶1(九), the day the review begins (an interpretation; the applicant's request comes
 * with the application, before the case is even accepted). Calendar days: 三十日 is not one of the working-day
 * periods of ARL 88 ¶2. Met by the organ's decision on the clauses (ARL 59).
 */
public final class NormativeDocumentHandlingPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(30);

    private NormativeDocumentHandlingPeriod() {
    }

    public static Deadline of(DeadlineContext x, NormativeDocumentReview r) {
        PeriodResult p = PERIOD.from(r.startedDate, 0, x.cal());
        return x.deadline(DeadlineKind.NORMATIVE_DOCUMENT_HANDLING, r.id, r.raisedBy.periodArticle(x.arl2017()), r.startedDate,
                "NORMATIVE_REVIEW_STARTED", p, 0, List.of(), r.resultDate, null);
    }
}
