package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.deadline.Pauses;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.review.ProcedureType;

/**
 * The decision period (审理期限): 60 days from acceptance in the ordinary procedure, extended by at most 30 days in
 * total; 30 days in the simplified procedure, never extended (ARL 62). Under the 2017 law: 60 days, extended by at
 * most 30 (ARL 2017 art. 31). Days that do not count: site inspection and appraisal (Regulations 2007 arts. 34, 37)
 * and, by a setting on by default (the law is silent), suspension; an open one pauses the deadline and a day
 * covered twice counts once.
 */
public final class DecisionPeriod {

    /** "延长期限最多不得超过三十日" (ARL 62 ¶1; ARL 2017 art. 31 ¶1): all extensions together. */
    public static final int MAX_EXTENSION_DAYS = 30;

    private DecisionPeriod() {
    }

    public static Deadline of(DeadlineContext x) {
        var c = x.c();
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        int days = simplified ? 30 : 60;
        int extension = !simplified && c.extensionDays != null ? c.extensionDays : 0;
        LocalDate openEnd = c.concludedDate != null ? c.concludedDate : x.asOf();
        List<Pauses.Pause> pauses = new ArrayList<>();
        if (x.excludeSuspension()) {
            x.records().suspensions().forEach(s -> pauses.add(pause(s.startedDate, s.resumedDate, openEnd, s.ground)));
        }
        x.records().excludedPeriods().forEach(p -> pauses.add(pause(p.startedDate, p.endedDate, openEnd, p.kind)));
        boolean paused = c.concludedDate == null && pauses.stream().anyMatch(Pauses.Pause::ongoing);
        List<Deadline.Exclusion> exclusions = Pauses.exclusions(pauses);
        int excluded = Pauses.days(exclusions);
        PeriodResult p = StatutoryPeriod.calendarDays(days).from(c.acceptedDate, extension + excluded, x.cal());
        return x.deadline(DeadlineKind.DECISION, null, x.article("ARL 62", "ARL 2017 art. 31"), c.acceptedDate,
                c.acceptanceKind == AcceptanceKind.DEEMED ? "DEEMED_ACCEPTED" : "ACCEPTED", p, extension, exclusions,
                c.concludedDate, paused ? DeadlineStatus.PAUSED : null);
    }

    private static Pauses.Pause pause(LocalDate started, LocalDate ended, LocalDate openEnd, Labelled reason) {
        LocalDate end = ended != null ? ended : openEnd;
        return new Pauses.Pause(started, end, end, reason, ended == null);
    }
}
