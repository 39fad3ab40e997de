package cn.fuyi.reconsideration.normativedocument;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.suspension.Suspension;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/**
 * The incidental review of normative documents (规范性文件附带审查, ARL 13, 39 ¶1(九), 56-60). Starting a review
 * suspends a case under review on ground (九) itself, so that the suspension and the review cannot drift apart; a
 * case already suspended on that ground (by the suspension step) takes the document into that suspension, and the
 * first document's periods then run from the suspension's first day. The case resumes only once every review of its
 * suspension has its result (ARL 39 ¶2: the cause of the suspension is then removed).
 */
@ApplicationScoped
public class NormativeDocumentService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase raise(long id, VersionCheck check, NormativeDocumentInputs.Raise in) {
        Transition t = Transition.RAISE_NORMATIVE_DOCUMENT_REVIEW;
        return step(id, t, check, c -> {
            notBefore(t, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (in.raisedBy() == ReviewRaisedBy.APPLICANT && !in.documentKind().applicantMayRaise()) {
                throw ApiException.unprocessable("NORMATIVE_DOCUMENT_RULE_NOT_REVIEWABLE", in.documentKind());
            }
            LocalDate raised = in.raisedDate() != null ? in.raisedDate()
                    : in.raisedBy() == ReviewRaisedBy.APPLICANT ? c.receivedDate : in.date();
            notBefore(t, raised, DateFact.RECEIVED, c.receivedDate);
            notInFuture(t, raised);
            Suspension s;
            LocalDate started = in.date();
            if (c.state == CaseState.SUSPENDED) {
                s = Suspension.<Suspension>find("caseId = ?1 and resumedDate is null", c.id).firstResult();
                if (s.ground != SuspensionGround.NORMATIVE_DOCUMENT_REVIEW) {
                    throw ApiException.unprocessable("CASE_SUSPENDED_ON_OTHER_GROUND", s.ground);
                }
                notBefore(t, in.date(), DateFact.SUSPENDED, s.startedDate);
                // the first document of a suspension declared for it runs from the suspension (ARL 58: 自行政复议中止之日);
                // a further document taken into it, from the day it was raised
                if (NormativeDocumentReview.count("suspensionId", s.id) == 0) {
                    started = s.startedDate;
                }
            } else {
                s = new Suspension();
                s.caseId = c.id;
                s.ground = SuspensionGround.NORMATIVE_DOCUMENT_REVIEW;
                s.startedDate = in.date();
                s.reason = blankToNull(in.reason()) != null ? in.reason().trim() : "规范性文件附带审查：" + in.documentTitle().trim();
                s.persist();
            }
            NormativeDocumentReview r = new NormativeDocumentReview();
            r.caseId = c.id;
            r.suspensionId = s.id;
            r.raisedBy = in.raisedBy();
            r.raisedDate = raised;
            r.startedDate = started;
            r.documentTitle = in.documentTitle().trim();
            r.documentNumber = blankToNull(in.documentNumber());
            r.documentKind = in.documentKind();
            r.issuer = in.issuer().trim();
            r.clauses = in.clauses().trim();
            r.objection = blankToNull(in.objection());
            r.competent = in.competent();
            r.persist();
            return new EventData(in.date(), in.reason(), details("reviewId", r.id, "suspensionId", s.id, "raisedBy", r.raisedBy,
                    "raisedDate", raised, "startedDate", started, "documentTitle", r.documentTitle, "issuer", r.issuer, "clauses", r.clauses,
                    "competent", r.competent));
        });
    }

    @Transactional
    public ReconsiderationCase notifyDraftingOrgan(long id, VersionCheck check, NormativeDocumentInputs.NotifyDraftingOrgan in) {
        Transition t = Transition.NOTIFY_DRAFTING_ORGAN;
        return step(id, t, check, c -> {
            NormativeDocumentReview r = openReview(c, in.reviewId());
            if (!r.competent) {
                throw ApiException.unprocessable("NORMATIVE_DOCUMENT_NOT_COMPETENT");
            }
            if (r.noticeDate != null) {
                throw ApiException.unprocessable("DRAFTING_ORGAN_ALREADY_NOTIFIED", r.noticeDate);
            }
            notBefore(t, in.date(), DateFact.NORMATIVE_REVIEW_STARTED, r.startedDate);
            LocalDate received = in.receivedDate() != null ? in.receivedDate() : in.date();
            notBefore(t, received, DateFact.DRAFTING_ORGAN_NOTIFIED, in.date());
            notInFuture(t, received);
            r.noticeDate = in.date();
            r.noticeReceivedDate = received;
            return new EventData(in.date(), in.reason(), details("reviewId", r.id, "issuer", r.issuer, "receivedDate", received));
        });
    }

    @Transactional
    public ReconsiderationCase receiveDraftingOrganAnswer(long id, VersionCheck check, NormativeDocumentInputs.DraftingOrganAnswer in) {
        Transition t = Transition.RECEIVE_DRAFTING_ORGAN_ANSWER;
        return step(id, t, check, c -> {
            NormativeDocumentReview r = openReview(c, in.reviewId());
            if (r.noticeDate == null) {
                throw ApiException.unprocessable("DRAFTING_ORGAN_NOT_NOTIFIED");
            }
            if (r.answerDate != null) {
                throw ApiException.unprocessable("DRAFTING_ORGAN_ALREADY_ANSWERED", r.answerDate);
            }
            notBefore(t, in.date(), DateFact.DRAFTING_ORGAN_NOTIFIED, r.noticeDate);
            r.answerDate = in.date();
            r.answerSummary = in.summary().trim();
            return new EventData(in.date(), null, details("reviewId", r.id, "summary", r.answerSummary));
        });
    }

    @Transactional
    public ReconsiderationCase forward(long id, VersionCheck check, NormativeDocumentInputs.Forward in) {
        Transition t = Transition.FORWARD_NORMATIVE_DOCUMENT;
        return step(id, t, check, c -> {
            NormativeDocumentReview r = openReview(c, in.reviewId());
            if (r.competent) {
                throw ApiException.unprocessable("NORMATIVE_DOCUMENT_COMPETENT");
            }
            if (r.forwardedDate != null) {
                throw ApiException.unprocessable("NORMATIVE_DOCUMENT_ALREADY_FORWARDED", r.forwardedDate, r.forwardedTo);
            }
            notBefore(t, in.date(), DateFact.NORMATIVE_REVIEW_STARTED, r.startedDate);
            LocalDate received = in.receivedDate() != null ? in.receivedDate() : in.date();
            notBefore(t, received, DateFact.NORMATIVE_DOCUMENT_FORWARDED, in.date());
            notInFuture(t, received);
            r.forwardedDate = in.date();
            r.forwardedTo = in.competentOrgan().trim();
            r.forwardReceivedDate = received;
            return new EventData(in.date(), in.reason(), details("reviewId", r.id, "competentOrgan", r.forwardedTo,
                    "receivedDate", received));
        });
    }

    /**
     * The result. A competent organ decides only after the drafting organ was notified and has answered or let its
     * 10 working days pass (ARL 58); a forwarded document's result is the receiver's answer (ARL 60).
     */
    @Transactional
    public ReconsiderationCase recordResult(long id, VersionCheck check, NormativeDocumentInputs.Result in) {
        Transition t = Transition.RECORD_NORMATIVE_DOCUMENT_RESULT;
        return step(id, t, check, c -> {
            NormativeDocumentReview r = openReview(c, in.reviewId());
            notBefore(t, in.date(), DateFact.NORMATIVE_REVIEW_STARTED, r.startedDate);
            if (in.result() == NormativeDocumentResult.UNLAWFUL && blankToNull(in.stoppedClauses()) == null) {
                throw ApiException.invalidField("stoppedClauses", "REQUIRED_FOR_UNLAWFUL");
            }
            if (in.result() == NormativeDocumentResult.LAWFUL && blankToNull(in.stoppedClauses()) != null) {
                throw ApiException.invalidField("stoppedClauses", "ONLY_FOR_UNLAWFUL");
            }
            if (r.competent) {
                if (c.ruleSet != RuleSet.ARL_2017) {
                    if (r.noticeDate == null) {
                        throw ApiException.unprocessable("DRAFTING_ORGAN_NOT_NOTIFIED");
                    }
                    notBefore(t, in.date(), DateFact.DRAFTING_ORGAN_NOTIFIED, r.noticeDate);
                    LocalDate answerDue = DraftingOrganAnswerPeriod.due(r, calendar.current());
                    if (r.answerDate == null && !in.date().isAfter(answerDue)) {
                        throw ApiException.unprocessable("DRAFTING_ORGAN_ANSWER_PENDING", answerDue)
                                .with("answerDueDate", answerDue.toString());
                    }
                }
            } else {
                if (r.forwardedDate == null) {
                    throw ApiException.unprocessable("NORMATIVE_DOCUMENT_NOT_FORWARDED");
                }
                notBefore(t, in.date(), DateFact.NORMATIVE_DOCUMENT_FORWARDED, r.forwardedDate);
            }
            r.result = in.result();
            r.resultDate = in.date();
            r.resultSummary = in.summary().trim();
            r.stoppedClauses = blankToNull(in.stoppedClauses());
            return new EventData(in.date(), null, details("reviewId", r.id, "result", r.result, "stoppedClauses",
                    r.stoppedClauses, "forwardedTo", r.forwardedTo, "summary", r.resultSummary));
        });
    }

    private static NormativeDocumentReview openReview(ReconsiderationCase c, long reviewId) {
        NormativeDocumentReview r = NormativeDocumentReview.findById(reviewId);
        if (r == null || r.caseId != c.id) {
            throw ApiException.notFound("NORMATIVE_DOCUMENT_REVIEW_NOT_FOUND", reviewId);
        }
        if (r.resultDate != null) {
            throw ApiException.unprocessable("NORMATIVE_DOCUMENT_REVIEW_CLOSED", r.resultDate);
        }
        return r;
    }

    /**
     * A suspension for a normative document review ends only when every review in it has its result (ARL 39 ¶2: the
     * case resumes once the cause of the suspension is removed).
     */
    public static void requireReviewsConcluded(Suspension s) {
        long open = NormativeDocumentReview.count("suspensionId = ?1 and resultDate is null", s.id);
        if (open > 0) {
            throw ApiException.unprocessable("NORMATIVE_DOCUMENT_REVIEW_OPEN", open);
        }
    }
}
