package cn.fuyi.ledger;

import static cn.fuyi.ledger.CaseColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    /** Writes the case of {@code r} for {@code organId}; returns its id. */
    long write(long organId, CaseRow r) {
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

    private static CaseInputs.CaseDetailsInput details(long organId, CaseRow r) {
        List<PartyInput> applicants = new ArrayList<>();
        for (String name : r.applicants) {
            applicants.add(new PartyInput(r.applicantKind, name, null, null, null, null, null, null));
        }
        String clerk = r.text(CLERK);
        return new CaseInputs.CaseDetailsInput(organId, r.date(RECEIVED), r.channel, applicants, List.of(), List.of(),
                r.respondentId, r.actCategory, r.actDomain, r.text(ACT), null, r.date(ACT_DATE), r.date(ACT_KNOWN), null,
                r.text(REQUEST), null, null, clerk, clerk, null, null, null, null, null, null, null, null);
    }
}
