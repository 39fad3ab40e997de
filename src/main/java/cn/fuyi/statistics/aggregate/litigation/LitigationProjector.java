package cn.fuyi.statistics.aggregate.litigation;

import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.TimeSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The one writer of the litigation aggregates. It follows the sequenced change feed ({@code change_event.seq}): the
 * lawsuits and recommendations with an event after the feed position it has integrated ({@code statistics_projection}
 * row LITIGATION), or with one not yet sequenced, are read again from their rows; their old cells are replaced by the
 * new ones, every month bucket either touched is summed again from the cells, and the position moves to the feed's
 * head, all in one transaction. A replay or a crash therefore never counts twice: the cells of a subject are replaced,
 * never added to. The row lock on the projection row keeps two writers (or a writer and a rebuild) apart; the job that
 * drives it ({@link LitigationAggregateJobs}) runs on one instance of the cluster.
 *
 * <p>Every write to a lawsuit, its defendants, sessions, attendance and outcome goes through the lawsuit's lifecycle
 * (an event of subject LAWSUIT), and every write to a recommendation publishes one of subject RECOMMENDATION; rows
 * written without an event (a bulk load, a migration) are taken in by a {@link #rebuild() rebuild}.
 */
@ApplicationScoped
public class LitigationProjector {

    private static final Logger LOG = Logger.getLogger(LitigationProjector.class);
    static final String NAME = "LITIGATION";

    @Inject
    EntityManager em;
    @Inject
    Contributions contributions;
    @Inject
    TimeSource time;
    @Inject
    cn.fuyi.audit.AuditLog audit;
    @ConfigProperty(name = "fuyi.statistics.litigation.projector.max-subjects", defaultValue = "20000")
    int maxSubjects;

    /** Where the projection stands. */
    public record Status(long lastSeq, long feedSeq, boolean built, LocalDateTime updatedAt, LocalDateTime rebuiltAt, long pending) {
        public boolean caughtUp() {
            return built && pending == 0;
        }
    }

    /** What one catch-up or rebuild did. */
    public record Run(boolean rebuilt, int subjects, int buckets, long lastSeq) {
    }

    /** Integrates what the feed holds beyond the watermark; rebuilds when never built or when too much is waiting. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Run catchUp() {
        Object[] row = lock();
        if (row[1] == null) {
            return rebuildLocked();
        }
        long watermark = Contributions.number(row[0]);
        long head = feedHead();
        Set<Subject> dirty = dirtySince(watermark);
        if (dirty.isEmpty()) {
            if (head > watermark) {
                em.createNativeQuery("UPDATE statistics_projection SET last_seq = ?1, updated_at = ?2 WHERE name = ?3")
                        .setParameter(1, head).setParameter(2, now()).setParameter(3, NAME).executeUpdate();
            }
            return new Run(false, 0, 0, Math.max(head, watermark));
        }
        if (dirty.size() > maxSubjects) {
            LOG.infof("Litigation aggregates: %d subjects waiting, rebuilding instead", dirty.size());
            return rebuildLocked();
        }
        Set<String> buckets = new TreeSet<>();
        for (Cell c : stored(dirty)) {
            buckets.add(c.organId() + "|" + c.month());
        }
        Map<Subject, List<Cell>> fresh = contributions.of(dirty);
        deleteCells(dirty);
        insertCells(fresh);
        for (List<Cell> cells : fresh.values()) {
            for (Cell c : cells) {
                buckets.add(c.organId() + "|" + c.month());
            }
        }
        resum(buckets);
        em.createNativeQuery("UPDATE statistics_projection SET last_seq = ?1, updated_at = ?2 WHERE name = ?3")
                .setParameter(1, Math.max(head, watermark)).setParameter(2, now()).setParameter(3, NAME).executeUpdate();
        return new Run(false, dirty.size(), buckets.size(), Math.max(head, watermark));
    }

    /**
     * Recounts every aggregate from the rows: the feed position is read first, then every lawsuit and recommendation,
     * in one transaction (one snapshot of the rows); whatever commits meanwhile has a later feed position or none yet,
     * so the next catch-up takes it in.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Run rebuild() {
        lock();
        return rebuildLocked();
    }

    private Run rebuildLocked() {
        long head = feedHead();
        em.createNativeQuery("DELETE FROM lit_agg_contribution").executeUpdate();
        em.createNativeQuery("DELETE FROM lit_agg_month").executeUpdate();
        int subjects = 0;
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
                    long v = Contributions.number(id);
                    chunk.add(table.equals("lawsuit") ? Subject.lawsuit(v) : Subject.recommendation(v));
                    after = v;
                }
                insertCells(contributions.of(chunk));
                subjects += chunk.size();
            }
        }
        int buckets = em.createNativeQuery("INSERT INTO lit_agg_month (organ_id, month, measure, n) SELECT organ_id, month, measure,"
                + " SUM(n) FROM lit_agg_contribution GROUP BY organ_id, month, measure").executeUpdate();
        em.createNativeQuery("UPDATE statistics_projection SET last_seq = ?1, updated_at = ?2, rebuilt_at = ?2 WHERE name = ?3")
                .setParameter(1, head).setParameter(2, now()).setParameter(3, NAME).executeUpdate();
        LOG.infof("Litigation aggregates rebuilt: %d subjects, %d buckets, feed position %d", subjects, buckets, head);
        return new Run(true, subjects, buckets, head);
    }

    /** Where the projection stands, and how many lawsuits and recommendations wait for it. */
    @Transactional
    public Status status() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_seq, rebuilt_at, updated_at FROM statistics_projection WHERE name = ?1")
                .setParameter(1, NAME).getSingleResult();
        long watermark = Contributions.number(row[0]);
        return new Status(watermark, feedHead(), row[1] != null, dateTime(row[2]), dateTime(row[1]), dirtySince(watermark).size());
    }

    private final Object progress = new Object();

    /** Wakes those waiting for the projection to catch up (after each run). */
    void signal() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /**
     * Waits at most {@code timeout} until everything sequenced before the call is integrated; whether it was. Woken
     * by each run on this instance, and looks again at least every 200 ms (the run may be on another instance).
     */
    public boolean awaitIntegrated(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = status().feedSeq();
        while (true) {
            Status s = status();
            if (s.built() && s.lastSeq() >= target) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            synchronized (progress) {
                try {
                    progress.wait(Math.max(1, Math.min(200, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** Rebuilds on request, audited. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Run rebuildRequested() {
        audit.expect();
        lock();
        Run r = rebuildLocked();
        audit.record(SubjectType.LITIGATION_AGGREGATES, null, null, "REBUILD",
                Map.of("subjects", r.subjects(), "buckets", r.buckets(), "lastSeq", r.lastSeq()), null);
        return r;
    }

    // ---- shared with the reads and the reconciliation ----------------------------------------------------------

    /** The integrated feed position, or {@code null} when the aggregates were never built (read without locking). */
    Long watermark() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_seq, rebuilt_at FROM statistics_projection WHERE name = ?1")
                .setParameter(1, NAME).getSingleResult();
        return row[1] == null ? null : Contributions.number(row[0]);
    }

    /** The lawsuits and recommendations with a feed event after the position, or one not yet sequenced. */
    @SuppressWarnings("unchecked")
    Set<Subject> dirtySince(long watermark) {
        Set<Subject> dirty = new HashSet<>();
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT subject_type, subject_id FROM change_event"
                + " WHERE (seq > ?1 OR seq IS NULL) AND subject_type IN (?2, ?3) AND subject_id IS NOT NULL")
                .setParameter(1, watermark).setParameter(2, SubjectType.LAWSUIT.name())
                .setParameter(3, SubjectType.RECOMMENDATION.name()).getResultList();
        for (Object[] r : rows) {
            long id = Contributions.number(r[1]);
            dirty.add(SubjectType.LAWSUIT.name().equals(r[0]) ? Subject.lawsuit(id) : Subject.recommendation(id));
        }
        return dirty;
    }

    /** The cells the subjects were last counted with. */
    List<Cell> stored(Collection<Subject> subjects) {
        return storedBySubject(subjects).values().stream().flatMap(List::stream).toList();
    }

    @SuppressWarnings("unchecked")
    Map<Subject, List<Cell>> storedBySubject(Collection<Subject> subjects) {
        Map<Subject, List<Cell>> result = new HashMap<>();
        for (char type : new char[] { Subject.LAWSUIT, Subject.RECOMMENDATION }) {
            List<Long> ids = subjects.stream().filter(s -> s.type() == type).map(Subject::id).toList();
            for (int i = 0; i < ids.size(); i += Contributions.CHUNK) {
                List<Object[]> rows = em.createNativeQuery("SELECT subject_id, organ_id, month, measure, n FROM lit_agg_contribution"
                        + " WHERE subject_type = ?1 AND subject_id IN (?2)").setParameter(1, String.valueOf(type))
                        .setParameter(2, ids.subList(i, Math.min(ids.size(), i + Contributions.CHUNK))).getResultList();
                for (Object[] r : rows) {
                    result.computeIfAbsent(new Subject(type, Contributions.number(r[0])), k -> new ArrayList<>())
                            .add(new Cell(Contributions.number(r[1]), YearMonth.from(Contributions.date(r[2])), (String) r[3],
                                    Contributions.number(r[4])));
                }
            }
        }
        return result;
    }

    private Object[] lock() {
        return (Object[]) em.createNativeQuery("SELECT last_seq, rebuilt_at FROM statistics_projection WHERE name = ?1 FOR UPDATE")
                .setParameter(1, NAME).getSingleResult();
    }

    long feedHead() {
        return Contributions.number(em.createNativeQuery("SELECT MAX(seq) FROM change_event").getSingleResult());
    }

    private void deleteCells(Collection<Subject> subjects) {
        for (char type : new char[] { Subject.LAWSUIT, Subject.RECOMMENDATION }) {
            List<Long> ids = subjects.stream().filter(s -> s.type() == type).map(Subject::id).toList();
            for (int i = 0; i < ids.size(); i += Contributions.CHUNK) {
                em.createNativeQuery("DELETE FROM lit_agg_contribution WHERE subject_type = ?1 AND subject_id IN (?2)")
                        .setParameter(1, String.valueOf(type))
                        .setParameter(2, ids.subList(i, Math.min(ids.size(), i + Contributions.CHUNK))).executeUpdate();
            }
        }
    }

    private void insertCells(Map<Subject, List<Cell>> cells) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO lit_agg_contribution (subject_type, subject_id, organ_id,"
                    + " month, measure, n) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<Subject, List<Cell>> e : cells.entrySet()) {
                    for (Cell cell : e.getValue()) {
                        st.setString(1, String.valueOf(e.getKey().type()));
                        st.setLong(2, e.getKey().id());
                        st.setLong(3, cell.organId());
                        st.setObject(4, java.sql.Date.valueOf(cell.month().atDay(1)));
                        st.setString(5, cell.measure());
                        st.setLong(6, cell.n());
                        st.addBatch();
                        if (++pending == 1000) {
                            st.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    st.executeBatch();
                }
            }
        });
    }

    /** Sums the buckets ("organ|yyyy-MM") again from the cells. */
    private void resum(Set<String> buckets) {
        Map<Long, List<java.sql.Date>> byOrgan = new HashMap<>();
        for (String b : buckets) {
            String[] p = b.split("\\|");
            byOrgan.computeIfAbsent(Long.parseLong(p[0]), k -> new ArrayList<>()).add(java.sql.Date.valueOf(YearMonth.parse(p[1]).atDay(1)));
        }
        byOrgan.forEach((organ, months) -> {
            em.createNativeQuery("DELETE FROM lit_agg_month WHERE organ_id = ?1 AND month IN (?2)").setParameter(1, organ)
                    .setParameter(2, months).executeUpdate();
            em.createNativeQuery("INSERT INTO lit_agg_month (organ_id, month, measure, n) SELECT organ_id, month, measure, SUM(n)"
                    + " FROM lit_agg_contribution WHERE organ_id = ?1 AND month IN (?2) GROUP BY organ_id, month, measure")
                    .setParameter(1, organ).setParameter(2, months).executeUpdate();
        });
    }

    private String now() {
        return text(LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC));
    }

    /** A UTC time as the text of a DATETIME(6), whatever its fraction. */
    static String text(LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
    }

    private static LocalDateTime dateTime(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDateTime t ? t : o instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
