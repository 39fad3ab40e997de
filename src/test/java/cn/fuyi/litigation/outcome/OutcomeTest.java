package cn.fuyi.litigation.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.fuyi.litigation.Instance;

/** The one rule that says which outcomes are losses, against the list of domain §3. */
class OutcomeTest {

    @Test
    void theAgencyLosesExactlyWhenTheCourtRevokesAltersConfirmsOrOrdersAgainstIt() {
        Set<Outcome> losses = EnumSet.of(Outcome.REVOKE, Outcome.PARTIAL_REVOKE, Outcome.ORDER_PERFORMANCE,
                Outcome.ORDER_PAYMENT, Outcome.CONFIRM_ILLEGAL, Outcome.CONFIRM_INVALID, Outcome.ALTER, Outcome.AGREEMENT_ORDER);
        for (Outcome o : Outcome.values()) {
            assertEquals(losses.contains(o), o.loss(), o.name());
        }
    }

    @Test
    void judgmentsCanBeAppealedFor15DaysRulingsDismissingTheSuitFor10OthersNot() {
        assertEquals(15, Outcome.REJECT_CLAIMS.appealDays());
        assertEquals(15, Outcome.REVOKE.appealDays());
        assertEquals(10, Outcome.DISMISS_SUIT.appealDays());
        assertEquals(0, Outcome.WITHDRAWAL_APPROVED.appealDays());
        assertEquals(0, Outcome.MEDIATION.appealDays());
        assertEquals(0, Outcome.APPEAL_REJECTED.appealDays());
    }

    @Test
    void appealCourtsGiveAppealOutcomesAndFirstInstanceCourtsDoNot() {
        assertEquals(false, Outcome.APPEAL_REJECTED.availableIn(Instance.FIRST));
        assertEquals(true, Outcome.APPEAL_REJECTED.availableIn(Instance.APPEAL));
        assertEquals(false, Outcome.REVOKE.availableIn(Instance.APPEAL));
        assertEquals(true, Outcome.REVOKE.availableIn(Instance.RETRIAL));
    }
}
