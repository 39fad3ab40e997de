package cn.fuyi.reconsideration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import cn.fuyi.calendar.CalendarChanged;

/**
 * When an administrator loads or corrects a year of the holiday calendar, the stored deadlines of open cases
 * (worklists, the decision deadline) are recomputed with it.
 */
@ApplicationScoped
public class DeadlineRefresher {

    private static final Logger LOG = Logger.getLogger(DeadlineRefresher.class);

    @Inject
    ReconsiderationService service;

    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        int n = service.refreshOpenCases();
        LOG.infof("Calendar %d changed: deadlines of %d cases recomputed", change.year(), n);
    }
}
