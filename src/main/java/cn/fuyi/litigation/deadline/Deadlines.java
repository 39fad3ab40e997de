package cn.fuyi.litigation.deadline;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;

/** Builds a deadline counted forward from one dated event, with nothing excluded and no extension. */
final class Deadlines {

    private Deadlines() {
    }

    /** {@code forced} overrides the status judged from the due date, the date met and {@code asOf}. */
    static Deadline counted(Labelled kind, String article, LocalDate start, String startEvent, PeriodResult p, LocalDate met,
            DeadlineStatus forced, LocalDate asOf) {
        DeadlineStatus status = forced != null ? forced : Deadline.status(p.due(), met, asOf);
        return new Deadline(kind, null, article, start, startEvent, p.unit(), p.amount(), 0, List.of(), 0, false, p, p.due(),
                met, status);
    }
}
