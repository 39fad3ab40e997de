package cn.fuyi.reconsideration.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fuyi.common.ApiException;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.suspension.Suspension;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/** What a decision may say, one row per article and situation. */
class DecisionRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-05-09");

    @ParameterizedTest(name = "{0}: {1} in a {2} case, claim={3}, compensation={4}, property={5}, procedure-only={6} -> {7}")
    @CsvSource(nullValues = "-", textBlock = """
            ARL 69,     REJECT_REQUEST,      FAILURE_TO_PERFORM,     false, -,        false, false, OK
            ARL 69,     REJECT_REQUEST,      ADMINISTRATIVE_PENALTY, false, -,        false, false, REJECT_REQUEST_ONLY_FOR_NON_PERFORMANCE
            ARL 68,     UPHOLD,              ADMINISTRATIVE_PENALTY, false, -,        false, false, OK
            ARL 72 ¶1,  UPHOLD,              ADMINISTRATIVE_PENALTY, true,  -,        false, false, VALIDATION_FAILED
            ARL 72 ¶1,  UPHOLD,              ADMINISTRATIVE_PENALTY, true,  REJECTED, false, false, OK
            ARL 72 ¶1,  UPHOLD,              ADMINISTRATIVE_PENALTY, true,  AWARDED,  false, false, COMPENSATION_AWARD_NOT_APPLICABLE
            ARL 72 ¶1,  REVOKE,              ADMINISTRATIVE_PENALTY, true,  AWARDED,  false, false, OK
            ARL 72 ¶1,  REVOKE,              ADMINISTRATIVE_PENALTY, false, AWARDED,  false, false, NO_COMPENSATION_CLAIM
            ARL 72 ¶1,  REJECT_COMPENSATION, ADMINISTRATIVE_PENALTY, false, -,        false, false, NO_COMPENSATION_CLAIM
            ARL 72 ¶1,  REJECT_COMPENSATION, STATE_COMPENSATION,     false, -,        false, false, OK
            ARL 72 ¶1,  REJECT_COMPENSATION, STATE_COMPENSATION,     false, AWARDED,  false, false, COMPENSATION_OUTCOME_CONTRADICTS
            ARL 72 ¶1,  DISMISS_APPLICATION, ADMINISTRATIVE_PENALTY, true,  -,        false, false, OK
            ARL 72 ¶2,  ALTER,               ADMINISTRATIVE_PENALTY, false, -,        true,  false, OK
            ARL 72 ¶2,  CONFIRM_ILLEGAL,     ADMINISTRATIVE_PENALTY, false, -,        true,  false, PROPERTY_RETURN_NOT_APPLICABLE
            2018-1 §22, CONFIRM_ILLEGAL,     ADMINISTRATIVE_PENALTY, false, -,        false, true,  OK
            2018-1 §22, REVOKE,              ADMINISTRATIVE_PENALTY, false, -,        false, true,  PROCEDURE_ONLY_NOT_APPLICABLE
            """)
    void theDecisionSaysOnlyWhatTheLawAllows(String article, DecisionType type, String category, boolean claim,
            CompensationOutcome outcome, boolean property, boolean procedureOnly, String expected) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.state = CaseState.IN_REVIEW;
        c.actCategory = category;
        c.compensationRequested = claim;
        var asked = new DecisionRules.Asked(DAY, type, false, null, false, procedureOnly, false, property, outcome);
        if ("OK".equals(expected)) {
            DecisionRules.check(c, asked, null);
        } else {
            ApiException e = assertThrows(ApiException.class, () -> DecisionRules.check(c, asked, null), article);
            assertEquals(expected, e.code(), article);
        }
    }

    @ParameterizedTest(name = "ARL 41 ¶1(五): suspended on {0} since {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            APPLICANT_DIED,          2026-03-10, OK
            APPLICANT_DIED,          2026-03-11, SUSPENSION_NOT_60_DAYS
            APPLICANT_INCAPACITATED, 2026-03-10, OK
            ORGANISATION_TERMINATED, 2026-03-10, OK
            APPLICANT_MISSING,       2026-03-10, TERMINATION_NEEDS_SUSPENSION_GROUND
            FORCE_MAJEURE,           2026-01-10, TERMINATION_NEEDS_SUSPENSION_GROUND
            """)
    void sixtyDaysOfSuspensionOnGround124EndTheCase(SuspensionGround ground, LocalDate started, String expected) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.state = CaseState.SUSPENDED;
        c.actCategory = "ADMINISTRATIVE_PENALTY";
        Suspension s = new Suspension();
        s.ground = ground;
        s.startedDate = started;
        var asked = new DecisionRules.Asked(DAY, DecisionType.TERMINATION, false, TerminationGround.SUSPENSION_EXCEEDED_60_DAYS,
                false, false, false, false, null);
        if ("OK".equals(expected)) {
            DecisionRules.check(c, asked, s);
        } else {
            ApiException e = assertThrows(ApiException.class, () -> DecisionRules.check(c, asked, s));
            assertEquals(expected, e.code());
        }
    }
}
