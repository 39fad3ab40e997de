package cn.fuyi.litigation.defendant;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.ReconsiderationCase;

/**
 * Who should be the defendant of a suit that follows a reconsideration case (ALL 26; 法释〔2018〕1号 arts. 22, 133):
 * when the organ upheld the act (维持, or 驳回复议请求), the original agency and the organ are co-defendants; when it
 * changed the act, the organ alone; otherwise (no decision on the act: the application dismissed as inadmissible,
 * mediation, termination, or no decision) the original agency.
 */
public final class DefendantRule {

    private DefendantRule() {
    }

    /** A proposed defendant: an agency (respondentId) or the organ (organId). */
    public record Proposed(Long respondentId, Long organId, String basis) {
    }

    public static List<Proposed> propose(ReconsiderationCase c) {
        List<Proposed> list = new ArrayList<>();
        DecisionType d = c.decisionType;
        if (d != null && d.upholdsAct()) {
            list.add(new Proposed(c.respondentId, null, "UPHELD_CO_DEFENDANTS"));
            list.add(new Proposed(null, c.organId, "UPHELD_CO_DEFENDANTS"));
        } else if (d != null && d.changesAct()) {
            list.add(new Proposed(null, c.organId, "CHANGED_ORGAN_ALONE"));
        } else {
            list.add(new Proposed(c.respondentId, null, "NOT_DECIDED_ON_THE_ACT"));
        }
        return list;
    }
}
