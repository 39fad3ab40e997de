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
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.decision.DecisionType;
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
            cr.periodDays = periodSetByNotice(c, in.periodDays());
            cr.persist();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "noticeReceivedDate", noticeReceived,
                    "items", in.items(), "periodDays", cr.periodDays));
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

    /**
     * The correction arrives (ARL 31 ¶3: the office then reviews it under art. 30 again). Time in the post does not
     * count (CPL 85, applied through ARL 88 ¶1): a correction posted before the period ended is in time. One that is
     * late is received only with the good reason the office accepts (ARL 31 ¶2), recorded.
     */
    @Transactional
    public ReconsiderationCase receiveCorrection(long id, VersionCheck check, AcceptanceInputs.ReceiveCorrection in) {
        return step(id, Transition.RECEIVE_CORRECTION, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            notBefore(Transition.RECEIVE_CORRECTION, in.date(), DateFact.CORRECTION_REQUESTED, cr.requestedDate);
            if (in.postedDate() != null) {
                notBefore(Transition.RECEIVE_CORRECTION, in.postedDate(), DateFact.CORRECTION_NOTICE_RECEIVED, cr.noticeReceivedDate);
                if (in.postedDate().isAfter(in.date())) {
                    throw ApiException.invalidField("postedDate", "NOT_AFTER", DateFact.CORRECTION_RECEIVED);
                }
            }
            LocalDate due = correctionDue(c);
            LocalDate sent = in.postedDate() != null ? in.postedDate() : in.date();
            boolean late = sent.isAfter(due);
            String lateReason = blankToNull(in.lateReason());
            if (late && lateReason == null) {
                throw ApiException.unprocessable("CORRECTION_LATE", due, sent).with("correctionDue", due.toString());
            }
            cr.receivedDate = in.date();
            cr.postedDate = in.postedDate();
            cr.lateReason = late ? lateReason : null;
            c.reviewStartDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "postedDate", in.postedDate(),
                    "correctionDue", due, "late", late, "lateReason", cr.lateReason));
        });
    }

    /**
     * 视为放弃 (ARL 31 ¶2): only once the period (with any extension) has run out and the correction is late without
     * good reason; the office's finding and what the applicant said are recorded ("记录在案").
     */
    @Transactional
    public ReconsiderationCase abandon(long id, VersionCheck check, AcceptanceInputs.Abandon in) {
        return step(id, Transition.ABANDON, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            LocalDate due = correctionDue(c);
            if (!in.date().isAfter(due)) {
                throw ApiException.unprocessable("CORRECTION_PERIOD_NOT_OVER", due);
            }
            cr.abandonedDate = in.date();
            cr.applicantExplanation = blankToNull(in.applicantExplanation());
            c.abandonedDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "correctionDue", due,
                    "applicantExplanation", cr.applicantExplanation));
        });
    }

    /**
     * 受理 (ARL 30). Under the 2017 law an application the office did not refuse counted as accepted on the day it
     * received it (ARL 2017 art. 17 ¶2) — the complete application, so after a correction the correction's receipt
     * (Regulations 2007 art. 29) — whatever day the clerk records the step.
     */
    @Transactional
    public ReconsiderationCase accept(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.ACCEPT, check, c -> accepted(c, in));
    }

    /** The acceptance's checks and facts on the case (no other record is read or written); its event. */
    public static EventData accepted(ReconsiderationCase c, CaseInputs.DatedStep in) {
        notBefore(Transition.ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
        boolean onReceipt = c.ruleSet == RuleSet.ARL_2017;
        c.acceptedDate = onReceipt ? c.reviewStartDate : in.date();
        c.acceptanceKind = onReceipt ? AcceptanceKind.ON_RECEIPT : AcceptanceKind.DECIDED;
        return new EventData(in.date(), in.reason(), details("acceptanceKind", c.acceptanceKind, "acceptedDate",
                c.acceptedDate));
    }

    @Transactional
    public ReconsiderationCase deemAccepted(long id, VersionCheck check, AcceptanceInputs.DeemAccepted in) {
        return step(id, Transition.DEEM_ACCEPTED, check, c -> deem(c, in == null ? null : in.reason(), false));
    }

    /**
     * The same step taken by the scheduler (视为受理 happens by law, ARL 30 ¶3: "行政复议机关未作出不予受理决定的，审查
     * 期限届满之日起视为受理"): dated the last day of the review period whatever day the job runs, so a case whose period
     * ended while the service was down is accepted as of the right day. The event names the rule.
     */
    @Transactional
    public ReconsiderationCase deemAcceptedBySystem(long id) {
        return step(id, Transition.DEEM_ACCEPTED, VersionCheck.NONE, c -> deem(c, DEEMED_BY_LAW, true));
    }

    /** The reason the system's event gives. */
    public static final String DEEMED_BY_LAW = "审查期限届满未作出不予受理决定，依法视为受理（行政复议法第三十条第三款）";

    private EventData deem(ReconsiderationCase c, String reason, boolean automatic) {
        LocalDate due = deadlineCalculator(c, time.today()).acceptanceReview().due();
        if (!time.today().isAfter(due)) {
            throw ApiException.unprocessable("REVIEW_PERIOD_NOT_OVER", due);
        }
        boolean onReceipt = c.ruleSet == RuleSet.ARL_2017;
        c.acceptedDate = onReceipt ? c.reviewStartDate : due;
        c.acceptanceKind = onReceipt ? AcceptanceKind.ON_RECEIPT : AcceptanceKind.DEEMED;
        return new EventData(due, reason, details("acceptanceKind", c.acceptanceKind, "acceptedDate", c.acceptedDate,
                "reviewDue", due, "automatic", automatic ? Boolean.TRUE : null,
                "rule", automatic ? (onReceipt ? "ARL 2017 art. 17 ¶2" : "ARL 30 ¶3") : null));
    }

    @Transactional
    public ReconsiderationCase notAccept(long id, VersionCheck check, AcceptanceInputs.NotAccept in) {
        return step(id, Transition.NOT_ACCEPT, check, c -> notAccepted(c, in));
    }

    /** The refusal's checks and facts on the case (no other record is read or written); its event. */
    public static EventData notAccepted(ReconsiderationCase c, AcceptanceInputs.NotAccept in) {
        notBefore(Transition.NOT_ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
        c.notAcceptedDate = in.date();
        c.notAcceptedReason = in.reason();
        c.competentOrgan = blankToNull(in.competentOrgan());
        return new EventData(in.date(), in.reason(), details("competentOrgan", c.competentOrgan));
    }

    /**
     * 向上级行政机关反映 (ARL 35): the ground must be what happened — a refusal, a dismissal, or a decision period run
     * out without a decision by the day of the complaint.
     */
    @Transactional
    public ReconsiderationCase complainToSuperior(long id, VersionCheck check, AcceptanceInputs.SuperiorComplaintInput in) {
        return step(id, Transition.RECORD_SUPERIOR_COMPLAINT, check, c -> {
            notBefore(Transition.RECORD_SUPERIOR_COMPLAINT, in.date(), DateFact.RECEIVED, c.receivedDate);
            switch (in.ground()) {
                case NOT_ACCEPTED -> {
                    if (c.notAcceptedDate == null) {
                        throw ApiException.unprocessable("COMPLAINT_GROUND_NOT_MET", in.ground());
                    }
                }
                case DISMISSED -> {
                    if (c.decisionType != DecisionType.DISMISS_APPLICATION) {
                        throw ApiException.unprocessable("COMPLAINT_GROUND_NOT_MET", in.ground());
                    }
                }
                case NOT_DECIDED_IN_TIME -> {
                    LocalDate due = c.acceptedDate == null ? null : deadlineCalculator(c, in.date()).decision().due();
                    boolean decidedInTime = c.concludedDate != null && !c.concludedDate.isAfter(due);
                    if (due == null || !in.date().isAfter(due) || decidedInTime) {
                        throw ApiException.unprocessable("COMPLAINT_GROUND_NOT_MET", in.ground());
                    }
                }
            }
            if ((in.outcome() == null) != (in.outcomeDate() == null)) {
                throw ApiException.invalidField(in.outcome() == null ? "outcome" : "outcomeDate", "BOTH_OR_NEITHER");
            }
            if (in.outcomeDate() != null) {
                notBefore(Transition.RECORD_SUPERIOR_COMPLAINT, in.outcomeDate(), DateFact.COMPLAINED, in.date());
                notInFuture(Transition.RECORD_SUPERIOR_COMPLAINT, in.outcomeDate());
            }
            SuperiorComplaint sc = new SuperiorComplaint();
            sc.caseId = c.id;
            sc.complainedDate = in.date();
            sc.superior = in.superior().trim();
            sc.ground = in.ground();
            sc.outcome = in.outcome();
            sc.outcomeDate = in.outcomeDate();
            sc.note = blankToNull(in.note());
            sc.persist();
            return new EventData(in.date(), in.note(), details("complaintId", sc.id, "superior", sc.superior, "ground", in.ground(),
                    "outcome", in.outcome()));
        });
    }

    @Transactional
    public ReconsiderationCase recordComplaintOutcome(long id, VersionCheck check, AcceptanceInputs.ComplaintOutcomeInput in) {
        return step(id, Transition.RECORD_SUPERIOR_COMPLAINT_OUTCOME, check, c -> {
            SuperiorComplaint sc = SuperiorComplaint.findById(in.complaintId());
            if (sc == null || sc.caseId != c.id) {
                throw ApiException.notFound("SUPERIOR_COMPLAINT_NOT_FOUND", in.complaintId());
            }
            if (sc.outcome != null) {
                throw ApiException.unprocessable("ALREADY_RECORDED", sc.outcome.labelZh(), sc.outcomeDate);
            }
            notBefore(Transition.RECORD_SUPERIOR_COMPLAINT_OUTCOME, in.date(), DateFact.COMPLAINED, sc.complainedDate);
            sc.outcome = in.outcome();
            sc.outcomeDate = in.date();
            sc.note = in.note() != null ? blankToNull(in.note()) : sc.note;
            return new EventData(in.date(), in.note(), details("complaintId", sc.id, "outcome", in.outcome()));
        });
    }

    /** The period a 2017-law notice set (Regulations 2007 art. 29); the 2023 law fixes 10 working days (ARL 31 ¶2). */
    private static Integer periodSetByNotice(ReconsiderationCase c, Integer days) {
        if (c.ruleSet == RuleSet.ARL_2017 && days == null) {
            throw ApiException.invalidField("periodDays", "REQUIRED_UNDER_2017_LAW");
        }
        if (c.ruleSet != RuleSet.ARL_2017 && days != null) {
            throw ApiException.invalidField("periodDays", "ONLY_UNDER_2017_LAW");
        }
        return days;
    }

    private LocalDate correctionDue(ReconsiderationCase c) {
        Deadline due = deadlines(c, time.today()).stream()
                .filter(d -> d.kind() == DeadlineKind.CORRECTION_REPLY).findFirst().orElseThrow();
        return due.due();
    }

    private static CorrectionRequest openCorrection(ReconsiderationCase c) {
        return CorrectionRequest.<CorrectionRequest>find(
                "caseId = ?1 and receivedDate is null and abandonedDate is null order by id desc", c.id).firstResult();
    }}
