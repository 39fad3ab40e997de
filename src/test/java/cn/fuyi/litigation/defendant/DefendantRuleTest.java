package cn.fuyi.litigation.defendant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.decision.DecisionType;

/** Who is sued after a reconsideration (ALL 26; 法释〔2018〕1号 arts. 22, 133, 134), one row per article and situation. */
class DefendantRuleTest {

    static final long AGENCY = 7;
    static final long ORGAN = 3;
    static final String CO_DEFENDANTS = "agency + organ";
    static final String ORGAN_ALONE = "organ";
    static final String AGENCY_ALONE = "agency";

    static Stream<Arguments> rows() {
        return Stream.of(
                // ALL 26 ¶2: upheld, the agency and the organ are co-defendants
                row("ALL 26 ¶2: 维持", DecisionType.UPHOLD, false, false, CO_DEFENDANTS, DefendantBasis.UPHELD_CO_DEFENDANTS),
                // art. 133: rejecting the request is upholding
                row("art. 133: 驳回复议请求", DecisionType.REJECT_REQUEST, false, false, CO_DEFENDANTS, DefendantBasis.UPHELD_CO_DEFENDANTS),
                row("art. 133: 驳回行政赔偿请求", DecisionType.REJECT_COMPENSATION, false, false, CO_DEFENDANTS,
                        DefendantBasis.UPHELD_CO_DEFENDANTS),
                // art. 133, exception: dismissing the application as inadmissible is not upholding
                row("art. 133: 驳回申请 is not upholding", DecisionType.DISMISS_APPLICATION, false, false, AGENCY_ALONE,
                        DefendantBasis.NOT_DECIDED_ON_THE_ACT),
                // art. 22 ¶1: changing the result is changing the act
                row("art. 22 ¶1: 变更", DecisionType.ALTER, false, false, ORGAN_ALONE, DefendantBasis.CHANGED_ORGAN_ALONE),
                row("art. 22 ¶1: 撤销", DecisionType.REVOKE, false, false, ORGAN_ALONE, DefendantBasis.CHANGED_ORGAN_ALONE),
                // art. 22 ¶2: confirming the act invalid is a change
                row("art. 22 ¶2: 确认无效", DecisionType.CONFIRM_INVALID, false, false, ORGAN_ALONE, DefendantBasis.CHANGED_ORGAN_ALONE),
                // art. 22 ¶3: confirming it illegal is a change, unless for breach of procedure only
                row("art. 22 ¶3: 确认违法", DecisionType.CONFIRM_ILLEGAL, false, false, ORGAN_ALONE, DefendantBasis.CHANGED_ORGAN_ALONE),
                row("art. 22 ¶3: 确认违法, procedure only", DecisionType.CONFIRM_ILLEGAL, true, false, CO_DEFENDANTS,
                        DefendantBasis.PROCEDURE_ONLY_ILLEGAL_CO_DEFENDANTS),
                // art. 134 ¶2: partly upholding and partly changing makes co-defendants
                row("art. 134 ¶2: partly upheld, partly revoked", DecisionType.PARTIAL_REVOKE, false, true, CO_DEFENDANTS,
                        DefendantBasis.PARTLY_UPHELD_CO_DEFENDANTS),
                row("art. 134 ¶2: partly upheld, partly altered", DecisionType.ALTER, false, true, CO_DEFENDANTS,
                        DefendantBasis.PARTLY_UPHELD_CO_DEFENDANTS),
                // ALL 26 ¶1, ¶3: no decision on the act, the original agency
                row("ALL 26 ¶3: no decision", null, false, false, AGENCY_ALONE, DefendantBasis.NOT_DECIDED_ON_THE_ACT),
                row("ALL 26 ¶1: mediation", DecisionType.MEDIATION, false, false, AGENCY_ALONE, DefendantBasis.NOT_DECIDED_ON_THE_ACT),
                row("ALL 26 ¶1: termination", DecisionType.TERMINATION, false, false, AGENCY_ALONE, DefendantBasis.NOT_DECIDED_ON_THE_ACT));
    }

    static Arguments row(String situation, DecisionType decision, boolean procedureOnly, boolean partlyUpholds, String defendants,
            DefendantBasis basis) {
        return Arguments.of(situation, decision, procedureOnly, partlyUpholds, defendants, basis);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theDefendantsFollowWhatTheDecisionDidToTheAct(String situation, DecisionType decision, boolean procedureOnly,
            boolean partlyUpholds, String defendants, DefendantBasis basis) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.respondentId = AGENCY;
        c.organId = ORGAN;
        c.decisionType = decision;
        c.illegalForProcedureOnly = procedureOnly;
        c.partlyUpholds = partlyUpholds;
        List<DefendantRule.Proposed> proposed = DefendantRule.propose(c);
        assertEquals(defendants, String.join(" + ", proposed.stream()
                .map(p -> p.respondentId() != null && p.respondentId() == AGENCY ? AGENCY_ALONE
                        : p.organId() != null && p.organId() == ORGAN ? ORGAN_ALONE : "?")
                .toList()), situation);
        proposed.forEach(p -> assertEquals(basis, p.basis(), situation));
    }
}
