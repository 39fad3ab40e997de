package cn.fuyi.reconsideration.deadline;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.deadline.Pauses;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;

/**
 * What every deadline rule of a case reads: the case, its dated records, the working-day calendar, whether suspended
 * days are excluded (a setting: the law is silent) and the day the deadlines are judged on. Pure: nothing is read or
 * written through it.
 */
public record DeadlineContext(ReconsiderationCase c, CaseRecords records, WorkingDayCalendar cal, boolean excludeSuspension,
        LocalDate asOf) {

    public boolean arl2017() {
        return c.ruleSet == RuleSet.ARL_2017;
    }

    /** The article the rule rests on under the law that governs the case. */
    public String article(String arl2023, String arl2017) {
        return arl2017() ? arl2017 : arl2023;
    }

    public Deadline deadline(Labelled kind, Long refId, String article, LocalDate start, String startEvent, PeriodResult p,
            int extension, List<Deadline.Exclusion> exclusions, LocalDate met, DeadlineStatus forced) {
        int excluded = Pauses.days(exclusions);
        DeadlineStatus status = forced != null ? forced : status(p.due(), met);
        return new Deadline(kind, refId, article, start, startEvent, p.unit(), p.amount(), extension, exclusions, excluded,
                false, p, p.due(), met, status);
    }

    public DeadlineStatus status(LocalDate due, LocalDate met) {
        return Deadline.status(due, met, asOf);
    }
}
