package cn.fuyi.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.security.UserScope;
import io.quarkus.arc.Arc;

/**
 * Appends to the audit trail and the change feed, in the transaction of the change they record, by inserting only.
 * Once committed, the {@link Sequencer} chains each audit record (the SHA-256 of its stored content and of the
 * previous record's hash, so that any later alteration breaks the chain) and numbers the feed events.
 */
@ApplicationScoped
public class AuditLog {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Set<String> UNAUDITED_FIELDS = Set.of("version", "updatedAt", "createdAt");

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper json;
    @Inject
    AuditContext context;
    @Inject
    Sequencer sequencer;

    /** A change of fields: name → {before, after}. */
    public static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String k : keys) {
            Object b = before.get(k);
            Object a = after.get(k);
            if (!Objects.equals(b, a)) {
                Map<String, Object> ba = new LinkedHashMap<>();
                ba.put("before", b);
                ba.put("after", a);
                changes.put(k, ba);
            }
        }
        return changes;
    }

    /** The entity's persistent fields as loggable values (version and timestamps left out). */
    public static Map<String, Object> snapshot(Object entity) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (entity == null) {
            return m;
        }
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || f.isSynthetic() || UNAUDITED_FIELDS.contains(f.getName())
                        || f.getName().startsWith("$")) {
                    continue;
                }
                try {
                    // entity fields are public in source; build-time enhancement may change their modifiers
                    f.setAccessible(true);
                    Object v = f.get(entity);
                    m.putIfAbsent(f.getName(), v == null ? null : v instanceof Number || v instanceof Boolean ? v : v.toString());
                } catch (IllegalAccessException | RuntimeException e) {
                    m.putIfAbsent(f.getName(), "?");
                }
            }
        }
        return m;
    }

    /**
     * Announces that this transaction will record its audit record once it knows what changed; writes may be
     * flushed from now on. The shared write paths (lifecycle steps, reference data services) call it first.
     */
    public void expect() {
        context.markRecorded();
    }

    /** The creation of an entity, as a change from nothing to its fields. */
    public static Map<String, Object> created(Object entity) {
        return diff(Map.of(), snapshot(entity));
    }

    /**
     * Records a write. Must run inside the transaction that makes it. The record is only inserted: its position in
     * the chain and its hash are given by the {@link Sequencer} after the transaction commits, so no row that
     * another transaction needs is locked here.
     */
    public void record(SubjectType subject, Long subjectId, Long organId, String operation, Map<String, Object> changes,
            String reason) {
        context.markRecorded();
        Gathering g = context.gathering();
        if (g != null && g.takes(subject, subjectId)) {
            g.operations.add(operation);
            return;
        }
        reason = reason(reason, user.provenance());
        UserScope scope = Arc.container().instance(UserScope.class).get();
        RequestInfo info = requestInfo();
        String roles = String.join(",", new TreeSet<>(scope.roles()));
        em.createNativeQuery("INSERT INTO audit_record (occurred_at, username, display_name, roles, organ_id,"
                + " subject_type, subject_id, operation, changes, reason, request_id, client_address)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, timestamp()).setParameter(2, user.username())
                .setParameter(3, user.displayName()).setParameter(4, roles).setParameter(5, organId)
                .setParameter(6, subject.name()).setParameter(7, subjectId).setParameter(8, operation)
                .setParameter(9, toJson(changes)).setParameter(10, reason)
                .setParameter(11, info == null ? null : info.requestId())
                .setParameter(12, info == null ? null : info.clientAddress()).executeUpdate();
        sequencer.wakeAfterCommit();
    }

    /** The operation of the one audit record of a record brought in by a ledger import ({@link #imported}). */
    public static final String IMPORTED = "IMPORTED";

    /**
     * The steps of one record being imported, gathered instead of written ({@link #gather}): the first record of the
     * subject type names the record; later records of it add their operation.
     */
    static final class Gathering {
        private final SubjectType subject;
        private Long subjectId;
        private final List<String> operations = new ArrayList<>();

        private Gathering(SubjectType subject) {
            this.subject = subject;
        }

        private boolean takes(SubjectType type, Long id) {
            if (type != subject || id == null) {
                return false;
            }
            if (subjectId == null) {
                subjectId = id;
            }
            return subjectId.equals(id);
        }
    }

    /**
     * From now until {@link #recordGathered}, this transaction's audit records of one record of {@code subject} (the
     * first one recorded) are gathered rather than written: a ledger import writes a case's whole history at once, and
     * its audit trail holds that one act, by whom and from which file and row, not a record per reconstructed step
     * dated the moment of the import (the steps, with their own dates and provenance, are the case's events). Records
     * of other subjects are written as usual.
     */
    private Gathering gather(SubjectType subject) {
        Gathering g = new Gathering(subject);
        context.gathering(g);
        return g;
    }

    /** Ends a {@link #gather}; writes the one record of the imported record if any step was gathered. */
    private void recordGathered(Gathering g, Object entity, Long organId) {
        context.gathering(null);
        if (g.subjectId != null && !g.operations.isEmpty()) {
            Map<String, Object> fields = snapshot(entity);
            record(g.subject, g.subjectId, organId, IMPORTED, imported(fields, g.operations), null);
        }
    }

    /** Stops a {@link #gather} without writing (the row failed and its transaction is rolled back). */
    private void dropGathered() {
        context.gathering(null);
    }

    /**
     * Writes one imported record through {@code write} (returning its id) with its steps' audit records gathered into
     * one ({@link #gather}), the record as {@code find} then loads it.
     */
    public long importing(SubjectType subject, long organId, java.util.function.LongSupplier write,
            java.util.function.LongFunction<Object> find) {
        Gathering g = gather(subject);
        try {
            long id = write.getAsLong();
            recordGathered(g, find.apply(id), organId);
            return id;
        } finally {
            dropGathered();
        }
    }

    /**
     * The changes of an imported record's one audit record: its fields as the import left them (a creation, from
     * nothing) and, as {@code importedSteps}, the operations of the steps the import reconstructed, in order.
     */
    public static Map<String, Object> imported(Map<String, Object> fields, List<String> operations) {
        Map<String, Object> changes = diff(Map.of(), fields);
        Map<String, Object> steps = new LinkedHashMap<>();
        steps.put("before", null);
        steps.put("after", List.copyOf(operations));
        changes.put("importedSteps", steps);
        return changes;
    }

    /**
     * Publishes an event to the change feed. Must run inside the transaction of the change; the event gets its feed
     * position from the {@link Sequencer} after commit.
     */
    public void publish(String type, SubjectType subject, Long subjectId, Long organId, Long respondentId,
            Map<String, Object> payload) {
        context.markRecorded();
        em.createNativeQuery("INSERT INTO change_event (occurred_at, organ_id, respondent_id, type, subject_type,"
                + " subject_id, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, timestamp()).setParameter(2, organId).setParameter(3, respondentId)
                .setParameter(4, type).setParameter(5, subject.name()).setParameter(6, subjectId)
                .setParameter(7, toJson(payload)).executeUpdate();
        sequencer.wakeAfterCommit();
    }

    /** An audit record written with others in one batch by {@link #recordAll}: what {@link #record} takes, and when. */
    public record Entry(Instant at, SubjectType subject, Long subjectId, Long organId, String operation,
            Map<String, Object> changes, String reason) {
    }

    /** A feed event written with others in one batch by {@link #publishAll}. */
    public record FeedEntry(Instant at, String type, SubjectType subject, Long subjectId, Long organId, Long respondentId,
            Map<String, Object> payload) {
    }

    /** The reason {@link #record} stores for a write from {@code from}: the given one and where the facts came from. */
    public static String reason(String reason, CurrentUser.Provenance from) {
        if (from == null) {
            return reason;
        }
        return reason == null ? from.text() : reason + "；" + from.text();
    }

    /**
     * Records many writes of the current user at once, as {@link #record} would one by one (reasons already carrying
     * their provenance, see {@link #reason}): one batched insert, rewritten by the driver into multi-row statements.
     * For the bulk import, where one transaction brings in hundreds of cases.
     */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        context.markRecorded();
        UserScope scope = Arc.container().instance(UserScope.class).get();
        RequestInfo info = requestInfo();
        String roles = String.join(",", new TreeSet<>(scope.roles()));
        String requestId = info == null ? null : info.requestId();
        String client = info == null ? null : info.clientAddress();
        String username = user.username();
        String displayName = user.displayName();
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_record (occurred_at, username, display_name,"
                    + " roles, organ_id, subject_type, subject_id, operation, changes, reason, request_id, client_address)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    ps.setString(1, timestamp(e.at()));
                    ps.setString(2, username);
                    ps.setString(3, displayName);
                    ps.setString(4, roles);
                    ps.setObject(5, e.organId());
                    ps.setString(6, e.subject().name());
                    ps.setObject(7, e.subjectId());
                    ps.setString(8, e.operation());
                    ps.setString(9, toJson(e.changes()));
                    ps.setString(10, e.reason());
                    ps.setString(11, requestId);
                    ps.setString(12, client);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        sequencer.wakeAfterCommit();
    }

    /** Publishes many feed events at once, as {@link #publish} would one by one. */
    public void publishAll(List<FeedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        context.markRecorded();
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO change_event (occurred_at, organ_id, respondent_id,"
                    + " type, subject_type, subject_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (FeedEntry e : entries) {
                    ps.setString(1, timestamp(e.at()));
                    ps.setObject(2, e.organId());
                    ps.setObject(3, e.respondentId());
                    ps.setString(4, e.type());
                    ps.setString(5, e.subject().name());
                    ps.setObject(6, e.subjectId());
                    ps.setString(7, toJson(e.payload()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        sequencer.wakeAfterCommit();
    }

    /** An instant as the text of a DATETIME(6) in UTC (see {@link #timestamp()}). */
    public static String timestamp(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).format(DATETIME_6);
    }

    /**
     * Now in UTC, to the microsecond, as the text of a DATETIME(6). Sent as text because MySQL Connector/J drops the
     * fraction of a timestamp parameter on a server that announces itself as 5.5.5 (every MariaDB before 11).
     */
    private String timestamp() {
        return timestamp(time.now());
    }

    private static RequestInfo requestInfo() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(RequestInfo.class).get();
    }

    private String toJson(Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of one record: SHA-256 over its fields and the previous hash, separated by U+001F. */
    public static String hash(long seq, LocalDateTime at, String username, String displayName, String roles, Long organId,
            String subjectType, Long subjectId, String operation, String changes, String reason, String requestId,
            String clientAddress, String prevHash) {
        StringBuilder sb = new StringBuilder();
        for (Object o : new Object[] { seq, at, username, displayName, roles, organId, subjectType, subjectId, operation,
                changes, reason, requestId, clientAddress, prevHash }) {
            sb.append(o == null ? "" : o.toString()).append('\u001f');
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
