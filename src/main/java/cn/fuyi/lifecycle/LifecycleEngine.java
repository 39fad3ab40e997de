package cn.fuyi.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.Labelled;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.security.UserScope;

/**
 * The one way a case or a lawsuit changes: check the caller's version, ask the step table whether the step is
 * allowed, let the step check its conditions and record its facts, write the event, recompute the deadlines, and
 * append the audit record and the feed event — all in the caller's transaction.
 */
public abstract class LifecycleEngine<E extends TrackedRecord<S>, S extends Enum<S> & Labelled, T extends Enum<T> & LifecycleStep<S>> {

    @Inject
    protected TimeSource time;
    @Inject
    protected CurrentUser user;
    @Inject
    protected AuditLog audit;
    @Inject
    protected EventRecorder events;
    @Inject
    protected UserScope scope;
    @Inject
    protected EntityManager em;

    /** What a step records in the history. */
    public record EventData(LocalDate date, String reason, Map<String, Object> details) {
    }

    protected abstract SubjectType subject();

    protected abstract List<T> allowedIn(S state);

    /** A new, unsaved event of the record's own event type, naming the record, the step and the states. */
    protected abstract LifecycleEvent newEvent(E record, T step, S from);

    /** The event entity's field naming the record, e.g. {@code caseId}. */
    protected abstract String ownerField();

    protected abstract void refreshDeadlines(E record);

    protected abstract String feedType(T step);

    protected abstract Map<String, Object> feedPayload(E record, T step, S from, LocalDate date);

    /** Runs one step on a record loaded in the current transaction. */
    protected E run(E r, T step, VersionCheck check, Function<E, EventData> body) {
        // Check the caller's version against the record's current one, read under its row lock: two steps on one
        // record sent at once with the same If-Match then run one after the other, and the second is answered 412
        // with the current ETag instead of both passing the check and colliding on the next event number. (Native
        // SQL: Hibernate's MySQL lock syntax, FOR UPDATE OF alias, is not MariaDB's.)
        Number current = (Number) em.createNativeQuery("SELECT version FROM "
                + Hibernate.getClass(r).getAnnotation(Table.class).name()
                + " WHERE id = ?1 FOR UPDATE").setParameter(1, r.recordId()).getSingleResult();
        check.check(current.longValue());
        Lifecycle.requireAllowed(r.currentState(), step, allowedIn(r.currentState()));
        audit.expect();
        Map<String, Object> before = AuditLog.snapshot(r);
        S from = r.currentState();
        EventData e = body.apply(r);
        Lifecycle.notInFuture(step, e.date(), time.today());
        r.moveTo(step.target(from), time.now());
        recordEvent(r, step, from, e);
        refreshDeadlines(r);
        em.flush();
        Map<String, Object> changes = AuditLog.diff(before, AuditLog.snapshot(r));
        if (e.details() != null && !e.details().isEmpty()) {
            changes.put("details", e.details());
        }
        audit.record(subject(), r.recordId(), r.recordOrganId(), step.name(), changes, e.reason());
        audit.publish(feedType(step), subject(), r.recordId(), r.recordOrganId(), r.recordRespondentId(),
                feedPayload(r, step, from, e.date()));
        return r;
    }

    /** Records the creation of a record (already persisted): its first event, audit record and feed event. */
    protected void created(E r, T step, EventData e) {
        recordEvent(r, step, null, e);
        em.flush();
        audit.record(subject(), r.recordId(), r.recordOrganId(), step.name(), AuditLog.created(r), e.reason());
        audit.publish(feedType(step), subject(), r.recordId(), r.recordOrganId(), r.recordRespondentId(),
                feedPayload(r, step, null, e.date()));
    }

    protected void recordEvent(E r, T step, S from, EventData e) {
        events.record(newEvent(r, step, from), ownerField(), r.recordId(), e.date(), e.reason(), e.details());
    }

    /** A clerk's or reviewer's reading of the record's personal data is itself an audit record. */
    protected void auditRead(E r) {
        if (scope.seesPersonalData() && !CurrentUser.ANONYMOUS.equals(user.username())) {
            audit.record(subject(), r.recordId(), r.recordOrganId(), "READ_PERSONAL_DATA", null, null);
        }
    }
}
