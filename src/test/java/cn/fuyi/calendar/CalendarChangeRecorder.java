package cn.fuyi.calendar;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Observes calendar changes the way a deadline feature would: after commit, reading the current calendar. */
@ApplicationScoped
public class CalendarChangeRecorder {

    /** A change as the observer saw it: the year, and whether the calendar it then read had that year published. */
    public record Seen(int year, boolean publishedInCurrentCalendar) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Inject
    CalendarService calendar;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        seen.add(new Seen(change.year(), calendar.current().isPublished(change.year())));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}
