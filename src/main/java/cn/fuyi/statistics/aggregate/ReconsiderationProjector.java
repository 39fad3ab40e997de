package cn.fuyi.statistics.aggregate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import cn.fuyi.audit.Sequencer;
import cn.fuyi.common.BulkWrites;
import cn.fuyi.statistics.aggregate.AggregateTables.Entry;
import cn.fuyi.statistics.aggregate.AggregateTables.State;
import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * The one writer of the reconsideration aggregates: it follows the sequenced feed in order and, for the cases the new
 * entries touch, recounts from the rows exactly the month buckets they were counted in and belong to now, replaces
 * them and the cases' events ({@link EventAggregates}) and moves the projection's feed position, all in one
 * transaction. A replay (after a crash, or a reset
 * position) only recounts again, so nothing is ever counted twice.
 *
 * <p>Every instance runs the loop; the batch starts by locking the projection's row, so two instances never write
 * at once, and the second finds the position already moved. A projection never built (rebuilt_at NULL: first start
 * after the migration, or after a bulk load that reset it) is rebuilt from the rows first.
 */
@ApplicationScoped
public class ReconsiderationProjector {

    private static final Logger LOG = Logger.getLogger(ReconsiderationProjector.class);

    /** What one step of the writer did. */
    public record Step(int entries, int buckets, boolean rebuilt, long lastSeq) {
    }

    @Inject
    EntityManager em;
    @Inject
    Sequencer sequencer;
    @Inject
    BulkWrites bulkWrites;

    @ConfigProperty(name = "fuyi.statistics.aggregates.projector.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "fuyi.statistics.aggregates.projector.idle-interval", defaultValue = "5s")
    Duration idleInterval;
    @ConfigProperty(name = "fuyi.statistics.aggregates.projector.batch-size", defaultValue = "1000")
    int batchSize;
    /**
     * The largest batch the writer takes while it is behind (after an import it waited for: about 4.5 entries a case).
     * Each batch recounts whole month buckets, once for all the batch's cases in them, so catching up in batches that
     * double while they come back full takes a few transactions rather than hundreds.
     */
    @ConfigProperty(name = "fuyi.statistics.aggregates.projector.max-batch-size", defaultValue = "64000")
    int maxBatchSize;
    /**
     * How long the writer waits while a ledger import runs on this instance (0: it does not wait). The cases an import
     * writes are integrated once it is done, in a few large batches, instead of their months being recounted while
     * the import competes for the same cores; meanwhile reports count those cases from the rows, so no figure is
     * wrong, only slower to compute. Past this time the writer runs beside the import.
     */
    @ConfigProperty(name = "fuyi.statistics.aggregates.projector.defer-during-import", defaultValue = "5m")
    Duration deferDuringImport;
    @ConfigProperty(name = "fuyi.statistics.aggregates.rebuild-timeout", defaultValue = "2h")
    Duration rebuildTimeout;
    /**
     * How far before its last sweep the writer (and a report) looks again at stamped rows: longer than any transaction
     * writing case rows stays open, so that a row stamped before a sweep but committed after it is still seen.
     */
    @ConfigProperty(name = "fuyi.statistics.aggregates.sweep-margin", defaultValue = "5m")
    Duration sweepMargin;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private volatile boolean running;
    private Thread thread;
    private long lastFailureLog;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("The reconsideration aggregates' writer is switched off on this instance"
                    + " (fuyi.statistics.aggregates.projector.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "fuyi-statistics-projector");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        int size = batchSize;
        while (running) {
            boolean more = false;
            if (deferring()) {
                pause();
                continue;
            }
            try {
                Step s = step(size);
                more = s.entries() == size || s.rebuilt();
                // behind: the next batch twice as large (see maxBatchSize); caught up: back to the usual size
                size = s.entries() == size ? Math.min(Math.max(batchSize, maxBatchSize), size * 2) : batchSize;
                if (s.entries() > 0 || s.rebuilt()) {
                    signal();
                }
            } catch (RuntimeException e) {
                logFailure(e);
            }
            if (!more) {
                pause();
            }
        }
    }

    /** Whether an import on this instance runs, and has not yet run longer than the writer defers to it. */
    private boolean deferring() {
        return bulkWrites.runningFor().map(d -> d.compareTo(deferDuringImport) < 0).orElse(false);
    }

    private void pause() {
        try {
            Thread.sleep(idleInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** One step in a transaction of its own: a rebuild if the projection was never built, else one batch of the feed. */
    public Step step() {
        return step(batchSize);
    }

    /** {@link #step()} with a batch of at most {@code size} feed entries. */
    public Step step(int size) {
        return QuarkusTransaction.requiringNew().timeout((int) rebuildTimeout.toSeconds()).call(() -> stepInTransaction(size));
    }

    /** A rebuild in a transaction of its own (see {@link #rebuildInTransaction()}). */
    public Step rebuild() {
        Step s = QuarkusTransaction.requiringNew().timeout((int) rebuildTimeout.toSeconds()).call(this::rebuildInTransaction);
        signal();
        return s;
    }

    /** The earliest stamp a case row changed since the last sweep can bear (null: the projection was never swept). */
    public java.time.LocalDateTime sweepHorizon(java.time.LocalDateTime sweptAt) {
        return sweptAt == null ? null : sweptAt.minus(sweepMargin);
    }

    private Step stepInTransaction(int size) {
        java.time.LocalDateTime now = AggregateTables.serverNow(em);
        State state = AggregateTables.state(em, true);
        if (!state.built()) {
            LOG.info("The reconsideration aggregates were never built: rebuilding them from the rows");
            return rebuildLocked(now);
        }
        java.time.LocalDateTime sweptAt = AggregateTables.sweptAt(em);
        List<Entry> entries = AggregateTables.entriesAfter(em, state.lastSeq(), size);
        Set<Long> unannounced = sweptAt == null ? Set.of() : AggregateTables.changedWithoutEntry(em, sweepHorizon(sweptAt));
        if (entries.isEmpty() && unannounced.isEmpty()) {
            if (sweptAt == null || sweptAt.isBefore(now.minusSeconds(10))) {
                // nothing changed: the horizon moves on now and then, not at every look
                AggregateTables.swept(em, now);
            }
            return new Step(0, 0, false, state.lastSeq());
        }
        long last = entries.isEmpty() ? state.lastSeq() : entries.get(entries.size() - 1).seq();
        if (entries.stream().anyMatch(e -> AggregateTables.RECOUNT_ALL.equals(e.type()))) {
            // the deadlines of every case were recomputed at once (a calendar correction): recount everything
            Step s = rebuildLocked(now);
            return new Step(entries.size(), s.buckets(), true, s.lastSeq());
        }
        Set<Long> cases = new java.util.LinkedHashSet<>(AggregateTables.casesTouched(em, entries));
        cases.addAll(unannounced);
        Set<Key> keys = AggregateTables.keysOf(em, cases);
        if (!keys.isEmpty()) {
            AggregateTables.replace(em, keys, Recount.of(em, keys));
            AggregateTables.rememberCases(em, cases);
        }
        EventAggregates.recount(em, cases);
        AggregateTables.rememberLawsuits(em, AggregateTables.lawsuitsTouched(entries));
        AggregateTables.advance(em, last, false);
        AggregateTables.swept(em, now);
        return new Step(entries.size(), keys.size(), false, last);
    }

    /**
     * Recounts every bucket from the rows and sets the feed position to the newest entry sequenced when the recount's
     * snapshot was taken: an entry sequenced later is projected again, which only recounts what is already right.
     */
    public Step rebuildInTransaction() {
        java.time.LocalDateTime now = AggregateTables.serverNow(em);
        AggregateTables.state(em, true);
        return rebuildLocked(now);
    }

    private Step rebuildLocked(java.time.LocalDateTime now) {
        long started = System.nanoTime();
        // the position first: in this snapshot, every change of an entry up to it is in the rows read below
        long position = AggregateTables.feedHead(em);
        Map<Key, Map<String, Long>> all = Recount.all(em);
        AggregateTables.replaceAll(em, all);
        AggregateTables.rememberEverything(em);
        long events = EventAggregates.rebuild(em);
        AggregateTables.advance(em, position, true);
        AggregateTables.swept(em, now);
        LOG.infof("Reconsideration aggregates rebuilt from the rows: %,d month buckets and %,d case-months of events at feed position %d in %,d ms",
                all.size(), events, position, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new Step(0, all.size(), true, position);
    }

    /** The projection's place in the feed, read now. */
    public State state() {
        return QuarkusTransaction.requiringNew().call(() -> AggregateTables.state(em, false));
    }

    /**
     * Waits until every feed entry committed before this call is sequenced and integrated, for at most {@code timeout};
     * whether it is. Only meaningful where a writer runs (this instance or another).
     */
    public boolean awaitCaughtUp(Duration timeout) throws java.sql.SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!sequencer.awaitSequenced(timeout)) {
            return false;
        }
        long head = QuarkusTransaction.requiringNew().call(() -> AggregateTables.feedHead(em));
        while (true) {
            State s = state();
            if (s.built() && s.lastSeq() >= head) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.lock();
            try {
                // another instance may write: look again at short intervals rather than only when this one signals
                progress.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(25)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                lock.unlock();
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void logFailure(Exception e) {
        long now = System.nanoTime();
        if (lastFailureLog == 0 || now - lastFailureLog > TimeUnit.SECONDS.toNanos(30)) {
            lastFailureLog = now;
            LOG.warnf(e, "The reconsideration aggregates' writer could not integrate the feed (will retry): %s", e.getMessage());
        }
    }
}
