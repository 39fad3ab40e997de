package cn.fuyi.statistics.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.TimeSource;
import cn.fuyi.security.UserScope;
import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.aggregate.AggregateTables.Entry;
import cn.fuyi.statistics.aggregate.AggregateTables.State;
import cn.fuyi.statistics.aggregate.AggregateViews.DifferenceView;
import cn.fuyi.statistics.aggregate.AggregateViews.ReconciliationRunView;
import cn.fuyi.statistics.aggregate.AggregateViews.StatusView;
import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * Holds the aggregates to the rows: a reconciliation recounts every month bucket from the rows in one forward-only
 * pass over the cases ({@link RowScan}: each count's own condition evaluated by the server once per case, the buckets
 * summed here — another road than the writer's and the rebuild's grouped passes, {@link Recount}), compares it in
 * memory with the stored months, and every year bucket with the sum of its months; only a bucket that differs is
 * asked for the cases behind it. A rebuild replaces them all by the recount. Both are audited. Buckets holding a case
 * not integrated yet are left out of the comparison (they differ from the rows until the writer reaches them, and
 * reports count them from the rows meanwhile).
 */
@ApplicationScoped
public class AggregateReconciliations {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AggregateReconciliations.class);

    static final int MAX_CASES = 100;
    static final int MAX_DIFFERENCES = 1000;

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
    @Inject
    ReconsiderationProjector projector;
    @Inject
    ReconsiderationAggregates aggregates;
    @Inject
    javax.sql.DataSource dataSource;

    /**
     * Passes over the cases run at once by a reconciliation, each over a range of ids on a connection of its own (1:
     * one pass in the reconciliation's own transaction). Two use both cores of a two-core server.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "fuyi.statistics.aggregates.reconcile-passes", defaultValue = "2")
    int passes;

    /** Runs one reconciliation ({@code REQUESTED} or {@code SCHEDULED}) and keeps its result. */
    @Transactional
    @TransactionConfiguration(timeout = 7200)
    public ReconciliationRunView reconcile(String trigger) {
        audit.expect();
        Instant started = time.now();
        State state = AggregateTables.state(em, false);
        List<Entry> pending = AggregateTables.pending(em, state.lastSeq());
        java.time.LocalDateTime horizon = projector.sweepHorizon(AggregateTables.sweptAt(em));
        boolean everything = !state.built() || horizon == null
                || pending.stream().anyMatch(e -> AggregateTables.RECOUNT_ALL.equals(e.type()));
        Set<Long> notIntegrated = everything ? Set.of() : ReconsiderationAggregates.notIntegrated(em, pending, horizon);
        Set<Key> skipped = everything ? Set.of() : AggregateTables.keysOf(em, notIntegrated);
        long t0 = System.nanoTime();
        // with several passes they run on connections of their own while this transaction reads the stored months and
        // compares the kept events
        RowScan.Pending scan = passes > 1 ? RowScan.start(em, dataSource, passes) : null;
        Map<Key, Map<String, Long>> counted = scan == null ? RowScan.all(em) : null;
        Map<Key, Map<String, Long>> stored = RowScan.storedMonths(em);
        // the events and one-per-case sets kept per case and month (EventAggregates), compared apart from the buckets:
        // with several passes, the events are read from their tables alone and counted by the organs the passes read
        List<DifferenceView> eventDifferences = new ArrayList<>();
        EventAggregates.Stored keptEvents = everything || scan == null ? null
                : EventAggregates.stored(em, notIntegrated);
        long[] events = keptEvents == null ? null : EventAggregates.events(em);
        long eventsCompared = everything || scan != null ? 0
                : EventAggregates.compare(em, notIntegrated, eventDifferences, MAX_DIFFERENCES);
        long t1 = System.nanoTime();
        if (scan != null) {
            counted = scan.get();
            if (keptEvents != null) {
                eventsCompared = EventAggregates.compareByOrgan(em, keptEvents, events, scan::organOf, eventDifferences, MAX_DIFFERENCES);
            }
        }
        long t2 = System.nanoTime();
        List<DifferenceView> differences = new ArrayList<>();
        long compared = 0;
        long skippedCount = 0;
        Set<Key> keys = new HashSet<>(counted.keySet());
        keys.addAll(stored.keySet());
        if (everything) {
            skippedCount = keys.size();
            keys.clear();
        }
        if (passes > 1) {
            // the other passes read a moment after this transaction: the organs where they found a bucket that differs
            // are counted again in this transaction's snapshot, and only what still differs is a difference
            Set<Long> again = new java.util.TreeSet<>();
            for (Key k : keys) {
                if (!skipped.contains(k) && !counted.getOrDefault(k, Map.of()).equals(stored.getOrDefault(k, Map.of()))) {
                    again.add(k.organId());
                }
            }
            if (!again.isEmpty()) {
                counted.keySet().removeIf(k -> again.contains(k.organId()));
                counted.putAll(RowScan.organs(em, again));
                keys.removeIf(k -> again.contains(k.organId()) && !stored.containsKey(k));
                keys.addAll(counted.keySet());
            }
        }
        List<Key> ordered = keys.stream().sorted(Comparator.comparing(Key::organId).thenComparing(Key::month).thenComparing(Key::flow)).toList();
        for (Key k : ordered) {
            if (skipped.contains(k)) {
                skippedCount++;
                continue;
            }
            compared++;
            Map<String, Long> c = counted.getOrDefault(k, Map.of());
            Map<String, Long> s = stored.getOrDefault(k, Map.of());
            if (c.equals(s)) {
                continue;
            }
            for (String measure : new TreeSet<>(union(c.keySet(), s.keySet()))) {
                long a = s.getOrDefault(measure, 0L);
                long b = c.getOrDefault(measure, 0L);
                if (a != b && differences.size() < MAX_DIFFERENCES) {
                    differences.add(new DifferenceView(k.organId(), k.flow().name(), "M", Recount.month(k.month().getYear(),
                            k.month().getMonthValue()), measure, a, b, casesBehind(k, measure)));
                }
            }
        }
        if (!everything) {
            compareYears(stored, skipped, differences);
        }
        LOG.infof("reconsideration reconciliation: stored buckets and kept events read in %d ms, rows scanned and events compared %d ms"
                + " more, buckets compared in %d ms (%d differences)%s", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
                differences.size() + eventDifferences.size(), scan == null ? "" : "; the passes: " + scan.timing());
        compared += eventsCompared;
        for (DifferenceView d : eventDifferences) {
            if (differences.size() < MAX_DIFFERENCES) {
                differences.add(d);
            }
        }
        Instant finished = time.now();
        String by = "SCHEDULED".equals(trigger) ? null : user.username();
        em.createNativeQuery("INSERT INTO statistics_rec_reconciliation (trigger_kind, requested_by, started_at, finished_at, watermark,"
                + " buckets_compared, buckets_skipped, difference_count, differences) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, trigger).setParameter(2, by).setParameter(3, timestamp(started)).setParameter(4, timestamp(finished))
                .setParameter(5, state.lastSeq()).setParameter(6, compared).setParameter(7, skippedCount).setParameter(8, differences.size())
                .setParameter(9, write(differences)).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("trigger", trigger);
        changes.put("watermark", state.lastSeq());
        changes.put("bucketsCompared", compared);
        changes.put("bucketsSkipped", skippedCount);
        changes.put("differences", differences.size());
        audit.record(SubjectType.STATISTICS_AGGREGATES, id, null, "RECONCILE_AGGREGATES", changes, null);
        return get(id);
    }

    /** Every year bucket against the sum of its stored months (the writer keeps them equal in one transaction). */
    private void compareYears(Map<Key, Map<String, Long>> months, Set<Key> skipped, List<DifferenceView> differences) {
        Map<Key, Map<String, Long>> sums = new HashMap<>();
        Set<Key> skippedYears = new HashSet<>();
        months.forEach((k, m) -> {
            Key y = new Key(k.organId(), k.month().withDayOfYear(1), k.flow());
            m.forEach((measure, n) -> sums.computeIfAbsent(y, x -> new HashMap<>()).merge(measure, n, Long::sum));
        });
        skipped.forEach(k -> skippedYears.add(new Key(k.organId(), k.month().withDayOfYear(1), k.flow())));
        Map<Key, Map<String, Long>> years = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT organ_id, bucket, flow, measure, n FROM statistics_rec_bucket WHERE grain = 'Y'").getResultList()) {
            Object[] r = (Object[]) o;
            Key k = new Key(((Number) r[0]).longValue(), AggregateTables.date(r[1]), Flow.valueOf((String) r[2]));
            years.computeIfAbsent(k, x -> new HashMap<>()).put((String) r[3], ((Number) r[4]).longValue());
        }
        Set<Key> keys = new HashSet<>(years.keySet());
        keys.addAll(sums.keySet());
        for (Key k : keys) {
            Map<String, Long> a = years.getOrDefault(k, Map.of());
            Map<String, Long> b = sums.getOrDefault(k, Map.of());
            for (String measure : new TreeSet<>(union(a.keySet(), b.keySet()))) {
                long stored = a.getOrDefault(measure, 0L);
                long sum = b.getOrDefault(measure, 0L);
                if (stored != sum && !skippedYears.contains(k) && differences.size() < MAX_DIFFERENCES) {
                    differences.add(new DifferenceView(k.organId(), k.flow().name(), "Y", Integer.toString(k.month().getYear()), measure,
                            stored, sum, List.of()));
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    /** The cases the rows count in the bucket under the measure, in id order, at most {@value #MAX_CASES}. */
    private List<Long> casesBehind(Key k, String measure) {
        LocalDate m = k.month();
        String range = " BETWEEN " + Recount.sqlDate(m) + " AND " + Recount.sqlDate(m.plusMonths(1).minusDays(1));
        String where = "c.organ_id = " + k.organId() + " AND " + k.flow().date() + range;
        Optional<Count> count = Count.byId(measure);
        if (measure.startsWith(Flow.DECISION)) {
            where += " AND c.decision_type = '" + measure.substring(Flow.DECISION.length()).replace("'", "''") + "'";
        } else if (measure.startsWith(Flow.RESPONDENT)) {
            where += " AND c.respondent_id = " + Long.parseLong(measure.substring(Flow.RESPONDENT.length()));
        } else if (measure.startsWith(Flow.ACCEPTED_MONTH)) {
            LocalDate a = LocalDate.parse(measure.substring(Flow.ACCEPTED_MONTH.length()) + "-01");
            where += " AND c.accepted_date BETWEEN " + Recount.sqlDate(a) + " AND " + Recount.sqlDate(a.plusMonths(1).minusDays(1));
        } else if (Flow.SUSPECT_MEASURE.equals(measure)) {
            where += " AND (" + Flow.SUSPECT + ")";
        } else if (count.isPresent()) {
            Count c = count.get();
            if (c.residual() != null) {
                where += " AND (" + c.residual() + ")";
            }
            if (c.caseSet().isPresent()) {
                where += " AND c.id IN (" + c.caseSet().get() + ")";
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT c.id FROM reconsideration_case c WHERE " + where + " ORDER BY c.id")
                .setMaxResults(MAX_CASES).getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    /** The reconciliations kept, newest first, without their differences. */
    @Transactional
    public PageResult<ReconciliationRunView> list(PageRequest request) {
        int page = request.page();
        int size = request.size();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM statistics_rec_reconciliation").getSingleResult()).longValue();
        List<ReconciliationRunView> items = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id FROM statistics_rec_reconciliation ORDER BY id DESC").setFirstResult(page * size)
                .setMaxResults(size).getResultList()) {
            ReconciliationRunView v = get(((Number) o).longValue());
            items.add(new ReconciliationRunView(v.id(), v.trigger(), v.requestedBy(), v.startedAt(), v.finishedAt(), v.watermark(),
                    v.bucketsCompared(), v.bucketsSkipped(), v.differenceCount(), v.consistent(), List.of()));
        }
        return PageResult.of(items, request, total);
    }

    /** One reconciliation with its differences, limited to the organs the caller sees. */
    @Transactional
    public ReconciliationRunView get(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, trigger_kind, requested_by, started_at, finished_at, watermark, buckets_compared,"
                + " buckets_skipped, difference_count, differences FROM statistics_rec_reconciliation WHERE id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("STATISTICS_RECONCILIATION_NOT_FOUND", id);
        }
        Object[] r = (Object[]) rows.get(0);
        List<DifferenceView> differences = read((String) r[9]).stream().filter(d -> scope.seesOrgan(d.organId())).toList();
        int count = ((Number) r[8]).intValue();
        return new ReconciliationRunView(id, (String) r[1], (String) r[2], instant(r[3]), instant(r[4]), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), count, count == 0, differences);
    }

    /** Recounts every bucket from the rows (the documented rebuild command), audited. */
    @Transactional
    @TransactionConfiguration(timeout = 7200)
    public StatusView rebuild() {
        audit.expect();
        ReconsiderationProjector.Step s = projector.rebuildInTransaction();
        audit.record(SubjectType.STATISTICS_AGGREGATES, null, null, "REBUILD_AGGREGATES", Map.of("buckets", s.buckets(), "watermark", s.lastSeq()),
                null);
        return status(true);
    }

    /** Where the aggregates stand. */
    @Transactional
    public StatusView status(boolean caughtUp) {
        State s = AggregateTables.state(em, false);
        return new StatusView(aggregates.enabled(), s.built(), s.lastSeq(), AggregateTables.feedHead(em), caughtUp, s.updatedAt(), s.rebuiltAt());
    }

    private static java.sql.Timestamp timestamp(Instant i) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(i, java.time.ZoneOffset.UTC));
    }

    private static Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) o;
    }

    private String write(List<DifferenceView> differences) {
        try {
            return json.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DifferenceView> read(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<DifferenceView>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
