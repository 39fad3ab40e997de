package cn.fuyi.reconsideration.normativedocument;

import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The organ a normative document was forwarded to answers the forwarding organ within 60 days of receiving it
 * (ARL 60), counted from its receipt when recorded, otherwise from the forwarding. Under the 2017 law only the
 * applicant's requests carried such a period (ARL 2017 art. 26: the competent organ handles it within 60 days); a
 * document the organ itself forwarded (art. 27) had none. Met by the receiver's answer.
 */
public final class NormativeDocumentForwardReplyPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(60);

    private NormativeDocumentForwardReplyPeriod() {
    }

    public static Optional<Deadline> of(DeadlineContext x, NormativeDocumentReview r) {
        if (r.forwardedDate == null || x.arl2017() && r.raisedBy != ReviewRaisedBy.APPLICANT) {
            return Optional.empty();
        }
        PeriodResult p = PERIOD.from(r.replyPeriodStart(), 0, x.cal());
        return Optional.of(x.deadline(DeadlineKind.NORMATIVE_DOCUMENT_FORWARD_REPLY, r.id, x.article("ARL 60", "ARL 2017 art. 26"),
                r.replyPeriodStart(), r.forwardReceivedDate != null ? "NORMATIVE_DOCUMENT_FORWARD_RECEIVED" : "NORMATIVE_DOCUMENT_FORWARDED",
                p, 0, List.of(), r.resultDate, null));
    }
}
