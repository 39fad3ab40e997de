package cn.fuyi.litigation.deadline;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.Pauses;
import cn.fuyi.litigation.Instance;

/**
 * 审理期限, the court's time limit for deciding: a first instance within 6 months of docketing (ALL 81), 45 days under
 * the simplified procedure (ALL 83), an appeal within 3 months (ALL 88); a retrial under the first- or second-instance
 * procedure has that procedure's period (法释〔2018〕1号 art. 50 ¶2; Fuyi applies the first-instance one). The periods
 * the court does not count (art. 50 ¶1: notice by publication, appraisal, mediation, suspension, jurisdiction) are
 * its business: the dates it gives are recorded ({@link CourtExclusion}) and lengthen the expected date, a day given
 * twice counting once. Met on the day of the judgment, ruling or mediation.
 */
public final class TrialDeadline {

    private TrialDeadline() {
    }

    /** The period and the article for a lawsuit of this instance and procedure. */
    static StatutoryPeriod period(Instance instance, boolean simplified) {
        if (instance == Instance.APPEAL) {
            return StatutoryPeriod.months(3);
        }
        return simplified ? StatutoryPeriod.calendarDays(45) : StatutoryPeriod.months(6);
    }

    static String article(Instance instance, boolean simplified) {
        return instance == Instance.APPEAL ? "ALL 88" : simplified ? "ALL 83" : "ALL 81";
    }

    public static Deadline of(Instance instance, boolean simplified, LocalDate filed, List<CourtExclusion> excluded,
            LocalDate decided, WorkingDayCalendar cal, LocalDate asOf) {
        // the days from each period's first day to its last, both included; a day given twice counts once
        List<Deadline.Exclusion> exclusions = Pauses.exclusions(excluded.stream()
                .map(x -> new Pauses.Pause(x.fromDate, x.toDate, x.toDate.plusDays(1), x.ground, false)).toList());
        int extra = Pauses.days(exclusions);
        PeriodResult p = period(instance, simplified).from(filed, extra, cal);
        return new Deadline(LawsuitDeadlineKind.TRIAL, null, article(instance, simplified), filed, "FILED", p.unit(), p.amount(), 0,
                exclusions, extra, false, p, p.due(), decided, Deadline.status(p.due(), decided, asOf));
    }
}
