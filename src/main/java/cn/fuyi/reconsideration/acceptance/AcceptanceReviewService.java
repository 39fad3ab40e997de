package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/** Acceptance review (受理审查, ARL 30, 31): the correction notice and its period, acceptance, deemed acceptance, refusal and abandonment. */
@ApplicationScoped
public class AcceptanceReviewService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase requestCorrection(long id, VersionCheck check, AcceptanceInputs.RequestCorrection in) {
        return step(id, Transition.REQUEST_CORRECTION, check, c -> {
            notBefore(Transition.REQUEST_CORRECTION, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            LocalDate noticeReceived = in.noticeReceivedDate() != null ? in.noticeReceivedDate() : in.date();
            notBefore(Transition.REQUEST_CORRECTION, noticeReceived, DateFact.CORRECTION_REQUESTED, in.date());
            notInFuture(Transition.REQUEST_CORRECTION, noticeReceived);
            CorrectionRequest cr = new CorrectionRequest();
            cr.caseId = c.id;
            cr.requestedDate = in.date();
            cr.noticeReceivedDate = noticeReceived;
            cr.items = in.items();
            cr.persist();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "noticeReceivedDate", noticeReceived,
                    "items", in.items()));
        });
    }

    @Transactional
    public ReconsiderationCase extendCorrectionPeriod(long id, VersionCheck check, AcceptanceInputs.ExtendCorrectionPeriod in) {
        return step(id, Transition.EXTEND_CORRECTION_PERIOD, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            notBefore(Transition.EXTEND_CORRECTION_PERIOD, in.date(), DateFact.CORRECTION_REQUESTED, cr.requestedDate);
            cr.extendedDays = (cr.extendedDays == null ? 0 : cr.extendedDays) + in.days();
            cr.extensionReason = in.reason();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "days", in.days(),
                    "totalExtendedDays", cr.extendedDays));
        });
    }

    @Transactional
    public ReconsiderationCase receiveCorrection(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RECEIVE_CORRECTION, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            notBefore(Transition.RECEIVE_CORRECTION, in.date(), DateFact.CORRECTION_REQUESTED, cr.requestedDate);
            cr.receivedDate = in.date();
            c.reviewStartDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id));
        });
    }

    @Transactional
    public ReconsiderationCase abandon(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.ABANDON, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            Deadline due = deadlines(c, time.today()).stream()
                    .filter(d -> d.kind() == DeadlineKind.CORRECTION_REPLY).findFirst().orElseThrow();
            if (!in.date().isAfter(due.due())) {
                throw ApiException.unprocessable("CORRECTION_PERIOD_NOT_OVER", due.due());
            }
            cr.abandonedDate = in.date();
            c.abandonedDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "correctionDue", due.due()));
        });
    }

    @Transactional
    public ReconsiderationCase accept(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.ACCEPT, check, c -> {
            notBefore(Transition.ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            c.acceptedDate = in.date();
            c.acceptanceKind = AcceptanceKind.DECIDED;
            return new EventData(in.date(), in.reason(), details("acceptanceKind", AcceptanceKind.DECIDED));
        });
    }

    @Transactional
    public ReconsiderationCase deemAccepted(long id, VersionCheck check, AcceptanceInputs.DeemAccepted in) {
        return step(id, Transition.DEEM_ACCEPTED, check, c -> {
            LocalDate due = deadlineCalculator(c, time.today()).acceptanceReview().due();
            if (!time.today().isAfter(due)) {
                throw ApiException.unprocessable("REVIEW_PERIOD_NOT_OVER", due);
            }
            c.acceptedDate = due;
            c.acceptanceKind = AcceptanceKind.DEEMED;
            return new EventData(due, in == null ? null : in.reason(), details("acceptanceKind", AcceptanceKind.DEEMED,
                    "reviewDue", due));
        });
    }

    @Transactional
    public ReconsiderationCase notAccept(long id, VersionCheck check, AcceptanceInputs.NotAccept in) {
        return step(id, Transition.NOT_ACCEPT, check, c -> {
            notBefore(Transition.NOT_ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            c.notAcceptedDate = in.date();
            c.notAcceptedReason = in.reason();
            c.competentOrgan = blankToNull(in.competentOrgan());
            return new EventData(in.date(), in.reason(), details("competentOrgan", c.competentOrgan));
        });
    }

    private static CorrectionRequest openCorrection(ReconsiderationCase c) {
        return CorrectionRequest.<CorrectionRequest>find(
                "caseId = ?1 and receivedDate is null and abandonedDate is null order by id desc", c.id).firstResult();
    }}
