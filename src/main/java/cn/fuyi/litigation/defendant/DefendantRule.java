package cn.fuyi.litigation.defendant;

import java.util.List;

import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * Who should be the defendant of a suit that follows a reconsideration case (ALL 26). The organ "upheld" the act when
 * it upheld it (维持), rejected the request (驳回复议请求) or the compensation claim (驳回行政赔偿请求) — but not when it
 * dismissed the application as inadmissible (法释〔2018〕1号 art. 133) — or when it changed only the facts, evidence or
 * legal basis stated, not the act's result (art. 22 ¶1); then the original agency and the organ are co-defendants.
 * The organ "changed" the act when it changed the result: confirming the act invalid is a change (art. 22 ¶2), and so
 * is confirming it illegal, unless only for breach of statutory procedure (art. 22 ¶3). A decision that partly upholds
 * and partly changes the act, or refuses part of the application, makes co-defendants too (art. 134 ¶2). Without a
 * decision on the act (dismissal as inadmissible, mediation, termination, no decision) the original agency is the
 * defendant (ALL 26 ¶1, ¶3). A changed reasoning is not recorded apart: such a decision is recorded as upholding.
 */
public final class DefendantRule {

    private DefendantRule() {
    }

    /** A proposed defendant: an agency (respondentId) or the organ (organId). */
    public record Proposed(Long respondentId, Long organId, DefendantBasis basis) {
    }

    public static List<Proposed> propose(ReconsiderationCase c) {
        DefendantBasis basis = basis(c);
        return switch (basis) {
            case UPHELD_CO_DEFENDANTS, PROCEDURE_ONLY_ILLEGAL_CO_DEFENDANTS, PARTLY_UPHELD_CO_DEFENDANTS ->
                    List.of(new Proposed(c.respondentId, null, basis), new Proposed(null, c.organId, basis));
            case CHANGED_ORGAN_ALONE -> List.of(new Proposed(null, c.organId, basis));
            case NOT_DECIDED_ON_THE_ACT -> List.of(new Proposed(c.respondentId, null, basis));
        };
    }

    /** Which rule of ALL 26 and 法释〔2018〕1号 the case's decision falls under. */
    public static DefendantBasis basis(ReconsiderationCase c) {
        DecisionType d = c.decisionType;
        if (d == null) {
            return DefendantBasis.NOT_DECIDED_ON_THE_ACT;
        }
        if (c.partlyUpholds) {
            return DefendantBasis.PARTLY_UPHELD_CO_DEFENDANTS;
        }
        if (d == DecisionType.CONFIRM_ILLEGAL && c.illegalForProcedureOnly) {
            return DefendantBasis.PROCEDURE_ONLY_ILLEGAL_CO_DEFENDANTS;
        }
        if (d.upholdsAct()) {
            return DefendantBasis.UPHELD_CO_DEFENDANTS;
        }
        if (d.changesAct()) {
            return DefendantBasis.CHANGED_ORGAN_ALONE;
        }
        return DefendantBasis.NOT_DECIDED_ON_THE_ACT;
    }
}
