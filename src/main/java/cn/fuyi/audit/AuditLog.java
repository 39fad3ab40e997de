package cn.fuyi.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
        if (user.provenance() != null) {
            reason = reason == null ? user.provenance().text() : reason + "；" + user.provenance().text();
        }
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

    /**
     * Now in UTC, to the microsecond, as the text of a DATETIME(6). Sent as text because MySQL Connector/J drops the
     * fraction of a timestamp parameter on a server that announces itself as 5.5.5 (every MariaDB before 11).
     */
    private String timestamp() {
        return LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).format(DATETIME_6);
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
