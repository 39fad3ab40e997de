package cn.fuyi.reconsideration.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.fuyi.common.Labelled;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.api.CaseViews.MediationSessionView;
import cn.fuyi.reconsideration.api.CaseViews.MediationView;
import cn.fuyi.reconsideration.api.CaseViews.ObligationView;
import cn.fuyi.reconsideration.api.CaseViews.SignatureView;
import cn.fuyi.reconsideration.api.CaseViews.SuperiorCopyView;
import cn.fuyi.reconsideration.api.CaseViews.SupervisionView;
import cn.fuyi.reconsideration.api.CaseViews.WarningView;
import cn.fuyi.reconsideration.decision.SuperiorCopy;
import cn.fuyi.reconsideration.intake.ReapplicationCheck;
import cn.fuyi.reconsideration.mediation.Mediation;
import cn.fuyi.reconsideration.mediation.MediationService;
import cn.fuyi.reconsideration.mediation.MediationSession;
import cn.fuyi.reconsideration.mediation.MediationSignature;
import cn.fuyi.reconsideration.performance.Obligation;
import cn.fuyi.reconsideration.performance.Supervision;

/** The case detail's views of mediation and settlement, obligations and their supervision, copies to superiors, warnings. */
final class MediationAndPerformanceViews {

    private MediationAndPerformanceViews() {
    }

    static List<MediationView> mediations(ReconsiderationCase c) {
        List<MediationView> views = new ArrayList<>();
        for (Mediation m : Mediation.ofCase(c.id)) {
            List<MediationSessionView> sessions = MediationSession.<MediationSession>list("mediationId = ?1 order by id", m.id)
                    .stream().map(s -> new MediationSessionView(s.id, s.heldDate, s.place, s.mediator, split(s.attendees), s.summary))
                    .toList();
            List<SignatureView> signatures = MediationSignature.<MediationSignature>list("mediationId = ?1 order by id", m.id)
                    .stream().map(s -> new SignatureView(s.side, label(s.side), s.partyName, s.signedDate, s.signedBy)).toList();
            List<String> awaiting = MediationService.awaitingSignatures(c, m);
            views.add(new MediationView(m.id, m.kind, label(m.kind), m.kind.article(), m.status, label(m.status),
                    m.ground2017, label(m.ground2017), m.applicantConsentDate, m.respondentConsentDate,
                    m.applicantSuspensionConsentDate, m.respondentSuspensionConsentDate, m.startedDate, sessions,
                    m.agreementDate, m.documentNumber, m.content, m.approvedBy, signatures, awaiting.isEmpty() ? null : awaiting,
                    m.sealedDate, m.effectiveDate, m.withdrawalDate, m.withdrawalReason, m.endedDate, m.backedOutSide,
                    label(m.backedOutSide), m.backedOutName, m.endNote));
        }
        return views;
    }

    static List<ObligationView> obligations(ReconsiderationCase c, LocalDate today) {
        List<Obligation> obligations = Obligation.ofCase(c.id);
        if (obligations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = Respondent.namesOf(obligations.stream().map(o -> o.respondentId).toList());
        List<Supervision> supervisions = Supervision.ofCase(c.id);
        List<ObligationView> views = new ArrayList<>();
        for (Obligation o : obligations) {
            List<SupervisionView> steps = supervisions.stream().filter(s -> s.obligationId == o.id)
                    .map(s -> new SupervisionView(s.id, s.kind, label(s.kind), s.kind.article(), s.takenDate, s.takenBy, s.limitDate,
                            s.persons == null ? null : split(s.persons), s.recipient, s.recipientKind, label(s.recipientKind),
                            s.documentNumber, s.note))
                    .toList();
            Boolean onTime = o.performedDate == null || o.dueDate == null ? null : !o.performedDate.isAfter(o.dueDate);
            boolean overdue = o.performedDate == null && o.dueDate != null && today.isAfter(o.dueDate);
            views.add(new ObligationView(o.id, o.source, label(o.source), o.sourceId, o.kind, label(o.kind), o.kind.article(),
                    o.respondentId, names.get(o.respondentId), o.description, o.aroseDate, o.periodDays, o.documentDueDate,
                    o.overrideDueDate, o.overrideReason, o.overrideBy, o.overrideDate, o.dueDate, o.performedDate,
                    o.reportedDate, o.reportSummary, onTime, overdue, steps));
        }
        return views;
    }

    static List<SuperiorCopyView> superiorCopies(ReconsiderationCase c) {
        return SuperiorCopy.ofCase(c.id).stream().map(s -> new SuperiorCopyView(s.id, s.document, label(s.document), s.letterId,
                s.recipient, s.copiedDate, s.note)).toList();
    }

    /** An application that may repeat a case terminated on a withdrawal (ARL 74 ¶2; Regulations 2007 art. 38 ¶2). */
    static List<WarningView> warnings(ReconsiderationCase c) {
        List<WarningView> list = new ArrayList<>();
        for (ReapplicationCheck.Earlier e : ReapplicationCheck.earlier(c)) {
            String label = e.afterSettlement()
                    ? "申请人曾就同一行政行为申请行政复议，和解后撤回申请，" + e.caseNumber() + "已于" + e.terminatedDate()
                            + "终止：不得再以同一事实和理由提出申请，但能够证明撤回违背其真实意愿的除外（第七十四条第二款）"
                    : "申请人曾就同一行政行为申请行政复议并撤回申请，" + e.caseNumber() + "已于" + e.terminatedDate()
                            + "终止：不得再以同一事实和理由提出申请，但能够证明撤回违背其真实意思表示的除外（实施条例第三十八条第二款）";
            list.add(new WarningView(e.afterSettlement() ? "SAME_FACTS_AFTER_SETTLEMENT" : "SAME_FACTS_AFTER_WITHDRAWAL", label,
                    e.article(), e.caseId(), e.caseNumber()));
        }
        return list;
    }

    private static List<String> split(String joined) {
        return Arrays.asList(joined.split("、"));
    }

    private static String label(Labelled l) {
        return l == null ? null : l.labelZh();
    }
}
