package cn.fuyi.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.calendar.CalendarService;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.deadline.CaseDeadlines;
import cn.fuyi.security.UserScope;

/**
 * What every procedure's steps share: the case engine that runs a step in one transaction (version check, the step
 * table, event, deadlines, audit and feed), the clock, the caller, and the date checks the law asks of most steps.
 */
public abstract class ProcedureSteps {

    @Inject
    protected ReconsiderationService cases;
    @Inject
    protected TimeSource time;
    @Inject
    protected CurrentUser user;
    @Inject
    protected CalendarService calendar;
    @Inject
    protected AuditLog audit;
    @Inject
    protected UserScope scope;

    protected ReconsiderationCase step(long id, Transition t, VersionCheck check, Function<ReconsiderationCase, EventData> body) {
        return cases.step(id, t, check, body);
    }

    protected List<Deadline> deadlines(ReconsiderationCase c, LocalDate asOf) {
        return cases.deadlines(c, asOf);
    }

    protected CaseDeadlines deadlineCalculator(ReconsiderationCase c, LocalDate asOf) {
        return cases.deadlineCalculator(c, asOf);
    }

    protected void notInFuture(Transition t, LocalDate date) {
        Lifecycle.notInFuture(t, date, time.today());
    }

    protected static void notBefore(Transition t, LocalDate date, DateFact fact, LocalDate earlier) {
        Lifecycle.notBefore(t, date, fact, earlier);
    }

    protected static Map<String, Object> details(Object... kv) {
        return EventRecorder.details(kv);
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
