package cn.fuyi.litigation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitState;

/**
 * The deadlines of one lawsuit, each from the rule that owns it: {@link ReportDeadline} (a local rule),
 * {@link DefenceDeadline} (ALL 67), {@link TrialDeadline} (ALL 81, 83, 88) and {@link AppealDeadline} (ALL 85). Pure:
 * the lawsuit's dates, the calendar and the day to judge on go in.
 */
public final class LawsuitDeadlines {

    private final Lawsuit s;
    private final WorkingDayCalendar cal;
    private final int reportWorkingDays;
    private final LocalDate appealFiledOn;
    private final List<CourtExclusion> exclusions;
    private final LocalDate asOf;

    public LawsuitDeadlines(Lawsuit s, WorkingDayCalendar cal, int reportWorkingDays, LocalDate appealFiledOn,
            List<CourtExclusion> exclusions, LocalDate asOf) {
        this.s = s;
        this.cal = cal;
        this.reportWorkingDays = reportWorkingDays;
        this.appealFiledOn = appealFiledOn;
        this.exclusions = exclusions;
        this.asOf = asOf;
    }

    public List<Deadline> all() {
        List<Deadline> list = new ArrayList<>();
        if (s.servedDate != null) {
            list.add(report());
            list.add(DefenceDeadline.of(s.servedDate, s.defenceDate, s.outcomeDate, cal, asOf));
        }
        list.add(TrialDeadline.of(s.instance, s.simplified, s.filedDate, exclusions, s.outcomeDate, cal, asOf));
        if (s.outcome != null && s.outcome.appealDays() > 0 && s.outcomeServedDate != null) {
            list.add(appealWindow());
        }
        return list;
    }

    public Deadline report() {
        return ReportDeadline.of(s.servedDate, reportWorkingDays, s.reportedDate, cal, asOf);
    }

    public Deadline appealWindow() {
        return AppealDeadline.of(s.outcome, s.outcomeServedDate, appealFiledOn, s.state == LawsuitState.FINAL, cal, asOf);
    }
}
