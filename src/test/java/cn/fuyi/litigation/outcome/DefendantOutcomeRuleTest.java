package cn.fuyi.litigation.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.DefendantOutcomeRule.Defendant;
import cn.fuyi.litigation.outcome.DefendantOutcomeRule.Given;

/** What a judgment decided as to each co-defendant (法释〔2018〕1号 art. 136). */
class DefendantOutcomeRuleTest {

    static final Defendant AGENCY = new Defendant(11, false);
    static final Defendant ORGAN = new Defendant(12, true);
    static final List<Defendant> CO_DEFENDANTS = List.of(AGENCY, ORGAN);

    static Map<Long, Outcome> decide(Outcome suit, Given... given) {
        return DefendantOutcomeRule.decide(suit, Instance.FIRST, CO_DEFENDANTS, List.of(given));
    }

    static String code(Runnable r) {
        return assertThrows(ApiException.class, r::run).code();
    }

    @Test
    void withoutOutcomesPerDefendantEveryDefendantHasTheSuits() {
        assertEquals(Map.of(11L, Outcome.REVOKE, 12L, Outcome.REVOKE),
                DefendantOutcomeRule.decide(Outcome.REVOKE, Instance.FIRST, CO_DEFENDANTS, null));
        assertEquals(Map.of(11L, Outcome.WITHDRAWAL_APPROVED, 12L, Outcome.WITHDRAWAL_APPROVED),
                DefendantOutcomeRule.decide(Outcome.WITHDRAWAL_APPROVED, Instance.FIRST, CO_DEFENDANTS, List.of()));
    }

    @Test
    void art136Para5TheDecisionRevokedAndTheClaimAgainstTheOriginalActRejected() {
        Map<Long, Outcome> m = decide(Outcome.REVOKE, new Given(11L, Outcome.REJECT_CLAIMS), new Given(12L, Outcome.REVOKE));
        assertEquals(false, m.get(11L).loss());
        assertEquals(true, m.get(12L).loss());
        // or the decision confirmed illegal
        assertEquals(Outcome.CONFIRM_ILLEGAL, decide(Outcome.CONFIRM_ILLEGAL, new Given(11L, Outcome.REJECT_CLAIMS),
                new Given(12L, Outcome.CONFIRM_ILLEGAL)).get(12L));
    }

    @Test
    void art136Para1EveryDefendantIsJudged() {
        assertEquals("DEFENDANT_OUTCOME_MISSING", code(() -> decide(Outcome.REVOKE, new Given(12L, Outcome.REVOKE))));
    }

    @Test
    void art136Para4AnAgencyOrderedToPerformOrPayMeansTheDecisionIsRevoked() {
        assertEquals("DECISION_MUST_BE_REVOKED", code(() -> decide(Outcome.ORDER_PERFORMANCE,
                new Given(11L, Outcome.ORDER_PERFORMANCE), new Given(12L, Outcome.CONFIRM_ILLEGAL))));
        assertEquals("DECISION_MUST_BE_REVOKED", code(() -> decide(Outcome.ORDER_PAYMENT,
                new Given(11L, Outcome.ORDER_PAYMENT), new Given(12L, Outcome.REJECT_CLAIMS))));
        assertEquals(Outcome.REVOKE, decide(Outcome.ORDER_PERFORMANCE, new Given(11L, Outcome.ORDER_PERFORMANCE),
                new Given(12L, Outcome.REVOKE)).get(12L));
    }

    @Test
    void theSuitIsLostExactlyWhenADefendantLost() {
        assertEquals("SUIT_OUTCOME_MUST_BE_LOSS", code(() -> decide(Outcome.REJECT_CLAIMS,
                new Given(11L, Outcome.REJECT_CLAIMS), new Given(12L, Outcome.REVOKE))));
        assertEquals("SUIT_OUTCOME_NOT_AMONG_DEFENDANTS", code(() -> decide(Outcome.ALTER,
                new Given(11L, Outcome.REJECT_CLAIMS), new Given(12L, Outcome.REVOKE))));
    }

    @Test
    void onlyJudgmentsDisposeOfDefendantsApart() {
        assertEquals("DEFENDANT_OUTCOMES_NEED_JUDGMENT", code(() -> decide(Outcome.DISMISS_SUIT,
                new Given(11L, Outcome.DISMISS_SUIT), new Given(12L, Outcome.DISMISS_SUIT))));
        assertEquals("DEFENDANT_OUTCOMES_NEED_JUDGMENT", code(() -> decide(Outcome.REVOKE,
                new Given(11L, Outcome.WITHDRAWAL_APPROVED), new Given(12L, Outcome.REVOKE))));
        assertEquals("OUTCOME_NOT_FOR_INSTANCE", code(() -> decide(Outcome.REVOKE,
                new Given(11L, Outcome.AMENDED_ON_APPEAL), new Given(12L, Outcome.REVOKE))));
    }

    @Test
    void aDefendantOfAnotherSuitOrNamedTwiceIsAFieldError() {
        ApiException e = assertThrows(ApiException.class, () -> decide(Outcome.REVOKE, new Given(99L, Outcome.REVOKE),
                new Given(12L, Outcome.REVOKE), new Given(12L, Outcome.REVOKE)));
        assertEquals(400, e.status());
        assertEquals(List.of("defendantOutcomes[0].defendantId", "defendantOutcomes[2].defendantId"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}
