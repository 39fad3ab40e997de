package cn.fuyi.reconsideration.deadline;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.acceptance.AcceptanceReviewPeriod;
import cn.fuyi.reconsideration.acceptance.CorrectionPeriod;
import cn.fuyi.reconsideration.decision.DecisionPeriod;
import cn.fuyi.reconsideration.decision.SuitWindow;
import cn.fuyi.reconsideration.intake.AgencyForwardingPeriod;
import cn.fuyi.reconsideration.intake.ApplicationPeriod;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingNoticePeriod;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentPeriods;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentReview;
import cn.fuyi.reconsideration.performance.Obligation;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.performance.OpinionLetterAnswerPeriod;
import cn.fuyi.reconsideration.performance.PerformanceOrderPeriod;
import cn.fuyi.reconsideration.performance.PerformancePeriod;
import cn.fuyi.reconsideration.performance.Supervision;
import cn.fuyi.reconsideration.performance.SupervisionKind;
import cn.fuyi.reconsideration.review.CopyToRespondentPeriod;
import cn.fuyi.reconsideration.review.RespondentReplyPeriod;

/**
 * The statutory deadlines of one reconsideration case, each computed by the rule of the procedure it belongs to (one
 * class per rule, named for it, with its article). Pure: the case's dated facts, the calendar and the day to judge
 * them on go in; nothing is read or written.
 */
public final class CaseDeadlines {

    private final DeadlineContext x;

    public CaseDeadlines(DeadlineContext x) {
        this.x = x;
    }

    /** Every deadline that applies to the case, in the order the case meets them. */
    public List<Deadline> all() {
        var c = x.c();
        List<Deadline> list = new ArrayList<>(ApplicationPeriod.of(x));
        AgencyForwardingPeriod.of(x).ifPresent(list::add);
        list.add(AcceptanceReviewPeriod.of(x));
        AcceptanceReviewPeriod.latestCorrection(x.records().corrections()).ifPresent(cr -> list.add(CorrectionPeriod.of(x, cr)));
        if (c.acceptedDate != null) {
            CopyToRespondentPeriod.of(x).ifPresent(list::add);
            RespondentReplyPeriod.of(x).ifPresent(list::add);
            if (!x.arl2017()) {
                for (Hearing h : x.records().hearings()) {
                    if (h.status != HearingStatus.CANCELLED) {
                        list.add(HearingNoticePeriod.of(x, h));
                    }
                }
            }
            for (NormativeDocumentReview r : x.records().normativeDocumentReviews()) {
                list.addAll(NormativeDocumentPeriods.of(x, r));
            }
        }
        Deadline decision = c.acceptedDate != null ? DecisionPeriod.of(x) : null;
        if (decision != null) {
            list.add(decision);
        }
        list.addAll(SuitWindow.of(x, decision));
        for (OpinionLetter l : x.records().letters()) {
            list.add(OpinionLetterAnswerPeriod.of(x, l));
        }
        for (Obligation o : x.records().obligations()) {
            PerformancePeriod.of(x, o).ifPresent(list::add);
            latestOrder(o).ifPresent(order -> list.add(PerformanceOrderPeriod.of(x, order, o)));
        }
        return list;
    }

    private java.util.Optional<Supervision> latestOrder(Obligation o) {
        return x.records().supervisions().stream()
                .filter(s -> s.obligationId == o.id && s.kind == SupervisionKind.ORDER_TO_PERFORM)
                .reduce((a, b) -> b);
    }

    public Deadline acceptanceReview() {
        return AcceptanceReviewPeriod.of(x);
    }

    public Deadline decision() {
        return DecisionPeriod.of(x);
    }
}
