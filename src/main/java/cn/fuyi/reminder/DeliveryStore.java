package cn.fuyi.reminder;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fuyi.common.TimeSource;

/**
 * The delivery worker's short transactions: which deliveries are due, claiming one (only one worker anywhere gets a
 * given reminder), and recording the outcome with the next attempt's time after a failure.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    EntityManager em;
    @Inject
    TimeSource time;
    @Inject
    ReminderConfig config;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> due() {
        Instant now = time.now();
        List<Number> ids = em.createNativeQuery("SELECT id FROM reminder WHERE (status = 'PENDING' AND next_attempt_at <= ?1)"
                + " OR (status = 'SENDING' AND claimed_at <= ?2) ORDER BY id")
                .setParameter(1, ReminderPlanner.timestamp(now))
                .setParameter(2, ReminderPlanner.timestamp(now.minus(config.claimTimeout()))).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Claims the reminder for this worker: an update that only one of two racing workers can make (the second finds
     * the row no longer pending once the first commits). Answers the claimed reminder, or null.
     */
    @Transactional
    public Reminder claim(long id, String worker) {
        Instant now = time.now();
        int n = em.createNativeQuery("UPDATE reminder SET status = 'SENDING', claimed_by = ?1, claimed_at = ?2,"
                + " attempts = attempts + 1 WHERE id = ?3 AND ((status = 'PENDING' AND next_attempt_at <= ?2)"
                + " OR (status = 'SENDING' AND claimed_at <= ?4))")
                .setParameter(1, worker).setParameter(2, ReminderPlanner.timestamp(now)).setParameter(3, id)
                .setParameter(4, ReminderPlanner.timestamp(now.minus(config.claimTimeout()))).executeUpdate();
        if (n != 1) {
            return null;
        }
        Reminder r = Reminder.findById(id);
        em.refresh(r);
        em.detach(r);
        return r;
    }

    /**
     * The outcome of an attempt. Delivery state is written with plain updates, like the claim: the reminder row is
     * itself the record of the delivery, and an audit record per attempt would only repeat it.
     */
    @Transactional
    public void delivered(long id) {
        em.createNativeQuery("UPDATE reminder SET status = 'SENT', sent_at = ?1, last_error = NULL, next_attempt_at = NULL"
                + " WHERE id = ?2").setParameter(1, ReminderPlanner.timestamp(time.now())).setParameter(2, id).executeUpdate();
    }

    /** A failed attempt: retried after retryBase × 2^(attempts − 1), or given up after maxAttempts. */
    @Transactional
    public void failed(long id, String reason, boolean permanent) {
        Number attempts = (Number) em.createNativeQuery("SELECT attempts FROM reminder WHERE id = ?1").setParameter(1, id)
                .getSingleResult();
        int n = attempts.intValue();
        boolean giveUp = permanent || n >= config.maxAttempts();
        String next = giveUp ? null
                : ReminderPlanner.timestamp(time.now().plus(config.retryBase().multipliedBy(1L << Math.min(n - 1, 20))));
        em.createNativeQuery("UPDATE reminder SET status = ?1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?4")
                .setParameter(1, (giveUp ? ReminderStatus.FAILED : ReminderStatus.PENDING).name())
                .setParameter(2, ReminderTexts.clip(reason, 500)).setParameter(3, next).setParameter(4, id).executeUpdate();
    }

    @Transactional
    public ReminderPreference preference(String username) {
        ReminderPreference p = ReminderPreference.of(username);
        if (p != null) {
            em.detach(p);
        }
        return p;
    }
}
