package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * Carrying out decisions and mediation agreements (履行, ARL 77): what else a decision orders, the due dates the
 * documents set or a clerk sets instead, the respondent's report, and the supervision of non-performance (ARL 77 ¶2,
 * 85). Opinion letters are answered through their own step, which also discharges their obligation.
 */
@ApplicationScoped
public class PerformanceService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase recordObligation(long id, VersionCheck check, PerformanceInputs.RecordObligation in) {
        return step(id, Transition.RECORD_OBLIGATION, check, c -> {
            DecisionType type = c.decisionType;
            if (type == null || type == DecisionType.DISMISS_APPLICATION || type == DecisionType.TERMINATION
                    || type == DecisionType.MEDIATION) {
                throw ApiException.unprocessable("DECISION_ORDERS_NOTHING", type);
            }
            if (!in.kind().fromDecision()) {
                throw ApiException.invalidField("kind", "NOT_FROM_DECISION");
            }
            if (in.periodDays() != null && in.dueDate() != null) {
                throw ApiException.invalidField("dueDate", "PERIOD_OR_DATE");
            }
            if (in.dueDate() != null && !in.dueDate().isAfter(c.concludedDate)) {
                throw ApiException.invalidField("dueDate", "MUST_BE_AFTER", DateFact.CONCLUDED);
            }
            long respondentId = agency(c, in.respondentId());
            Obligation o = Obligations.create(c.id, ObligationSource.DECISION, null, in.kind(), respondentId, in.description(),
                    c.concludedDate);
            o.periodDays = in.periodDays();
            o.documentDueDate = in.dueDate();
            return new EventData(time.today(), null, details("obligationId", o.id, "kind", in.kind(),
                    "respondentId", respondentId, "periodDays", in.periodDays(), "dueDate", in.dueDate()));
        });
    }

    @Transactional
    public ReconsiderationCase setDue(long id, VersionCheck check, PerformanceInputs.SetDue in) {
        return step(id, Transition.SET_PERFORMANCE_DUE, check, c -> {
            Obligation o = obligation(c, in.obligationId());
            if (o.source == ObligationSource.OPINION_LETTER) {
                throw ApiException.unprocessable("LETTER_PERIOD_IS_STATUTORY");
            }
            requireNotPerformed(o);
            notBefore(Transition.SET_PERFORMANCE_DUE, in.date(), DateFact.OBLIGATION_AROSE, o.aroseDate);
            if (in.dueDate() != null && !in.dueDate().isAfter(o.aroseDate)) {
                throw ApiException.invalidField("dueDate", "MUST_BE_AFTER", DateFact.OBLIGATION_AROSE);
            }
            LocalDate previous = o.dueDate;
            if (in.basis() == DueBasis.DOCUMENT) {
                if ((in.periodDays() == null) == (in.dueDate() == null)) {
                    throw ApiException.invalidField("dueDate", "PERIOD_OR_DATE");
                }
                o.periodDays = in.periodDays();
                o.documentDueDate = in.dueDate();
            } else {
                if (in.periodDays() != null) {
                    throw ApiException.invalidField("periodDays", "ONLY_FOR_DOCUMENT");
                }
                if (in.dueDate() == null) {
                    throw ApiException.invalidField("dueDate", "REQUIRED");
                }
                if (blankToNull(in.reason()) == null) {
                    throw ApiException.invalidField("reason", "REQUIRED_FOR_OVERRIDE");
                }
                o.overrideDueDate = in.dueDate();
                o.overrideReason = in.reason().trim();
                o.overrideBy = user.displayName();
                o.overrideDate = in.date();
            }
            return new EventData(in.date(), blankToNull(in.reason()), details("obligationId", o.id, "basis", in.basis(),
                    "periodDays", in.periodDays(), "dueDate", in.dueDate(), "previousDue", previous));
        });
    }

    @Transactional
    public ReconsiderationCase report(long id, VersionCheck check, PerformanceInputs.ReportPerformance in) {
        return step(id, Transition.REPORT_PERFORMANCE, check, c -> {
            Obligation o = obligation(c, in.obligationId());
            if (o.source == ObligationSource.OPINION_LETTER) {
                throw ApiException.unprocessable("USE_ANSWER_OPINION_LETTER", o.sourceId);
            }
            requireNotPerformed(o);
            LocalDate performed = in.performedDate() != null ? in.performedDate() : in.date();
            if (performed.isAfter(in.date())) {
                throw ApiException.invalidField("performedDate", "NOT_AFTER", DateFact.PERFORMANCE_REPORTED);
            }
            notBefore(Transition.REPORT_PERFORMANCE, performed, DateFact.OBLIGATION_AROSE, o.aroseDate);
            o.performedDate = performed;
            o.reportedDate = in.date();
            o.reportSummary = in.summary();
            return new EventData(in.date(), null, details("obligationId", o.id, "performedDate", performed,
                    "due", o.dueDate, "onTime", o.dueDate == null ? null : !performed.isAfter(o.dueDate)));
        });
    }

    @Transactional
    public ReconsiderationCase supervise(long id, VersionCheck check, PerformanceInputs.Supervise in) {
        return step(id, Transition.SUPERVISE_PERFORMANCE, check, c -> {
            Obligation o = obligation(c, in.obligationId());
            SupervisionKind kind = in.kind();
            notBefore(Transition.SUPERVISE_PERFORMANCE, in.date(), DateFact.OBLIGATION_AROSE, o.aroseDate);
            if (kind != SupervisionKind.TRANSFER) {
                requireNotPerformed(o);
            }
            only(kind, SupervisionKind.ORDER_TO_PERFORM, "limitDate", in.limitDate());
            only(kind, SupervisionKind.SUMMONS, "persons", in.persons() == null || in.persons().isEmpty() ? null : in.persons());
            only(kind, SupervisionKind.TRANSFER, "recipient", blankToNull(in.recipient()));
            only(kind, SupervisionKind.TRANSFER, "recipientKind", in.recipientKind());
            if (in.limitDate() != null && !in.limitDate().isAfter(in.date())) {
                throw ApiException.invalidField("limitDate", "MUST_BE_AFTER", DateFact.PERFORMANCE_ORDERED);
            }
            if (kind.followsOrder() && Supervision.count("obligationId = ?1 and kind = ?2 and takenDate <= ?3", o.id,
                    SupervisionKind.ORDER_TO_PERFORM, in.date()) == 0) {
                throw ApiException.unprocessable("ORDER_TO_PERFORM_FIRST", kind);
            }
            Supervision s = new Supervision();
            s.obligationId = o.id;
            s.caseId = c.id;
            s.kind = kind;
            s.takenDate = in.date();
            s.takenBy = blankToNull(in.takenBy()) != null ? in.takenBy().trim() : organName(c);
            s.limitDate = in.limitDate();
            s.persons = in.persons() == null || in.persons().isEmpty() ? null : String.join("、", in.persons());
            s.recipient = blankToNull(in.recipient());
            s.recipientKind = in.recipientKind();
            s.documentNumber = blankToNull(in.documentNumber());
            s.note = in.note();
            s.persist();
            return new EventData(in.date(), in.note(), details("obligationId", o.id, "supervisionId", s.id, "kind", kind,
                    "takenBy", s.takenBy, "limitDate", s.limitDate, "persons", in.persons(), "recipient", s.recipient,
                    "recipientKind", s.recipientKind));
        });
    }

    /** The obligation on this case. */
    static Obligation obligation(ReconsiderationCase c, long obligationId) {
        Obligation o = Obligation.findById(obligationId);
        if (o == null || o.caseId != c.id) {
            throw ApiException.notFound("OBLIGATION_NOT_FOUND", obligationId);
        }
        return o;
    }

    private static void requireNotPerformed(Obligation o) {
        if (o.performed()) {
            throw ApiException.conflict("OBLIGATION_ALREADY_PERFORMED", o.performedDate);
        }
    }

    /** A field that belongs to one kind of supervision: required with it, refused with the others. */
    private static void only(SupervisionKind kind, SupervisionKind owner, String field, Object value) {
        if (kind == owner && value == null) {
            throw ApiException.invalidField(field, "REQUIRED_FOR_KIND", kind);
        }
        if (kind != owner && value != null) {
            throw ApiException.invalidField(field, "ONLY_FOR_KIND", owner);
        }
    }

    /** The agency named, or the case's respondent: one of the organ's (or its subordinate organs') agencies. */
    static long agency(ReconsiderationCase c, Long respondentId) {
        long rid = respondentId != null ? respondentId : c.respondentId;
        Respondent r = Respondent.findById(rid);
        if (r == null || !Organ.subtreeIds(c.organId).contains(r.organId)) {
            throw ApiException.invalidField("respondentId", "UNKNOWN_RESPONDENT", rid);
        }
        return rid;
    }

    private static String organName(ReconsiderationCase c) {
        Organ organ = Organ.findById(c.organId);
        return organ.name;
    }
}
