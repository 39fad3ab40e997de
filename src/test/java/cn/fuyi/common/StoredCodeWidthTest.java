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
}
