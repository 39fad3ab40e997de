package cn.fuyi.statistics.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.TimeSource;
import cn.fuyi.security.UserScope;

/**
 * The statistics jobs' table: a job is queued by its POST, run by {@link StatisticsJobRunner}, and kept with its
 * result. One job of a kind is queued or running in the whole deployment at a time: the row of such a job holds its
 * kind in {@code active_kind}, unique, and a second request is refused with 409 naming the first
 * (STATISTICS_JOB_RUNNING). A caller sees the jobs of the kinds their roles may start.
 */
@ApplicationScoped
public class StatisticsJobs {

    public static final String PATH = "/api/v1/statistics/jobs/";

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    UserScope scope;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper json;

    /** A job's row. */
    public record Job(long id, StatisticsJobKind kind, StatisticsJobState state, String requestedBy, String requestedByName, Instant requestedAt,
            Instant startedAt, Instant finishedAt, Long resultId, String result, String failure, String worker) {
    }

    /** Queues a job of {@code kind} for the caller, to be run by {@code worker}; 409 while one of the kind is going. */
    @Transactional
    public Job queue(StatisticsJobKind kind, String worker) {
        audit.expect();
        Long active = active(kind);
        if (active != null) {
            throw running(kind, active);
        }
        Instant now = time.now();
        try {
            em.createNativeQuery("INSERT INTO statistics_job (kind, active_kind, state, requested_by, requested_by_name, requested_at,"
                    + " worker, heartbeat_at) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, kind.name())
                    .setParameter(2, StatisticsJobState.QUEUED.name()).setParameter(3, user.username())
                    .setParameter(4, user.displayName()).setParameter(5, timestamp(now)).setParameter(6, worker)
                    .setParameter(7, timestamp(Instant.now())).executeUpdate();
        } catch (PersistenceException e) {
            // another instance queued one between the look and the insert: the unique active_kind refused this one
            throw running(kind, "?");
        }
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", kind.name());
        changes.put("state", StatisticsJobState.QUEUED.name());
        audit.record(SubjectType.STATISTICS_JOB, id, null, "STATISTICS_JOB_QUEUED", changes, null);
        return find(id);
    }

    private static ApiException running(StatisticsJobKind kind, Object id) {
        ApiException e = ApiException.conflict("STATISTICS_JOB_RUNNING", kind, id).with("kind", kind.name());
        if (id instanceof Long l) {
            e.with("jobId", l).with("jobLocation", PATH + l);
        }
        return e;
    }

    private Long active(StatisticsJobKind kind) {
        List<?> ids = em.createNativeQuery("SELECT id FROM statistics_job WHERE active_kind = ?1").setParameter(1, kind.name())
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** Marks a queued job running on {@code worker}; false when it is no longer queued there (failed as abandoned meanwhile). */
    @Transactional
    public boolean start(long id, String worker) {
        return em.createNativeQuery("UPDATE statistics_job SET state = ?2, started_at = ?3, heartbeat_at = ?4 WHERE id = ?1"
                + " AND state = ?5 AND worker = ?6").setParameter(1, id).setParameter(2, StatisticsJobState.RUNNING.name())
                .setParameter(3, timestamp(time.now())).setParameter(4, timestamp(Instant.now()))
                .setParameter(5, StatisticsJobState.QUEUED.name()).setParameter(6, worker).executeUpdate() == 1;
    }

    /** Ends a job this worker runs with its result or its failure, and frees its kind for the next request. Audited. */
    @Transactional
    public void finish(long id, String worker, Long resultId, Map<String, Object> result, String failure) {
        audit.expect();
        StatisticsJobState end = failure == null ? StatisticsJobState.SUCCEEDED : StatisticsJobState.FAILED;
        String reason = failure == null ? null : failure.substring(0, Math.min(500, failure.length()));
        int n = em.createNativeQuery("UPDATE statistics_job SET state = ?2, active_kind = NULL, finished_at = ?3, result_id = ?4,"
                + " result = ?5, failure = ?6 WHERE id = ?1 AND worker = ?7 AND active_kind IS NOT NULL").setParameter(1, id)
                .setParameter(2, end.name()).setParameter(3, timestamp(time.now())).setParameter(4, resultId)
                .setParameter(5, result == null ? null : write(result)).setParameter(6, reason).setParameter(7, worker).executeUpdate();
        if (n == 0) {
            return;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("state", end.name());
        if (resultId != null) {
            changes.put("resultId", resultId);
        }
        audit.record(SubjectType.STATISTICS_JOB, id, null, "STATISTICS_JOB_FINISHED", changes, reason);
    }

    /** Tells the other instances that {@code worker} still runs these jobs. */
    @Transactional
    public void heartbeat(Collection<Long> ids, String worker) {
        for (Long id : ids) {
            em.createNativeQuery("UPDATE statistics_job SET heartbeat_at = ?3 WHERE id = ?1 AND worker = ?2 AND active_kind IS NOT NULL")
                    .setParameter(1, id).setParameter(2, worker).setParameter(3, timestamp(Instant.now())).executeUpdate();
        }
    }

    /**
     * Fails every queued or running job whose worker has not said it runs it since {@code before} (its instance stopped
     * or lost the database), except those {@code worker} runs itself; audited. Answers the jobs failed.
     */
    @Transactional
    public List<Long> failAbandoned(Instant before, String worker, Set<Long> runningHere) {
        audit.expect();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, worker FROM statistics_job WHERE active_kind IS NOT NULL"
                + " AND (heartbeat_at IS NULL OR heartbeat_at < ?1) ORDER BY id FOR UPDATE").setParameter(1, timestamp(before)).getResultList();
        List<Long> failed = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            if (worker.equals(r[1]) && runningHere.contains(id)) {
                continue;
            }
            em.createNativeQuery("UPDATE statistics_job SET state = ?2, active_kind = NULL, finished_at = ?3, failure = ?4 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, StatisticsJobState.FAILED.name()).setParameter(3, timestamp(time.now()))
                    .setParameter(4, "STATISTICS_JOB_ABANDONED").executeUpdate();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("state", StatisticsJobState.FAILED.name());
            changes.put("worker", r[1]);
            audit.record(SubjectType.STATISTICS_JOB, id, null, "STATISTICS_JOB_ABANDONED", changes, "STATISTICS_JOB_ABANDONED");
            failed.add(id);
        }
        return failed;
    }

    /** The job's row, whoever asks (for the worker). */
    @Transactional
    public Job find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : job(rows.get(0));
    }

    /** The job as the caller sees it: 404 when there is none or it is of a kind their roles may not start. */
    @Transactional
    public StatisticsJobView get(long id, Locale locale) {
        Job j = find(id);
        if (j == null || !visible().contains(j.kind())) {
            throw ApiException.notFound("STATISTICS_JOB_NOT_FOUND", id);
        }
        return view(j, locale);
    }

    /** The jobs the caller sees, newest first, optionally of one kind. */
    @Transactional
    public PageResult<StatisticsJobView> list(StatisticsJobKind kind, PageRequest page, Locale locale) {
        List<String> kinds = visible().stream().filter(k -> kind == null || k == kind).map(Enum::name).toList();
        if (kinds.isEmpty()) {
            return PageResult.of(List.of(), page, 0);
        }
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM statistics_job WHERE kind IN (:kinds)").setParameter("kinds", kinds)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE kind IN (:kinds) ORDER BY id DESC LIMIT " + page.size() + " OFFSET "
                + page.offset()).setParameter("kinds", kinds).getResultList();
        return PageResult.of(rows.stream().map(r -> view(job(r), locale)).toList(), page, total);
    }

    private List<StatisticsJobKind> visible() {
        Set<String> roles = scope.roles();
        return java.util.Arrays.stream(StatisticsJobKind.values()).filter(k -> k.roles().stream().anyMatch(roles::contains)).toList();
    }

    public StatisticsJobView view(Job j, Locale locale) {
        boolean en = Messages.isEnglish(locale);
        Map<String, Object> result = j.result() == null ? null : read(j.result());
        String failureMessage = j.failure() == null || !j.failure().matches("[A-Z_]+") ? null
                : Messages.find(locale, j.failure() + ".detail", j.id(), en ? j.kind().labelEn() : j.kind().labelZh());
        return new StatisticsJobView(j.id(), j.kind().name(), en ? j.kind().labelEn() : j.kind().labelZh(), j.state().name(),
                en ? j.state().labelEn() : j.state().labelZh(), j.requestedBy(), j.requestedByName(), j.requestedAt(), j.startedAt(),
                j.finishedAt(), j.resultId(), j.kind().resultLocation(j.resultId()), result, j.failure(), failureMessage);
    }

    private static final String SELECT = "SELECT id, kind, state, requested_by, requested_by_name, requested_at, started_at, finished_at,"
            + " result_id, result, failure, worker FROM statistics_job";

    private static Job job(Object[] r) {
        return new Job(((Number) r[0]).longValue(), StatisticsJobKind.valueOf((String) r[1]), StatisticsJobState.valueOf((String) r[2]),
                (String) r[3], (String) r[4], instant(r[5]), instant(r[6]), instant(r[7]), r[8] == null ? null : ((Number) r[8]).longValue(),
                (String) r[9], (String) r[10], (String) r[11]);
    }

    static java.sql.Timestamp timestamp(Instant i) {
        return java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return (Instant) o;
    }

    private String write(Map<String, Object> result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", text);
        }
    }
}
