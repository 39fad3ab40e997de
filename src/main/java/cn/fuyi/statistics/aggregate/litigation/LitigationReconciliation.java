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
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Checks the litigation aggregates against the rows: every lawsuit and recommendation is read again from its rows
 * (what it counts for now), summed per organ, month and measure, and compared with the month rows bucket by bucket.
 * The subjects the projector has not integrated yet are taken as last counted, since the aggregates are not
 * expected to hold them. Each difference names the subjects behind it: those whose rows now count for the bucket
 * otherwise than the projection says, or, when the bucket alone is wrong, those the projection counts in it. One
 * transaction, one snapshot; one pass over the lawsuits and their sessions, about the cost of one row-level report
 * over every period.
 */
@ApplicationScoped
public class LitigationReconciliation {

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
        Map<String, Long> expected = new HashMap<>();
        // subjects whose rows count otherwise than their stored cells, per bucket
        Map<String, Set<String>> moved = new HashMap<>();
        long subjects = 0;
        Set<Subject> seen = new java.util.HashSet<>();
        for (String table : List.of("lawsuit", "recommendation")) {
            long after = 0;
            while (true) {
                List<?> ids = em.createNativeQuery("SELECT id FROM " + table + " WHERE id > ?1 ORDER BY id LIMIT " + Contributions.CHUNK)
                        .setParameter(1, after).getResultList();
                if (ids.isEmpty()) {
                    break;
                }
                List<Subject> chunk = new ArrayList<>();
                for (Object id : ids) {
                    after = Contributions.number(id);
                    chunk.add(table.equals("lawsuit") ? Subject.lawsuit(after) : Subject.recommendation(after));
                }
                subjects += chunk.size();
                Map<Subject, List<Cell>> now = contributions.of(chunk);
                Map<Subject, List<Cell>> stored = projector.storedBySubject(chunk);
                for (Subject s : chunk) {
                    if (dirty.contains(s)) {
                        seen.add(s);
                    }
                    List<Cell> counted = dirty.contains(s) ? stored.getOrDefault(s, List.of()) : now.getOrDefault(s, List.of());
                    for (Cell c : counted) {
                        expected.merge(c.bucket(), c.n(), Long::sum);
                    }
                    if (!dirty.contains(s)) {
                        Map<String, Long> a = byBucket(now.get(s));
                        Map<String, Long> b = byBucket(stored.get(s));
                        if (!a.equals(b)) {
                            Set<String> keys = new TreeSet<>(a.keySet());
                            keys.addAll(b.keySet());
                            for (String k : keys) {
                                if (!Objects.equals(a.get(k), b.get(k))) {
                                    moved.computeIfAbsent(k, x -> new TreeSet<>()).add(s.label());
                                }
                            }
                        }
                    }
                }
            }
        }
        // a subject not integrated yet that has no row any more still counts as last counted
        Set<Subject> gone = new java.util.HashSet<>(dirty);
        gone.removeAll(seen);
        for (Cell c : projector.stored(gone)) {
            expected.merge(c.bucket(), c.n(), Long::sum);
        }
        Map<String, Long> actual = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organ_id, month, measure, n FROM lit_agg_month").getResultList();
        for (Object[] r : rows) {
            actual.put(new Cell(Contributions.number(r[0]), YearMonth.from(Contributions.date(r[1])), (String) r[2], 0).bucket(),
                    Contributions.number(r[3]));
        }
        Set<String> buckets = new TreeSet<>(expected.keySet());
        buckets.addAll(actual.keySet());
        List<Difference> differences = new ArrayList<>();
        int count = 0;
        for (String b : buckets) {
            long want = expected.getOrDefault(b, 0L);
            long have = actual.getOrDefault(b, 0L);
            if (want == have) {
                continue;
            }
            count++;
            if (differences.size() >= 1000) {
                continue;
            }
            String[] p = b.split("\\|", 3);
            List<String> behind = new ArrayList<>(moved.getOrDefault(b, Set.of()));
            if (behind.isEmpty()) {
                behind = countedIn(Long.parseLong(p[0]), YearMonth.parse(p[1]), p[2]);
            }
            differences.add(new Difference(Long.parseLong(p[0]), p[1], p[2], have, want,
                    behind.subList(0, Math.min(NAMED, behind.size()))));
        }
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
