package cn.fuyi.reconsideration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Draws case numbers per organ and year without gaps, safely across threads and service instances: the counter
 * row is incremented under its row lock inside the caller's transaction, so a rolled-back intake gives its number
 * back and concurrent intakes of the same organ and year queue on that one row (those of other organs never wait).
 * The caller draws as late as it can, so the lock is held for little more than the commit. A year's first intake
 * creates the row in a short transaction of its own.
 */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    EntityManager em;

    /** Must be called inside the transaction that stores the case. */
    public int next(long organId, int year) {
        // a plain read takes no lock; an UPDATE of a missing row would lock the gap where it belongs, and then the
        // short transaction creating the row could wait on another intake's gap lock for as long as that intake lives
        if (em.createNativeQuery("SELECT 1 FROM case_number_sequence WHERE organ_id = ?1 AND year = ?2")
                .setParameter(1, organId).setParameter(2, year).getResultList().isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT IGNORE INTO case_number_sequence (organ_id, year, last_value) VALUES (?1, ?2, 0)")
                    .setParameter(1, organId).setParameter(2, year).executeUpdate());
        }
        em.createNativeQuery("UPDATE case_number_sequence SET last_value = last_value + 1 WHERE organ_id = ?1 AND year = ?2")
                .setParameter(1, organId).setParameter(2, year).executeUpdate();
        Number n = (Number) em.createNativeQuery("SELECT last_value FROM case_number_sequence WHERE organ_id = ?1 AND year = ?2")
                .setParameter(1, organId).setParameter(2, year).getSingleResult();
        return n.intValue();
    }

    /**
     * Keeps a number given from outside (an imported ledger's case number) out of future draws: the organ's counter
     * for the year is raised to at least {@code seq}. Must be called inside the transaction that stores the case.
     */
    public void reserve(long organId, int year, int seq) {
        if (em.createNativeQuery("SELECT 1 FROM case_number_sequence WHERE organ_id = ?1 AND year = ?2")
                .setParameter(1, organId).setParameter(2, year).getResultList().isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT IGNORE INTO case_number_sequence (organ_id, year, last_value) VALUES (?1, ?2, 0)")
                    .setParameter(1, organId).setParameter(2, year).executeUpdate());
        }
        em.createNativeQuery("UPDATE case_number_sequence SET last_value = GREATEST(last_value, ?3) WHERE organ_id = ?1 AND year = ?2")
                .setParameter(1, organId).setParameter(2, year).setParameter(3, seq).executeUpdate();
    }
}
