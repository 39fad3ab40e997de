package cn.fuyi.litigation.deadline;

import java.time.LocalDate;

import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.litigation.outcome.Outcome;

/**
 * 上诉期限: a party may appeal a first-instance judgment within 15 days of its service, an appealable ruling within
 * 10 days (ALL 85); {@link Outcome#appealDays()} says which. Met by an appeal filed; once the outcome became final,
 * or the period passed without an appeal, it lapsed.
 */
public final class AppealDeadline {

    public static final String ARTICLE = "ALL 85";

    private AppealDeadline() {
    }

    /** Only for an outcome that can be appealed ({@code outcome.appealDays() > 0}). */
    public static Deadline of(Outcome outcome, LocalDate outcomeServed, LocalDate appealFiled, boolean becameFinal,
            WorkingDayCalendar cal, LocalDate asOf) {
        var p = StatutoryPeriod.calendarDays(outcome.appealDays()).from(outcomeServed, cal);
        DeadlineStatus forced = appealFiled == null && (becameFinal || asOf.isAfter(p.due())) ? DeadlineStatus.LAPSED : null;
        return Deadlines.counted(LawsuitDeadlineKind.APPEAL_WINDOW, ARTICLE, outcomeServed, "OUTCOME_SERVED", p, appealFiled,
                forced, asOf);
    }
}
