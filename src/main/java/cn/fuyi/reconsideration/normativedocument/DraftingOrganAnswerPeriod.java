package cn.fuyi.reconsideration.normativedocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The drafting organ submits its written answer and materials within 10 working days of receiving the notice
 * (ARL 58 ¶1; 十日 is a working-day period, ARL 88 ¶2), counted from its receipt when recorded, otherwise from the
 * notice. The organ may decide on the clauses without an answer only once this period is over; the deadline is then
 * lapsed.
 */
public final class DraftingOrganAnswerPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.workingDays(10);

    private DraftingOrganAnswerPeriod() {
    }

    /** The last day of the drafting organ's answer period, once it has been notified. */
    public static LocalDate due(NormativeDocumentReview r, WorkingDayCalendar cal) {
        return PERIOD.from(r.answerPeriodStart(), 0, cal).due();
    }

    public static Optional<Deadline> of(DeadlineContext x, NormativeDocumentReview r) {
        if (r.noticeDate == null) {
            return Optional.empty();
        }
        PeriodResult p = PERIOD.from(r.answerPeriodStart(), 0, x.cal());
        DeadlineStatus status = r.answerDate == null && r.resultDate != null ? DeadlineStatus.LAPSED : null;
        return Optional.of(x.deadline(DeadlineKind.DRAFTING_ORGAN_ANSWER, r.id, "ARL 58", r.answerPeriodStart(),
                r.noticeReceivedDate != null ? "DRAFTING_ORGAN_NOTICE_RECEIVED" : "DRAFTING_ORGAN_NOTIFIED", p, 0, List.of(),
                r.answerDate, status));
    }
}
