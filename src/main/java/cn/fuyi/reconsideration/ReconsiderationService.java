package cn.fuyi.reconsideration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.audit.SubjectType;
import cn.fuyi.calendar.CalendarService;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.LifecycleEngine;
import cn.fuyi.lifecycle.LifecycleEvent;
import cn.fuyi.reconsideration.deadline.CaseDeadlines;
import cn.fuyi.reconsideration.deadline.CaseRecords;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.intake.ApplicationPeriod;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.performance.Obligations;

/**
 * Intake and the lifecycle of reconsideration cases. Every change of a case goes through {@link #step}: it checks
 * the caller's version, asks {@link Transition} whether the step is allowed, lets the step check its statutory
 * conditions and record its facts, writes the event and recomputes the deadlines, all in one transaction.
 */
@ApplicationScoped
public class ReconsiderationService extends LifecycleEngine<ReconsiderationCase, CaseState, Transition> {

    @Inject
    CalendarService calendar;

    @ConfigProperty(name = "fuyi.deadlines.exclude-suspension", defaultValue = "true")
    boolean excludeSuspension;

    public ReconsiderationCase find(long id) {
        ReconsiderationCase c = ReconsiderationCase.findById(id);
        if (c == null || !visible(c)) {
            throw ApiException.notFound("CASE_NOT_FOUND", id);
        }
        return c;
    }

    /** Reading a case's personal data is itself recorded in the audit trail. */
    @Transactional
    public ReconsiderationCase read(long id) {
        ReconsiderationCase c = find(id);
        auditRead(c);
        return c;
    }

    /** Whether the current user may see the case: one of their organs', or for agency staff, their agency's. */
    public boolean visible(ReconsiderationCase c) {
        return scope.agencyOnly() ? c.respondentId == scope.respondentId() : scope.seesOrgan(c.organId);
    }

    // ---- the engine ------------------------------------------------------------------------------------------

    /** Runs one step on the case: see {@link cn.fuyi.lifecycle.LifecycleEngine#run}. */
    public ReconsiderationCase step(long id, Transition t, VersionCheck check,
            Function<ReconsiderationCase, EventData> body) {
        return run(find(id), t, check, body);
    }

    @Override
    protected SubjectType subject() {
        return SubjectType.RECONSIDERATION_CASE;
    }

    @Override
    protected List<Transition> allowedIn(CaseState state) {
        return Transition.allowedIn(state);
    }

    @Override
    protected LifecycleEvent newEvent(ReconsiderationCase c, Transition t, CaseState from) {
        CaseEvent ev = new CaseEvent();
        ev.caseId = c.id;
        ev.transition = t;
        ev.fromState = from;
        ev.toState = t.target(from == null ? CaseState.RECEIVED : from);
        return ev;
    }

    @Override
    protected String ownerField() {
        return "caseId";
    }

    @Override
    public String feedType(Transition t) {
        return switch (t) {
            case RECEIVE -> "CASE_RECEIVED";
            case CONCLUDE, DISMISS_APPLICATION -> "CASE_DECIDED";
            case UPDATE_DETAILS -> "CASE_UPDATED";
            default -> "CASE_TRANSITION";
        };
    }

    @Override
    public Map<String, Object> feedPayload(ReconsiderationCase c, Transition t, CaseState from, LocalDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", c.caseNumber);
        m.put("transition", t.name());
        if (from != null) {
            m.put("fromState", from.name());
        }
        m.put("toState", c.state.name());
        m.put("date", date.toString());
        if (c.decisionType != null && (t == Transition.CONCLUDE || t == Transition.DISMISS_APPLICATION)) {
            m.put("decisionType", c.decisionType.name());
            m.put("correction", c.decisionType.correction());
        }
        return m;
    }

    /** Recomputes the stored decision deadline, next due date and obligations' due dates from the case's facts. */
    @Override
    public void refreshDeadlines(ReconsiderationCase c) {
        List<Deadline> all = deadlines(c, time.today());
        c.decisionDueDate = all.stream().filter(d -> d.kind() == DeadlineKind.DECISION).map(Deadline::due)
                .findFirst().orElse(null);
        c.applicationLastDay = all.stream().filter(d -> d.kind() == DeadlineKind.APPLICATION_PERIOD).map(Deadline::due)
                .findFirst().orElse(null);
        c.applicationLate = ApplicationPeriod.late(all);
        var next = Deadline.next(all.stream().filter(d -> ((DeadlineKind) d.kind()).worklist()).toList());
        c.nextDeadlineKind = next.map(d -> d.kind().name()).orElse(null);
        c.nextDueDate = next.map(Deadline::due).orElse(null);
        if (c.id != null) {
            Obligations.storeDueDates(c.id, all);
        }
    }

    public List<Deadline> deadlines(ReconsiderationCase c, LocalDate asOf) {
        return deadlineCalculator(c, asOf).all();
    }

    public CaseDeadlines deadlineCalculator(ReconsiderationCase c, LocalDate asOf) {
        CaseRecords records = c.id == null ? CaseRecords.none() : CaseRecords.of(c.id);
        return new CaseDeadlines(new DeadlineContext(c, records, calendar.current(), excludeSuspension, asOf));
    }

    /** After the calendar changed, every case whose deadlines may move is recomputed. */
    @Transactional
    public int refreshOpenCases() {
        audit.expect();
        List<ReconsiderationCase> open = ReconsiderationCase.list("state not in ?1",
                List.of(CaseState.ABANDONED, CaseState.NOT_ACCEPTED));
        for (ReconsiderationCase c : open) {
            refreshDeadlines(c);
        }
        audit.record(SubjectType.SYSTEM, null, null, "RECOMPUTE_CASE_DEADLINES", Map.of("cases", open.size()),
                "holiday calendar changed");
        // the stored decision deadlines and lateness of many cases changed without a step of theirs: the statistics'
        // aggregates read this entry as "recount every case" (cn.fuyi.statistics.aggregate)
        audit.publish("CASE_DEADLINES_RECOMPUTED", SubjectType.SYSTEM, null, null, null, Map.of("cases", open.size()));
        return open.size();
    }

    /** Records a new case's creation (already persisted): its first event, audit record and feed event. */
    public void created(ReconsiderationCase c, Transition t, EventData e) {
        super.created(c, t, e);
    }

    public static List<CaseParty> parties(long caseId) {
        return CaseParty.list("caseId = ?1 order by position", caseId);
    }
}
