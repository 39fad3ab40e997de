package cn.fuyi.litigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import cn.fuyi.calendar.CalendarChanged;

/** Recomputes the stored deadlines of open lawsuits when the holiday calendar changes. */
@ApplicationScoped
public class LawsuitDeadlineRefresher {

    @Inject
    LitigationService service;

    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        service.refreshOpenLawsuits();
    }
}
