package cn.fuyi.litigation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.deadline.Pauses;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitState;

/**
 * The deadlines of one lawsuit. Pure: the lawsuit's dates, the calendar and the day to judge on go in.
 * <ul>
 * <li>Report to the bureau: N working days after service (a local rule, {@code fuyi.litigation.report-working-days}).</li>
 * <li>Defence and evidence: 15 days after the complaint is served (ALL 67).</li>
 * <li>Trial: first instance 6 months from docketing, 45 days if simplified (ALL 81, 83); appeal 3 months (ALL 88).
 * The periods the court does not count (法释〔2018〕1号 art. 50: publication, appraisal, mediation, suspension,
 * jurisdiction) are its business; the dates it gives are recorded and lengthen the expected date, a day given twice
 * counting once.</li>
 * <li>Appeal window: 15 days after a judgment is served, 10 after an appealable ruling (ALL 85).</li>
 * </ul>
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
            list.add(defence());
        }
        list.add(trial());
        if (s.outcome != null && s.outcome.appealDays() > 0 && s.outcomeServedDate != null) {
            list.add(appealWindow());
        }
        return list;
    }

    public Deadline report() {
        PeriodResult p = StatutoryPeriod.workingDays(reportWorkingDays).from(s.servedDate, cal);
        return deadline(LawsuitDeadlineKind.REPORT, "fuyi.litigation.report-working-days", s.servedDate,
                "COMPLAINT_SERVED", p, s.reportedDate, null);
    }

    Deadline defence() {
        PeriodResult p = StatutoryPeriod.calendarDays(15).from(s.servedDate, cal);
        return deadline(LawsuitDeadlineKind.DEFENCE, "ALL 67", s.servedDate, "COMPLAINT_SERVED", p, s.defenceDate,
                s.defenceDate == null && s.outcomeDate != null ? DeadlineStatus.LAPSED : null);
    }

    Deadline trial() {
        StatutoryPeriod period;
        String article;
        if (s.instance == Instance.APPEAL) {
            period = StatutoryPeriod.months(3);
            article = "ALL 88";
        } else if (s.simplified) {
            period = StatutoryPeriod.calendarDays(45);
            article = "ALL 83";
        } else {
            period = StatutoryPeriod.months(6);
            article = "ALL 81";
        }
        // the days from each period's first day to its last, both included; a day given twice counts once
        List<Deadline.Exclusion> excluded = Pauses.exclusions(exclusions.stream()
                .map(x -> new Pauses.Pause(x.fromDate, x.toDate, x.toDate.plusDays(1), x.ground, false)).toList());
        int extra = Pauses.days(excluded);
        PeriodResult p = period.from(s.filedDate, extra, cal);
        DeadlineStatus status = Deadline.status(p.due(), s.outcomeDate, asOf);
        return new Deadline(LawsuitDeadlineKind.TRIAL, null, article, s.filedDate, "FILED", p.unit(), p.amount(), 0, excluded, extra,
                false, p, p.due(), s.outcomeDate, status);
    }

    public Deadline appealWindow() {
        PeriodResult p = StatutoryPeriod.calendarDays(s.outcome.appealDays()).from(s.outcomeServedDate, cal);
        DeadlineStatus forced = null;
        LocalDate met = null;
        if (appealFiledOn != null) {
            met = appealFiledOn;
        } else if (s.state == LawsuitState.FINAL || asOf.isAfter(p.due())) {
            forced = DeadlineStatus.LAPSED;
        }
        return deadline(LawsuitDeadlineKind.APPEAL_WINDOW, "ALL 85", s.outcomeServedDate, "OUTCOME_SERVED", p, met, forced);
    }

    private Deadline deadline(LawsuitDeadlineKind kind, String article, LocalDate start, String startEvent,
            PeriodResult p, LocalDate met, DeadlineStatus forced) {
        DeadlineStatus status = forced != null ? forced : Deadline.status(p.due(), met, asOf);
        return new Deadline(kind, null, article, start, startEvent, p.unit(), p.amount(), 0, List.of(), 0, false, p,
                p.due(), met, status);
    }
}
