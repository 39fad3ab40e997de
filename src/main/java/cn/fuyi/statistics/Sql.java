package cn.fuyi.statistics;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * SQL fragments the residual conditions of the counts are written in (the anchors are in {@link Anchor}). Every fragment reads the case as {@code c} and the period as
 * the parameters {@code :from} and {@code :to} (local dates, both inclusive); all of it is plain SQL that MySQL 8,
 * MariaDB and TiDB run alike.
 */
final class Sql {

    private Sql() {
    }

    /** The decision types for which {@code test} holds, as a SQL list: {@code 'ALTER', 'REVOKE'}. */
    static String decisionTypes(Predicate<DecisionType> test) {
        return Arrays.stream(DecisionType.values()).filter(test).map(t -> "'" + t.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** Direct corrections: the decision types {@link DecisionType#correction()} names, and no others. */
    static String isDirectCorrection() {
        return "c.decision_type IN (" + decisionTypes(DecisionType::correction) + ")";
    }

    /** Indirect corrections: recorded on a decision type that allows them (mediation, termination). */
    static String isIndirectCorrection() {
        return "(c.indirect_correction = TRUE AND c.decision_type IN (" + decisionTypes(DecisionType::allowsIndirectCorrection) + "))";
    }

    /** The cases with at least one hearing held (at any date). */
    static String heldHearings() {
        return "SELECT DISTINCT h.case_id FROM hearing h WHERE h.status = 'HELD'";
    }

    /** The cases with a correction notice dated in the period. */
    static String correctionsInPeriod() {
        return "SELECT DISTINCT cr.case_id FROM correction_request cr WHERE cr.requested_date BETWEEN :from AND :to";
    }

    /** The cases with a complaint to the superior organ dated in the period (ARL 35). */
    static String complaintsInPeriod() {
        return "SELECT DISTINCT sc.case_id FROM superior_complaint sc WHERE sc.complained_date BETWEEN :from AND :to";
    }
}
