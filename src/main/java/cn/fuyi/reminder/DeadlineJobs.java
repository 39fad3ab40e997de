package cn.fuyi.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import cn.fuyi.calendar.CalendarChanged;
import cn.fuyi.reconsideration.acceptance.DeemedAcceptance;
import cn.fuyi.reconsideration.acceptance.DeemedAcceptance.DeemedAccepted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * The jobs that make deadlines act, on Quartz with its clustered JDBC store: each firing runs on one instance of the
 * cluster, and {@link Nonconcurrent} keeps two runs of one job from overlapping anywhere. Their schedules are in
 * {@code fuyi.jobs.*}. What they do is safe to repeat: a repeated run finds nothing new to do.
 */
@ApplicationScoped
public class DeadlineJobs {

    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class);

    @Inject
    DeemedAcceptance deemedAcceptance;
    @Inject
    ReminderPlanner planner;
    @Inject
    ReminderDelivery delivery;

    /** Deemed acceptance (ARL 30 ¶3), with catch-up of periods that ended while no instance ran. */
    @Scheduled(identity = "fuyi-deemed-acceptance", cron = "${fuyi.jobs.deemed-acceptance.cron}",
            timeZone = "Asia/Shanghai")
    @Nonconcurrent
    @ActivateRequestContext
    public void deemedAcceptance() {
        deemedAcceptance.run();
    }

    /** Plans today's reminders and sends those due, retries included. */
    @Scheduled(identity = "fuyi-reminders", cron = "${fuyi.jobs.reminders.cron}", timeZone = "Asia/Shanghai")
    @Nonconcurrent
    @ActivateRequestContext
    public void reminders() {
        int planned = planner.plan();
        int sent = delivery.deliverDue();
        if (planned + sent > 0) {
            LOG.infof("Reminders: %d planned, %d delivered", planned, sent);
        }
    }

    /** Each person's daily digest. */
    @Scheduled(identity = "fuyi-reminder-digest", cron = "${fuyi.jobs.digest.cron}", timeZone = "Asia/Shanghai")
    @Nonconcurrent
    @ActivateRequestContext
    public void digest() {
        planner.planDigests();
        delivery.deliverDue();
    }

    @ActivateRequestContext
    void onDeemedAccepted(@Observes DeemedAccepted e) {
        planner.tellDeemedAccepted(e);
    }

    /**
     * A corrected calendar moves deadlines: reminders not yet sent for the old dates are cancelled and the new dates'
     * reminders planned, once the calendar's transaction committed (a new transaction, as the old one is over).
     */
    @ActivateRequestContext
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        try {
            int n = QuarkusTransaction.requiringNew().call(planner::plan);
            LOG.infof("Calendar %d changed: reminders recomputed, %d new", change.year(), n);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Calendar %d changed: reminders not recomputed now; the next reminder run does it", change.year());
        }
    }
}
