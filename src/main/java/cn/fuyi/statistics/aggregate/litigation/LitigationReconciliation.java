package cn.fuyi.statistics.aggregate.litigation;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.TimeSource;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.statistics.LitigationSql;
import cn.fuyi.statistics.aggregate.Streams;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Checks the litigation aggregates against the rows: every bucket is counted again from the rows (grouped counts per
 * organ and month in SQL for the lawsuits' and recommendations' days; one streamed pass over every session and
 * defendant, in lawsuit order, for the session measures), and compared with the month rows in memory. The subjects the
 * projector has not integrated yet are taken as last counted, since the aggregates are not expected to hold them.
 * Only for the buckets that differ are subjects read one by one: each difference names those whose rows now count for
 * the bucket otherwise than the projection says, or, when the bucket alone is wrong, those the projection counts in
 * it. One transaction, one snapshot.
 */
@ApplicationScoped
public class LitigationReconciliation {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LitigationReconciliation.class);

    /** How many subjects a difference names at most. */
    static final int NAMED = 50;

    @Inject
    EntityManager em;
    @Inject
    LitigationProjector projector;
    @Inject
    Contributions contributions;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper json;
    @Inject
    javax.sql.DataSource dataSource;

    /**
     * Whether the session pass runs on a connection of its own while this transaction counts the lawsuits and
     * recommendations (two cores of the server busy instead of one); 1: everything in this transaction.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "fuyi.statistics.aggregates.reconcile-passes", defaultValue = "2")
    int passes;

    @Schema(name = "LitigationAggregateDifference", description = "One bucket of the litigation aggregates that differs from the rows")
    public record Difference(
            @Schema(description = "The organ") long organId,
            @Schema(description = "The month, yyyy-MM") String month,
            @Schema(description = "The measure, e.g. FILED:FIRST, DECIDED:FIRST:REVOKE, STATE:-:1 (see README)") String measure,
            @Schema(description = "What the aggregates hold") long aggregated,
            @Schema(description = "What the rows give") long fromRows,
            @Schema(description = "The subjects behind the difference, e.g. lawsuit:12 (at most 50)") List<String> subjects) {
    }

    @Schema(name = "LitigationReconciliation", description = "One reconciliation of the litigation aggregates with the rows")
    public record ReconciliationView(
            long id,
            @Schema(description = "When it started (UTC)") LocalDateTime startedAt,
            @Schema(description = "When it finished (UTC)") LocalDateTime finishedAt,
            @Schema(description = "Who ran it (system for the scheduled run)") String startedBy,
            @Schema(description = "API or SCHEDULED") String trigger,
            @Schema(description = "The feed position the aggregates had integrated") long lastSeq,
            @Schema(description = "Lawsuits and recommendations read") long subjects,
            @Schema(description = "Buckets compared") long buckets,
            @Schema(description = "Number of differing buckets (0: the aggregates equal the rows)") int differenceCount,
            @Schema(description = "The differing buckets (the first 1000)") List<Difference> differences) {
    }

    /** Runs one reconciliation and stores what it found. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public ReconciliationView run(String trigger) {
        audit.expect();
        LocalDateTime started = now();
        Long watermark = projector.watermark();
        long lastSeq = watermark == null ? 0 : watermark;
        Set<Subject> dirty = watermark == null ? Set.of() : projector.dirtySince(watermark);
        long t0 = System.nanoTime();
        // what every lawsuit and recommendation counts for now, from the rows, one grouped or streamed pass each
        Map<String, Long> expected = passes > 1 ? fromRowsAtOnce() : fromRows(null, true);
        long subjects = Contributions.number(em.createNativeQuery("SELECT (SELECT COUNT(*) FROM lawsuit) + (SELECT COUNT(*) FROM recommendation)")
                .getSingleResult());
        long t1 = System.nanoTime();
        notIntegrated(expected, dirty);
        Map<String, Long> actual = new HashMap<>();
        Streams.forEach(em, "SELECT organ_id, month, measure, n FROM lit_agg_month", r -> {
            actual.put(r.getLong(1) + "|" + YearMonth.from(r.getDate(2).toLocalDate()) + "|" + r.getString(3), r.getLong(4));
        });
        long t2 = System.nanoTime();
        Set<String> buckets = new java.util.HashSet<>(expected.keySet());
        buckets.addAll(actual.keySet());
        TreeSet<String> differing = differing(buckets, expected, actual);
        if (passes > 1 && !differing.isEmpty()) {
            // the session pass read a moment after this transaction: the organs with a difference are counted again
            // in this transaction's snapshot, and only what still differs is a difference
            Set<Long> again = new TreeSet<>();
            differing.forEach(b -> again.add(organ(b)));
            Map<String, Long> fresh = fromRows(again, true);
            notIntegrated(fresh, dirty);
            expected.keySet().removeIf(b -> again.contains(organ(b)));
            fresh.forEach((b, n) -> {
                if (again.contains(organ(b))) {
                    expected.put(b, n);
                }
            });
            buckets = new java.util.HashSet<>(expected.keySet());
            buckets.addAll(actual.keySet());
            differing = differing(buckets, expected, actual);
        }
        int count = differing.size();
        List<String> shown = differing.stream().limit(1000).toList();
        Map<String, Set<String>> moved = moved(shown, dirty);
        List<Difference> differences = new ArrayList<>();
        for (String b : shown) {
            String[] p = b.split("\\|", 3);
            List<String> behind = new ArrayList<>(moved.getOrDefault(b, Set.of()));
            if (behind.isEmpty()) {
                behind = countedIn(Long.parseLong(p[0]), YearMonth.parse(p[1]), p[2]);
            }
            differences.add(new Difference(Long.parseLong(p[0]), p[1], p[2], actual.getOrDefault(b, 0L), expected.getOrDefault(b, 0L),
                    behind.subList(0, Math.min(NAMED, behind.size()))));
        }
        LOG.infof("litigation reconciliation: rows counted in %d ms, month rows read in %d ms, compared and named in %d ms (%d differences)",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, count);
        LocalDateTime finished = now();
        String text;
        try {
            text = json.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("INSERT INTO lit_agg_reconciliation (started_at, finished_at, started_by, run_trigger, last_seq,"
                + " subjects, buckets, difference_count, differences) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, LitigationProjector.text(started)).setParameter(2, LitigationProjector.text(finished))
                .setParameter(3, user.username()).setParameter(4, trigger).setParameter(5, lastSeq).setParameter(6, subjects)
                .setParameter(7, buckets.size()).setParameter(8, count).setParameter(9, text).executeUpdate();
        long id = Contributions.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("trigger", trigger);
        changes.put("lastSeq", lastSeq);
        changes.put("buckets", buckets.size());
        changes.put("differences", count);
        audit.record(SubjectType.LITIGATION_AGGREGATES, id, null, "RECONCILE", changes, null);
        return new ReconciliationView(id, started, finished, user.username(), trigger, lastSeq, subjects, buckets.size(), count,
                differences);
    }

    @Transactional
    public PageResult<ReconciliationView> list(PageRequest page) {
        long total = Contributions.number(em.createNativeQuery("SELECT COUNT(*) FROM lit_agg_reconciliation").getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " ORDER BY id DESC LIMIT " + page.size() + " OFFSET " + page.offset())
                .getResultList();
        return PageResult.of(rows.stream().map(this::view).toList(), page, total);
    }

    @Transactional
    public ReconciliationView get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("LITIGATION_RECONCILIATION_NOT_FOUND", id);
        }
        return view(rows.get(0));
    }

    private static final String SELECT = "SELECT id, started_at, finished_at, started_by, run_trigger, last_seq, subjects, buckets,"
            + " difference_count, differences FROM lit_agg_reconciliation";

    private ReconciliationView view(Object[] r) {
        List<Difference> differences;
        try {
            differences = r[9] == null ? List.of() : json.readValue((String) r[9], new TypeReference<List<Difference>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ReconciliationView(Contributions.number(r[0]), dateTime(r[1]), dateTime(r[2]), (String) r[3], (String) r[4],
                Contributions.number(r[5]), Contributions.number(r[6]), Contributions.number(r[7]), (int) Contributions.number(r[8]),
                differences);
    }

    /** A subject not integrated yet counts as last counted, since the aggregates are not expected to hold it yet. */
    private void notIntegrated(Map<String, Long> expected, Set<Subject> dirty) {
        if (dirty.isEmpty()) {
            return;
        }
        for (List<Cell> cells : contributions.of(dirty).values()) {
            for (Cell c : cells) {
                expected.merge(c.bucket(), -c.n(), Long::sum);
            }
        }
        for (Cell c : projector.stored(dirty)) {
            expected.merge(c.bucket(), c.n(), Long::sum);
        }
        expected.values().removeIf(n -> n == 0);
    }

    private static TreeSet<String> differing(Set<String> buckets, Map<String, Long> expected, Map<String, Long> actual) {
        TreeSet<String> differing = new TreeSet<>();
        for (String b : buckets) {
            if (expected.getOrDefault(b, 0L).longValue() != actual.getOrDefault(b, 0L).longValue()) {
                differing.add(b);
            }
        }
        return differing;
    }

    private static long organ(String bucket) {
        return Long.parseLong(bucket.substring(0, bucket.indexOf('|')));
    }

    /**
     * {@link #fromRows} with its session pass on a connection of its own, at once with the lawsuits' and
     * recommendations' grouped counts in this transaction.
     */
    private Map<String, Long> fromRowsAtOnce() {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuyi-reconciliation-sessions");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<Map<String, Long>> sessions = thread.submit(() -> {
                Map<String, Long> expected = new HashMap<>();
                try (java.sql.Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    c.setReadOnly(true);
                    try {
                        sessions(expected, (sql, row) -> Streams.forEach(c, sql, row), null);
                    } finally {
                        c.rollback();
                    }
                }
                return expected;
            });
            Map<String, Long> expected = fromRows(null, false);
            Streams.await(sessions, "the sessions").forEach((b, n) -> expected.merge(b, n, Long::sum));
            expected.values().removeIf(n -> n == 0);
            return expected;
        } finally {
            thread.shutdownNow();
        }
    }

    /** Runs a streamed read on some connection. */
    @FunctionalInterface
    private interface Reader {
        void forEach(String sql, Streams.Row row) throws java.sql.SQLException;
    }

    /**
     * Every bucket as the rows give it now, without the projector's per-subject code for what is a plain flow: the
     * lawsuits' and recommendations' measures are grouped counts per organ and month of their day, in SQL (the
     * decided ones grouped by instance and outcome, named here as {@link Measures} names them); the session measures,
     * whose state per lawsuit and month follows art. 7 over the lawsuit's earlier sessions, come from one pass over
     * every session and defendant in lawsuit order, each lawsuit's rows summed as {@link Contributions#sessionCells}
     * reads them.
     */
    private Map<String, Long> fromRows(Set<Long> organs, boolean withSessions) {
        Map<String, Long> expected = new HashMap<>();
        String lawsuits = organs == null ? "" : " AND l.organ_id IN (" + ids(organs) + ")";
        String recommendations = organs == null ? "" : " AND rc.organ_id IN (" + ids(organs) + ")";
        String month = "YEAR(%1$s) * 12 + MONTH(%1$s) - 1";
        String filed = String.format(month, "l.filed_date");
        Streams.forEach(em, "SELECT l.organ_id, " + filed + ", l.instance, COUNT(*), COUNT(CASE WHEN " + LitigationSql.lawsuitCounselCondition()
                + " THEN 1 END) FROM lawsuit l WHERE l.organ_id IS NOT NULL AND l.filed_date IS NOT NULL" + lawsuits + " GROUP BY l.organ_id, " + filed
                + ", l.instance", r -> {
                    add(expected, r.getLong(1), r.getInt(2), Measures.filed(Instance.valueOf(r.getString(3))), r.getLong(4));
                    add(expected, r.getLong(1), r.getInt(2), Measures.FILED_COUNSEL, r.getLong(5));
                });
        String decided = String.format(month, "l.outcome_date");
        Streams.forEach(em, "SELECT l.organ_id, " + decided + ", l.instance, l.outcome, COUNT(*), COUNT(CASE WHEN l.withdrawn_after_act_changed"
                + " THEN 1 END) FROM lawsuit l WHERE l.organ_id IS NOT NULL AND l.outcome_date IS NOT NULL" + lawsuits + " GROUP BY l.organ_id, " + decided
                + ", l.instance, l.outcome", r -> {
                    String outcome = r.getString(4);
                    add(expected, r.getLong(1), r.getInt(2), Measures.decided(Instance.valueOf(r.getString(3)),
                            outcome == null ? null : Outcome.valueOf(outcome)), r.getLong(5));
                    add(expected, r.getLong(1), r.getInt(2), Measures.DECIDED_WITHDRAWN_ACT, r.getLong(6));
                });
        String closed = String.format(month, "GREATEST(l.filed_date, l.outcome_date)");
        Streams.forEach(em, "SELECT l.organ_id, " + closed + ", COUNT(*) FROM lawsuit l WHERE l.organ_id IS NOT NULL AND l.filed_date IS NOT NULL"
                + " AND l.outcome_date IS NOT NULL" + lawsuits + " GROUP BY l.organ_id, " + closed,
                r -> add(expected, r.getLong(1), r.getInt(2), Measures.CLOSED, r.getLong(3)));
        String received = String.format(month, "rc.received_date");
        Streams.forEach(em, "SELECT rc.organ_id, " + received + ", COUNT(CASE WHEN rc.kind = 'JUDICIAL' THEN 1 END), COUNT(CASE WHEN rc.kind ="
                + " 'PROCURATORIAL' THEN 1 END) FROM recommendation rc WHERE rc.organ_id IS NOT NULL AND rc.received_date IS NOT NULL"
                + recommendations + " GROUP BY rc.organ_id, " + received, r -> {
                    add(expected, r.getLong(1), r.getInt(2), Measures.REC_JUDICIAL, r.getLong(3));
                    add(expected, r.getLong(1), r.getInt(2), Measures.REC_PROCURATORIAL, r.getLong(4));
                });
        String answered = String.format(month, "rc.answered_date");
        Streams.forEach(em, "SELECT rc.organ_id, " + answered + ", COUNT(*) FROM recommendation rc WHERE rc.organ_id IS NOT NULL"
                + " AND rc.answered_date IS NOT NULL" + recommendations + " GROUP BY rc.organ_id, " + answered,
                r -> add(expected, r.getLong(1), r.getInt(2), Measures.REC_ANSWERED, r.getLong(3)));
        if (withSessions) {
            try {
                sessions(expected, (sql, row) -> Streams.forEach(em, sql, row), organs);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e); // Streams.forEach(em, …) throws Hibernate's exception instead
            }
        }
        expected.values().removeIf(n -> n == 0);
        return expected;
    }

    private static String ids(Set<Long> organs) {
        StringBuilder b = new StringBuilder();
        for (long id : organs) {
            b.append(b.isEmpty() ? "" : ", ").append(id);
        }
        return b.toString();
    }

    /** The session measures: one forward-only pass over every session and defendant in lawsuit order, one lawsuit at a time. */
    private static void sessions(Map<String, Long> expected, Reader reader, Set<Long> organs) throws java.sql.SQLException {
        long[] current = { -1, 0 };
        List<Contributions.Attendance> rows = new ArrayList<>();
        Runnable flush = () -> {
            if (!rows.isEmpty()) {
                Map<String, Cell> cells = new LinkedHashMap<>();
                Contributions.sessionCells(current[1], rows, cells);
                for (Cell c : cells.values()) {
                    expected.merge(c.bucket(), c.n(), Long::sum);
                }
                rows.clear();
            }
        };
        reader.forEach("SELECT s.lawsuit_id, l.organ_id, d.id, s.id, s.session_date, "
                + LitigationSql.sessionFlags() + ", " + LitigationSql.headNotified() + " FROM court_session s"
                + " JOIN lawsuit l ON l.id = s.lawsuit_id JOIN lawsuit_defendant d ON d.lawsuit_id = s.lawsuit_id"
                + " LEFT JOIN session_appearance a ON a.session_id = s.id AND a.defendant_id = d.id AND a.superseded = FALSE"
                + " WHERE l.organ_id IS NOT NULL" + (organs == null ? "" : " AND l.organ_id IN (" + ids(organs) + ")")
                + " ORDER BY s.lawsuit_id", r -> {
                    long lawsuit = r.getLong(1);
                    if (lawsuit != current[0]) {
                        flush.run();
                        current[0] = lawsuit;
                        current[1] = r.getLong(2);
                    }
                    rows.add(new Contributions.Attendance(r.getLong(3), r.getLong(4), r.getDate(5).toLocalDate(), r.getInt(6),
                            r.getInt(7) == 1));
                });
        flush.run();
    }

    private static void add(Map<String, Long> expected, long organ, int month, String measure, long n) {
        if (n != 0) {
            expected.merge(new Cell(organ, YearMonth.of(month / 12, month % 12 + 1), measure, 0).bucket(), n, Long::sum);
        }
    }

    /**
     * For the differing buckets, the subjects whose rows now count for the bucket otherwise than their stored cells
     * say: the subjects of the organs concerned (by their rows, and by where they were counted) read one by one, as
     * the projector reads them, against their cells. Only the organs with a difference are read, so a consistent
     * database costs nothing here.
     */
    private Map<String, Set<String>> moved(List<String> differing, Set<Subject> dirty) {
        Map<String, Set<String>> moved = new HashMap<>();
        if (differing.isEmpty()) {
            return moved;
        }
        Set<String> wanted = new java.util.HashSet<>(differing);
        Set<Long> organs = new TreeSet<>();
        differing.forEach(b -> organs.add(Long.parseLong(b.substring(0, b.indexOf('|')))));
        for (long organ : organs) {
            Set<Subject> subjects = new java.util.LinkedHashSet<>();
            for (Object o : em.createNativeQuery("SELECT 'L', id FROM lawsuit WHERE organ_id = ?1 UNION ALL SELECT 'R', id FROM recommendation"
                    + " WHERE organ_id = ?1 UNION SELECT subject_type, subject_id FROM lit_agg_contribution WHERE organ_id = ?1")
                    .setParameter(1, organ).getResultList()) {
                Object[] r = (Object[]) o;
                subjects.add(new Subject(r[0].toString().charAt(0), Contributions.number(r[1])));
            }
            subjects.removeAll(dirty);
            Map<Subject, List<Cell>> now = contributions.of(subjects);
            Map<Subject, List<Cell>> stored = projector.storedBySubject(subjects);
            for (Subject s : subjects) {
                Map<String, Long> a = byBucket(now.get(s));
                Map<String, Long> b = byBucket(stored.get(s));
                if (a.equals(b)) {
                    continue;
                }
                Set<String> keys = new TreeSet<>(a.keySet());
                keys.addAll(b.keySet());
                for (String k : keys) {
                    if (wanted.contains(k) && !Objects.equals(a.get(k), b.get(k))) {
                        moved.computeIfAbsent(k, x -> new TreeSet<>()).add(s.label());
                    }
                }
            }
        }
        return moved;
    }

    private List<String> countedIn(long organ, YearMonth month, String measure) {
        List<?> rows = em.createNativeQuery("SELECT subject_type, subject_id FROM lit_agg_contribution WHERE organ_id = ?1 AND month = ?2"
                + " AND measure = ?3 ORDER BY subject_type, subject_id LIMIT " + NAMED).setParameter(1, organ)
                .setParameter(2, java.sql.Date.valueOf(month.atDay(1))).setParameter(3, measure).getResultList();
        List<String> list = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            list.add(new Subject(r[0].toString().charAt(0), Contributions.number(r[1])).label());
        }
        return list;
    }

    private static Map<String, Long> byBucket(List<Cell> cells) {
        Map<String, Long> m = new TreeMap<>();
        if (cells != null) {
            for (Cell c : cells) {
                m.merge(c.bucket(), c.n(), Long::sum);
            }
        }
        return m;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDateTime dateTime(Object o) {
        return o instanceof LocalDateTime t ? t : o instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
