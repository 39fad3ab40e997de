package cn.fuyi.casefile.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The respondent's evidence and its reply period (ARL 48, 54, 70) and supplementary evidence (ARL 46 ¶2). */
class EvidenceRulesTest {

    private static final LocalDate DUE = LocalDate.parse("2026-03-19");

    @Test
    void theRespondentsEvidenceIsJudgedAgainstTheReplyPeriodArl48Arl70() {
        assertEquals(EvidenceTimeliness.IN_TIME, EvidenceRules.timeliness(SubmitterRole.RESPONDENT, false, DUE, DUE));
        assertEquals(EvidenceTimeliness.LATE, EvidenceRules.timeliness(SubmitterRole.RESPONDENT, false, DUE.plusDays(1), DUE));
        assertEquals(EvidenceTimeliness.REPLY_PERIOD_UNKNOWN, EvidenceRules.timeliness(SubmitterRole.RESPONDENT, false, DUE, null));
    }

    @Test
    void aPermittedSupplementIsNotLateAndTheApplicantsEvidenceHasNoPeriodArl46() {
        assertEquals(EvidenceTimeliness.PERMITTED_SUPPLEMENT,
                EvidenceRules.timeliness(SubmitterRole.RESPONDENT, true, DUE.plusDays(20), DUE));
        assertEquals(EvidenceTimeliness.NOT_APPLICABLE, EvidenceRules.timeliness(SubmitterRole.APPLICANT, false, DUE.plusDays(20), DUE));
        assertTrue(EvidenceRules.needsPermission(SubmitterRole.RESPONDENT, true));
        assertFalse(EvidenceRules.needsPermission(SubmitterRole.RESPONDENT, false));
        assertFalse(EvidenceRules.needsPermission(SubmitterRole.THIRD_PARTY, false));
    }

    @Test
    void theEightKindsOfArl43() {
        assertEquals(8, EvidenceType.values().length);
        assertEquals("勘验笔录、现场笔录", EvidenceType.INSPECTION_RECORD.labelZh());
    }
}
