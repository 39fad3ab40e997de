package cn.fuyi.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.fuyi.litigation.deadline.LawsuitDeadlineKind;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The deadline kinds a case or lawsuit stores by name fit the columns that hold them, as the migrated database
 * declares them: a kind added by a new procedure must never make a step fail on a truncated value.
 */
@QuarkusTest
class StoredCodeWidthTest {

    @Inject
    EntityManager em;

    private int width(String table, String column) {
        Number n = (Number) em.createNativeQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?1 AND COLUMN_NAME = ?2")
                .setParameter(1, table).setParameter(2, column).getSingleResult();
        return n.intValue();
    }

    private static int longest(Enum<?>[] values) {
        return Arrays.stream(values).mapToInt(v -> v.name().length()).max().orElse(0);
    }

    @Test
    void everyCaseDeadlineKindFitsItsColumn() {
        int column = width("reconsideration_case", "next_deadline_kind");
        assertTrue(longest(DeadlineKind.values()) <= column, "next_deadline_kind holds " + column + " characters");
    }

    @Test
    void everyLawsuitDeadlineKindFitsItsColumn() {
        int column = width("lawsuit", "next_deadline_kind");
        assertTrue(longest(LawsuitDeadlineKind.values()) <= column, "next_deadline_kind holds " + column + " characters");
    }

    @Test
    void everyCaseFileRegisterCodeFitsItsColumn() {
        Object[][] columns = {
                { "evidence_item", "evidence_type", cn.fuyi.casefile.evidence.EvidenceType.values() },
                { "evidence_item", "submitter_role", cn.fuyi.casefile.evidence.SubmitterRole.values() },
                { "evidence_item", "review_status", cn.fuyi.casefile.evidence.EvidenceReviewStatus.values() },
                { "file_inspection", "requester_role", cn.fuyi.casefile.inspection.RequesterRole.values() },
                { "file_inspection", "outcome", cn.fuyi.casefile.inspection.InspectionOutcome.values() },
                { "file_inspection", "refusal_ground", cn.fuyi.casefile.inspection.InspectionRefusalGround.values() },
                { "service_record", "recipient_role", cn.fuyi.casefile.service.RecipientRole.values() },
                { "service_record", "method", cn.fuyi.casefile.service.ServiceMethod.values() },
                { "audit_record", "subject_type", cn.fuyi.audit.SubjectType.values() },
                { "statistics_job", "kind", cn.fuyi.statistics.job.StatisticsJobKind.values() },
                { "statistics_job", "active_kind", cn.fuyi.statistics.job.StatisticsJobKind.values() },
                { "statistics_job", "state", cn.fuyi.statistics.job.StatisticsJobState.values() } };
        for (Object[] c : columns) {
            int column = width((String) c[0], (String) c[1]);
            assertTrue(longest((Enum<?>[]) c[2]) <= column, c[0] + "." + c[1] + " holds " + column + " characters");
        }
    }
}
