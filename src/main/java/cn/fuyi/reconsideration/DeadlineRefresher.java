package cn.fuyi.reconsideration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.fuyi.calendar.CalendarChanged;
import cn.fuyi.resilience.RetryingTransactions;

/**
 * When an administrator loads or corrects a year of the holiday calendar, the stored deadlines of open cases
 * (worklists, the decision deadline) are recomputed with it.
 */
@ApplicationScoped
public class DeadlineRefresher {

    private static final Logger LOG = Logger.getLogger(DeadlineRefresher.class);

    @Inject
    ReconsiderationService service;
    @Inject
    RetryingTransactions transactions;

    /**
     * Runs after the calendar's transaction committed, which is still associated with the thread: the refresh
     * needs a transaction of its own, and is retried on a transient failure like any other.
     */
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        int n = transactions.supply("DeadlineRefresher.onCalendarChanged",
                () -> QuarkusTransaction.requiringNew().call(service::refreshOpenCases));
        LOG.infof("Calendar %d changed: deadlines of %d cases recomputed", change.year(), n);
    }
}
