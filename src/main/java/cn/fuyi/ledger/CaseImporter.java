package cn.fuyi.ledger;

import static cn.fuyi.ledger.CaseColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.acceptance.AcceptanceInputs;
import cn.fuyi.reconsideration.acceptance.AcceptanceReviewService;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;
import cn.fuyi.reconsideration.decision.DecisionInputs;
import cn.fuyi.reconsideration.decision.DecisionService;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingInputs;
import cn.fuyi.reconsideration.hearing.HearingService;
import cn.fuyi.reconsideration.intake.IntakeService;
import cn.fuyi.reconsideration.review.OpinionMethod;
import cn.fuyi.reconsideration.review.PartyOpinionInputs;
import cn.fuyi.reconsideration.review.PartyOpinionService;
import cn.fuyi.reconsideration.review.ReviewInputs;
import cn.fuyi.reconsideration.review.ReviewService;
import cn.fuyi.reconsideration.suspension.SuspensionInputs;
import cn.fuyi.reconsideration.suspension.SuspensionService;
import cn.fuyi.reconsideration.committee.CommitteeInputs;
import cn.fuyi.reconsideration.committee.CommitteeReferral;
import cn.fuyi.reconsideration.committee.CommitteeService;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.mediation.Mediation;
import cn.fuyi.reconsideration.mediation.MediationInputs;
import cn.fuyi.reconsideration.mediation.MediationKind;
import cn.fuyi.reconsideration.mediation.MediationService;
import cn.fuyi.reconsideration.mediation.Side;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentInputs;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentReview;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentService;
import cn.fuyi.reconsideration.stay.StayInputs;
import cn.fuyi.reconsideration.stay.StayService;

/**
 * Brings one ledger row in as a case: receives the application with the row's case number, then takes every step
 * the row records, in the order of their dates, through the same procedure services the API calls — so the same
 * rules check them, the same events, deadlines, audit records and feed events result, and an imported case cannot
 * be told from one entered step by step except by the provenance its events and audit records carry. Runs inside the
 * caller's transaction; a step the rules refuse throws {@link RowFailure} naming the row's column.
 */
@ApplicationScoped
public class CaseImporter {

    private static final VersionCheck ANY = VersionCheck.NONE;

    @Inject
    IntakeService intake;
    @Inject
    AcceptanceReviewService acceptance;
    @Inject
    ReviewService review;
    @Inject
    PartyOpinionService opinions;
    @Inject
    HearingService hearings;
    @Inject
    SuspensionService suspensions;
    @Inject
    DecisionService decisions;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    StayService stays;
    @Inject
    CommitteeService committee;
    @Inject
    MediationService mediation;
    @Inject
    NormativeDocumentService normativeDocuments;

    /** A step the case engine refused: the column whose fact it was, and the engine's error. */
    static final class RowFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final CaseColumn column;
        final ApiException cause;

        RowFailure(CaseColumn column, ApiException cause) {
            super(cause.code(), cause, false, false);
            this.column = column;
            this.cause = cause;
        }
    }

    private record Step(LocalDate date, int order, CaseColumn column, Runnable action) {
    }

    /**
     * Writes the case of {@code r} for {@code organId}; returns its id. The case's audit trail gets one record of the
     * import ({@link AuditLog#importing}): its fields as the last step left them and the steps taken, by the importing
     * user from the row's file and row; the steps themselves are the case's events.
     */
    long write(long organId, CaseRow r) {
        return audit.importing(SubjectType.RECONSIDERATION_CASE, organId, () -> writeSteps(organId, r),
                id -> em.find(ReconsiderationCase.class, id));
    }

    private long writeSteps(long organId, CaseRow r) {
        ReconsiderationCase c = run(RECEIVED, () -> intake.receive(details(organId, r), r.caseNumber));
        long id = c.id;
        List<Step> steps = new ArrayList<>();
        add(steps, CORRECTION_REQUESTED, r, () -> acceptance.requestCorrection(id, ANY, new AcceptanceInputs.RequestCorrection(
                r.date(CORRECTION_REQUESTED), null, "请补正申请材料（据台账导入）", null, r.correctionDays)));
        add(steps, CORRECTION_RECEIVED, r, () -> acceptance.receiveCorrection(id, ANY,
                new AcceptanceInputs.ReceiveCorrection(r.date(CORRECTION_RECEIVED), null, null, null)));
        add(steps, ABANDONED, r, () -> acceptance.abandon(id, ANY,
                new AcceptanceInputs.Abandon(r.date(ABANDONED), "逾期未补正且无正当理由（据台账导入）", null)));
        add(steps, ACCEPTED, r, () -> acceptance.accept(id, ANY, new CaseInputs.DatedStep(r.date(ACCEPTED), null)));
        add(steps, NOT_ACCEPTED, r, () -> acceptance.notAccept(id, ANY,
                new AcceptanceInputs.NotAccept(r.date(NOT_ACCEPTED), r.text(NOT_ACCEPTED_REASON), null)));
        if (r.procedure != null) {
            LocalDate on = r.date(PROCEDURE_DATE) != null ? r.date(PROCEDURE_DATE) : r.date(ACCEPTED);
            steps.add(new Step(on, PROCEDURE.ordinal(), PROCEDURE, () -> review.chooseProcedure(id, ANY,
                    new ReviewInputs.ChooseProcedure(on, r.procedure, r.simplifiedGround, null))));
        }
        add(steps, OPINION_HEARD, r, () -> {
            long applicant = ReconsiderationService.parties(id).get(0).id;
            opinions.hear(id, ANY, new PartyOpinionInputs.HearOpinion(r.date(OPINION_HEARD), applicant, null,
                    OpinionMethod.IN_PERSON, null, "听取申请人意见（据台账导入）"));
        });
        add(steps, HEARING_NOTICE, r, () -> hearings.scheduleHearing(id, ANY, new HearingInputs.ScheduleHearing(
                r.date(HEARING_NOTICE), r.date(HEARING_DATE), r.text(HEARING_PLACE), null, null)));
        add(steps, HEARING_DATE, r, () -> {
            Hearing h = Hearing.find("caseId = ?1 order by id desc", id).firstResult();
            hearings.holdHearing(id, ANY, new HearingInputs.HoldHearing(h.id, r.date(HEARING_DATE), r.text(HEARING_PRESIDING),
                    names(r.text(HEARING_OFFICERS)), r.text(HEARING_RECORDER), r.headAttended, r.text(HEAD_NAME), null,
                    r.text(HEAD_ABSENCE_REASON), r.has(RESPONDENT_STAFF) ? names(r.text(RESPONDENT_STAFF)) : null, null));
        });
        add(steps, SUSPENDED, r, () -> suspensions.suspend(id, ANY,
                new SuspensionInputs.Suspend(r.date(SUSPENDED), r.suspensionGround, null)));
        add(steps, RESUMED, r, () -> suspensions.resume(id, ANY, new CaseInputs.DatedStep(r.date(RESUMED), null)));
        add(steps, EXTENDED, r, () -> decisions.extend(id, ANY, new DecisionInputs.Extend(r.date(EXTENDED), r.extensionDays,
                r.text(EXTENSION_REASON), r.date(EXTENDED), null, null)));
        if (r.decisionType == DecisionType.DISMISS_APPLICATION) {
            add(steps, DECIDED, r, () -> decisions.dismiss(id, ANY, new DecisionInputs.Dismiss(r.date(DECIDED), r.text(DECISION_REASON))));
        } else if (r.decisionType != null) {
            add(steps, DECIDED, r, () -> decisions.conclude(id, ANY, new DecisionInputs.Conclude(r.date(DECIDED), r.decisionType,
                    null, r.terminationGround, null, null, r.text(DECISION_REASON), null, null, null, null)));
        }
        add(steps, SERVED, r, () -> decisions.serve(id, ANY, new CaseInputs.DatedStep(r.date(SERVED), null)));
        add(steps, PUBLISHED, r, () -> decisions.publish(id, ANY, new DecisionInputs.Publish(r.date(PUBLISHED), r.text(PUBLISHED_AT))));
        if (r.has(NOT_PUBLISHED_REASON)) {
            steps.add(new Step(r.date(SERVED), NOT_PUBLISHED_REASON.ordinal(), NOT_PUBLISHED_REASON, () -> decisions
                    .recordNotPublished(id, ANY, new CaseInputs.ReasonedStep(r.date(SERVED), r.text(NOT_PUBLISHED_REASON)))));
        }
        laterSteps(id, r, steps);
        // the steps in the order they happened; on one day, in the order of the ledger's columns (the order of the law)
        steps.sort(Comparator.comparing(Step::date).thenComparingInt(Step::order));
        for (Step s : steps) {
            run(s.column(), () -> {
                s.action().run();
                return null;
            });
        }
        return id;
    }

    /**
     * The steps of the columns added later: stays of execution (ARL 42), the committee (ARL 52, 61 ¶3), mediation (ARL
     * 5, 73) and normative-document reviews (ARL 56-60), each through its procedure service as the API takes it. On one
     * day they take the place the law gives them among the first columns' steps, by the rank of a first-release column
     * that has no step of its own: after acceptance, before the decision, after the decision, inside the suspension.
     */
    private void laterSteps(long id, CaseRow r, List<Step> steps) {
        int afterAcceptance = NOT_ACCEPTED_REASON.ordinal();
        int withinSuspension = SUSPENSION_GROUND.ordinal();
        int beforeDecision = EXTENSION_REASON.ordinal();
        int afterDecision = DECISION_TYPE.ordinal();
        at(steps, STAY_DECIDED, afterAcceptance, r, () -> stays.decide(id, ANY, new StayInputs.DecideStay(r.date(STAY_DECIDED),
                r.stayRequestedBy, null, r.stayGranted, r.stayGround, r.text(STAY_LEGAL_BASIS), r.text(STAY_REASON))));
        at(steps, MEDIATION_STARTED, afterAcceptance, r, () -> {
            for (Side side : List.of(Side.APPLICANT, Side.RESPONDENT)) {
                mediation.consent(id, ANY, new MediationInputs.Consent(MediationKind.MEDIATION, side, r.date(MEDIATION_STARTED), null,
                        r.mediationGround2017, "同意调解（据台账导入）"));
            }
        });
        at(steps, NORMATIVE_RAISED, withinSuspension, r, () -> normativeDocuments.raise(id, ANY, new NormativeDocumentInputs.Raise(
                r.date(NORMATIVE_RAISED), r.normativeRaisedBy, null, r.text(NORMATIVE_TITLE), null, r.normativeKind,
                r.text(NORMATIVE_ISSUER), r.text(NORMATIVE_CLAUSES), null, r.normativeCompetent, null)));
        at(steps, NORMATIVE_NOTICE, withinSuspension, r, () -> normativeDocuments.notifyDraftingOrgan(id, ANY,
                new NormativeDocumentInputs.NotifyDraftingOrgan(review(id), r.date(NORMATIVE_NOTICE), null, null)));
        at(steps, NORMATIVE_ANSWER, withinSuspension, r, () -> normativeDocuments.receiveDraftingOrganAnswer(id, ANY,
                new NormativeDocumentInputs.DraftingOrganAnswer(review(id), r.date(NORMATIVE_ANSWER), "制定机关书面答复（据台账导入）")));
        at(steps, NORMATIVE_FORWARDED, withinSuspension, r, () -> normativeDocuments.forward(id, ANY, new NormativeDocumentInputs.Forward(
                review(id), r.date(NORMATIVE_FORWARDED), r.text(NORMATIVE_FORWARDED_TO), null, null)));
        at(steps, NORMATIVE_RESULT_DATE, withinSuspension, r, () -> normativeDocuments.recordResult(id, ANY,
                new NormativeDocumentInputs.Result(review(id), r.date(NORMATIVE_RESULT_DATE), r.normativeResult,
                        r.text(NORMATIVE_STOPPED_CLAUSES), "附带审查结果（据台账导入）")));
        at(steps, COMMITTEE_REFERRED, beforeDecision, r, () -> committee.refer(id, ANY, new CommitteeInputs.Refer(
                r.date(COMMITTEE_REFERRED), r.committeeGround, r.text(COMMITTEE_QUESTIONS), null)));
        at(steps, COMMITTEE_OPINION_DATE, beforeDecision, r, () -> committee.recordOpinion(id, ANY, new CommitteeInputs.RecordOpinion(
                referral(id), r.date(COMMITTEE_OPINION_DATE), r.date(COMMITTEE_OPINION_DATE), names(r.text(COMMITTEE_MEMBERS)),
                r.text(COMMITTEE_OPINION))));
        if (r.committeeFollowed != null && r.date(DECIDED) != null) {
            steps.add(new Step(r.date(DECIDED), afterDecision, COMMITTEE_FOLLOWED, () -> committee.recordAdoption(id, ANY,
                    new CommitteeInputs.RecordAdoption(referral(id), r.date(DECIDED), r.committeeFollowed,
                            r.text(COMMITTEE_NOT_FOLLOWED_REASON)))));
        }
        if (Boolean.TRUE.equals(r.mediationAgreed)) {
            // the agreement drawn up, signed by every party and sealed on the day it took effect (ARL 73 ¶1)
            at(steps, MEDIATION_ENDED, beforeDecision, r, () -> {
                LocalDate on = r.date(MEDIATION_ENDED);
                mediation.drawUpAgreement(id, ANY, new MediationInputs.DrawUpAgreement(on, null, r.text(MEDIATION_CONTENT), true));
                ReconsiderationCase c = ReconsiderationCase.findById(id);
                for (String key : MediationService.awaitingSignatures(c, Mediation.open(id))) {
                    String[] sideName = key.split("\\|", 2);
                    mediation.sign(id, ANY, new MediationInputs.Sign(Side.valueOf(sideName[0]), sideName[1], on, null));
                }
                mediation.seal(id, ANY, new CaseInputs.DatedStep(on, null));
            });
        } else if (Boolean.FALSE.equals(r.mediationAgreed)) {
            at(steps, MEDIATION_ENDED, beforeDecision, r, () -> mediation.end(id, ANY, new CaseInputs.ReasonedStep(r.date(MEDIATION_ENDED),
                    r.has(MEDIATION_END_REASON) ? r.text(MEDIATION_END_REASON) : "未达成调解协议（据台账导入）")));
        }
    }

    private static void at(List<Step> steps, CaseColumn date, int order, CaseRow r, Runnable action) {
        if (r.date(date) != null) {
            steps.add(new Step(r.date(date), order, date, action));
        }
    }

    private static long review(long caseId) {
        NormativeDocumentReview review = NormativeDocumentReview.find("caseId = ?1 order by id desc", caseId).firstResult();
        return review.id;
    }

    private static long referral(long caseId) {
        CommitteeReferral referral = CommitteeReferral.find("caseId = ?1 order by id desc", caseId).firstResult();
        return referral.id;
    }

    /** The applicants with their ID numbers, when the ledger gives them. */
    private static List<PartyInput> applicants(CaseRow r) {
        List<PartyInput> applicants = new ArrayList<>();
        for (int i = 0; i < r.applicants.size(); i++) {
            String number = r.applicantIdNumbers == null ? null : r.applicantIdNumbers.get(i);
            applicants.add(new PartyInput(r.applicantKind, r.applicants.get(i), number == null ? null : r.applicantIdType, number,
                    null, null, null, null));
        }
        return applicants;
    }

    private static List<PartyInput> agents(CaseRow r) {
        return r.has(AGENT) ? names(r.text(AGENT)).stream().map(n -> new PartyInput(PartyKind.NATURAL_PERSON, n, null, null, null, null,
                null, r.agentKind)).toList() : List.of();
    }

    private static List<PartyInput> thirdParties(CaseRow r) {
        return r.has(THIRD_PARTY) ? names(r.text(THIRD_PARTY)).stream().map(n -> new PartyInput(r.thirdPartyKind, n, null, null, null,
                null, null, null)).toList() : List.of();
    }

    private static void add(List<Step> steps, CaseColumn date, CaseRow r, Runnable action) {
        if (r.date(date) != null) {
            steps.add(new Step(r.date(date), date.ordinal(), date, action));
        }
    }

    private static <T> T run(CaseColumn column, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiException e) {
            throw new RowFailure(column, e);
        }
    }

    private static List<String> names(String s) {
        return List.of(s.split("\\s*[、，,;；]\\s*"));
    }

    static CaseInputs.CaseDetailsInput details(long organId, CaseRow r) {
        List<PartyInput> applicants = applicants(r);
        String clerk = r.text(CLERK);
        return new CaseInputs.CaseDetailsInput(organId, r.date(RECEIVED), r.channel, applicants, agents(r), thirdParties(r),
                r.respondentId, r.actCategory, r.actDomain, r.text(ACT), null, r.date(ACT_DATE), r.date(ACT_KNOWN), null,
                r.text(REQUEST), null, null, clerk, clerk, null, null, null, null, null, null, null, null);
    }
}
