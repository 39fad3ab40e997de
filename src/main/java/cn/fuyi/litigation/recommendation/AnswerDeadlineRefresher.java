package cn.fuyi.litigation.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import cn.fuyi.calendar.CalendarChanged;
import cn.fuyi.resilience.RetryingTransactions;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Moves the statutory answer due dates of open recommendations when the holiday calendar changes. */
@ApplicationScoped
public class AnswerDeadlineRefresher {

    @Inject
    RecommendationService service;
    @Inject
    RetryingTransactions transactions;

    /** In a transaction of its own, as the lawsuits' and cases' refreshers do. */
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        transactions.supply("AnswerDeadlineRefresher.onCalendarChanged",
                () -> QuarkusTransaction.requiringNew().call(service::refreshStatutoryDueDates));
    }
}
