package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.decision.CompensationOutcome;
import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * Where obligations come from without a step of their own, and their stored due dates. A decision's orders become
 * obligations when it is recorded: what its type and flags say it orders (责令重作, 责令履行, agreement and compensation
 * orders, compensation awarded with the decision, property return); anything else it orders is recorded by {@code record-obligation}. An effective mediation
 * agreement and an opinion letter each bring one.
 */
public final class Obligations {

    private Obligations() {
    }

    /** The obligations the decision just recorded on the case orders, persisted; none for a decision that orders nothing. */
    public static List<Obligation> fromDecision(ReconsiderationCase c) {
        List<Obligation> created = new ArrayList<>();
        for (ObligationKind kind : kinds(c)) {
            created.add(create(c.id, ObligationSource.DECISION, null, kind, c.respondentId, null, c.concludedDate));
        }
        return created;
    }

    /** What the decided case orders the respondent to carry out (nothing saved). */
    public static List<ObligationKind> kinds(ReconsiderationCase c) {
        List<ObligationKind> kinds = new ArrayList<>();
        if (c.orderToRedo) {
            kinds.add(ObligationKind.REDO);
        }
        if (c.decisionType == DecisionType.ORDER_PERFORMANCE) {
            kinds.add(ObligationKind.PERFORM_DUTY);
        } else if (c.decisionType == DecisionType.AGREEMENT_ORDER) {
            kinds.add(ObligationKind.AGREEMENT);
        }
        if (c.decisionType == DecisionType.COMPENSATION_ORDER || c.compensationOutcome == CompensationOutcome.AWARDED) {
            kinds.add(ObligationKind.COMPENSATION);
        }
        if (c.propertyReturnOrdered) {
            kinds.add(ObligationKind.PROPERTY_RETURN);
        }
        return kinds;
    }

    /** The respondent's obligation under a mediation agreement that just took effect (ARL 73, 77). */
    public static Obligation fromAgreement(ReconsiderationCase c, long mediationId, String content, LocalDate effective) {
        return create(c.id, ObligationSource.MEDIATION_AGREEMENT, mediationId, ObligationKind.MEDIATION_TERMS, c.respondentId,
                content, effective);
    }

    /** The addressee's obligation to correct and report under an opinion letter (ARL 76, 77). */
    static Obligation fromLetter(OpinionLetter l) {
        return create(l.caseId, ObligationSource.OPINION_LETTER, l.id, ObligationKind.OPINION_LETTER_REPORT, l.respondentId,
                l.subject, l.issuedDate);
    }

    static Obligation create(long caseId, ObligationSource source, Long sourceId, ObligationKind kind, long respondentId,
            String description, LocalDate arose) {
        Obligation o = new Obligation();
        o.caseId = caseId;
        o.source = source;
        o.sourceId = sourceId;
        o.kind = kind;
        o.respondentId = respondentId;
        o.description = description;
        o.aroseDate = arose;
        o.persist();
        return o;
    }

    /**
     * Stores each obligation's due date as just computed, for the statistics: its own performance deadline, or for an
     * opinion letter the letter's answer deadline.
     */
    public static void storeDueDates(long caseId, List<Deadline> deadlines) {
        for (Obligation o : Obligation.ofCase(caseId)) {
            boolean letter = o.source == ObligationSource.OPINION_LETTER;
            DeadlineKind kind = letter ? DeadlineKind.OPINION_LETTER_ANSWER : DeadlineKind.PERFORMANCE;
            Long ref = letter ? o.sourceId : o.id;
            LocalDate due = deadlines.stream().filter(d -> d.kind() == kind && Objects.equals(d.refId(), ref))
                    .map(Deadline::due).findFirst().orElse(null);
            if (!Objects.equals(due, o.dueDate)) {
                o.dueDate = due;
            }
        }
    }
}
