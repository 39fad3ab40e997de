package cn.fuyi.reminder;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Sends the e-mail and webhook reminders that are due, each claimed first so that two workers (two instances, or a
 * run that overlaps another) never both send it. Sending happens outside any transaction; the outcome is recorded
 * after it. A worker that dies between sending and recording leaves the reminder claimed, and it is sent again once
 * the claim times out: at least once in that one case, exactly once otherwise.
 */
@ApplicationScoped
public class ReminderDelivery {

    private static final Logger LOG = Logger.getLogger(ReminderDelivery.class);

    private final String worker = "fuyi-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    DeliveryStore store;
    @Inject
    EmailSender email;
    @Inject
    WebhookSender webhook;

    /** Answers how many reminders this run delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (long id : store.due()) {
            Reminder r = store.claim(id, worker);
            if (r == null) {
                continue;
            }
            try {
                ReminderPreference to = store.preference(r.recipient);
                switch (r.channel) {
                    case EMAIL -> email.send(r, to);
                    case WEBHOOK -> webhook.send(r, to);
                    case INBOX -> {
                        // stored is delivered
                    }
                }
                store.delivered(id);
                delivered++;
            } catch (DeliveryException e) {
                LOG.warnf("Reminder %d (%s to %s) not delivered, attempt %d: %s", id, r.channel, r.recipient, r.attempts,
                        e.getMessage());
                store.failed(id, e.getMessage(), e.permanent());
            }
        }
        return delivered;
    }
}
