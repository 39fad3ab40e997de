package cn.fuyi.litigation.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import cn.fuyi.calendar.CalendarChanged;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.resilience.RetryingTransactions;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Recomputes the stored deadlines of open lawsuits when the holiday calendar changes. */
@ApplicationScoped
public class LawsuitDeadlineRefresher {

    @Inject
    LitigationService service;
    @Inject
    RetryingTransactions transactions;

    /** In a transaction of its own, as in {@link cn.fuyi.reconsideration.DeadlineRefresher}. */
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        transactions.supply("LawsuitDeadlineRefresher.onCalendarChanged",
                () -> QuarkusTransaction.requiringNew().call(service::refreshOpenLawsuits));
    }
}
