package cn.fuyi.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import cn.fuyi.common.InstanceNames;

/**
 * Gives committed audit records their place in the hash chain and feed events their feed positions, after commit,
 * in short batches (the way a transparency log integrates queued entries). Every instance runs one; only the
 * holder of the lease in {@code sequencer_state} sequences, and another instance takes over within a lease period
 * when it dies (at once when it shuts down).
 */
@ApplicationScoped
public class Sequencer {

    private static final Logger LOG = Logger.getLogger(Sequencer.class);
    private static final Object WOKEN = new Object();

    /** How far behind the sequencer is, and who sequences. */
    public record Status(String leader, long term, Instant leaseUntil, long auditSeq, long feedSeq,
            long unsequencedAuditRecords, long unsequencedFeedEvents, Instant oldestUnsequencedAt, Double lagSeconds,
            Instant lastSequencedAt, String thisInstance, boolean thisInstanceLeads) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "fuyi.sequencer.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "fuyi.sequencer.lease", defaultValue = "10s")
    Duration lease;
    @ConfigProperty(name = "fuyi.sequencer.idle-interval", defaultValue = "100ms")
    Duration idleInterval;
    @ConfigProperty(name = "fuyi.sequencer.batch-size", defaultValue = "1000")
    int batchSize;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private volatile boolean leading;
    private volatile SequencerCore core;
    private Thread thread;
    private long lastFailureLog;
    private Counter sequenced;
    private Counter published;
    private Timer batches;

    void onStart(@Observes StartupEvent event) {
        core = new SequencerCore(dataSource, InstanceNames.next(), lease, batchSize);
        meters.gauge("fuyi.sequencer.leading", this, s -> s.leading ? 1 : 0);
        sequenced = meters.counter("fuyi.sequencer.entries", "kind", "audit");
        published = meters.counter("fuyi.sequencer.entries", "kind", "feed");
        batches = Timer.builder("fuyi.sequencer.batch").description("One sequencing batch, from lease check to commit")
                .register(meters);
        if (!enabled) {
            LOG.info("The audit sequencer is switched off on this instance (fuyi.sequencer.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "fuyi-sequencer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (leading) {
            try {
                core.release();
                LOG.infof("Sequencer %s gave up the lease", core.holder());
            } catch (SQLException e) {
                LOG.warnf("Sequencer %s could not give up its lease; another instance takes over when it runs out: %s",
                        core.holder(), e.getMessage());
            }
        }
    }

    /** Wakes the sequencer when the current transaction commits, so what it wrote is sequenced without waiting. */
    public void wakeAfterCommit() {
        if (transactions.getTransactionKey() == null) {
            wake();
            return;
        }
        if (transactions.getResource(WOKEN) == null) {
            transactions.putResource(WOKEN, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        wake();
                    }
                }
            });
        }
    }

    private void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            boolean more = false;
            try {
                if (!leading) {
                    leading = core.tryLead();
                    if (leading) {
                        LOG.infof("Sequencer %s took the lease", core.holder());
                    }
                }
                if (leading) {
                    long started = System.nanoTime();
                    SequencerCore.Batch b = core.sequenceOnce();
                    batches.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    if (b == null) {
                        leading = false;
                        LOG.infof("Sequencer %s no longer holds the lease", core.holder());
                    } else {
                        more = b.full(core.batchSize());
                        if (b.auditRecords() > 0 || b.feedEvents() > 0) {
                            sequenced.increment(b.auditRecords());
                            published.increment(b.feedEvents());
                            signalProgress();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                leading = false;
                logFailure(e);
            }
            if (!more) {
                // not leading: try again at the pace the lease allows; leading: wait for a commit or the idle interval
                awaitWork(leading ? idleInterval : lease.dividedBy(4));
            }
        }
    }

    private void awaitWork(Duration max) {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (!woken && running && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void signalProgress() {
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
            LOG.warnf("Sequencer %s could not sequence (will retry): %s", core.holder(), e.getMessage());
        } else {
            LOG.debugf(e, "Sequencer %s could not sequence", core.holder());
        }
    }

    /**
     * Waits until every audit record and feed event committed before this call is sequenced, for at most
     * {@code timeout}; whether they are.
     */
    public boolean awaitSequenced(Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long[] upTo = newestIds();
        while (true) {
            if (!unsequencedUpTo(upTo[0], upTo[1])) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.lock();
            try {
                // another instance may lead: look again at short intervals rather than only when this one signals
                progress.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(25)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                lock.unlock();
            }
        }
    }

    private long[] newestIds() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_record), (SELECT COALESCE(MAX(id), 0) FROM change_event)");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

    private boolean unsequencedUpTo(long auditId, long feedId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM audit_record WHERE seq IS NULL AND id <= ?)"
                        + " OR EXISTS (SELECT 1 FROM change_event WHERE seq IS NULL AND id <= ?)")) {
            st.setLong(1, auditId);
            st.setLong(2, feedId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The sequencer's state and how much committed work waits for it. */
    public Status status(Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String holder;
            long term;
            LocalDateTime leaseUntil;
            long auditSeq;
            long feedSeq;
            LocalDateTime sequencedAt;
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT holder, term, lease_until, audit_seq, feed_seq, sequenced_at FROM sequencer_state WHERE id = 1");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                holder = rs.getString(1);
                term = rs.getLong(2);
                leaseUntil = rs.getObject(3, LocalDateTime.class);
                auditSeq = rs.getLong(4);
                feedSeq = rs.getLong(5);
                sequencedAt = rs.getObject(6, LocalDateTime.class);
            }
            long audit;
            long feed;
            LocalDateTime oldest;
            try (PreparedStatement st = c.prepareStatement("SELECT (SELECT COUNT(*) FROM audit_record WHERE seq IS NULL),"
                    + " (SELECT COUNT(*) FROM change_event WHERE seq IS NULL),"
                    + " (SELECT MIN(occurred_at) FROM audit_record WHERE seq IS NULL),"
                    + " (SELECT MIN(occurred_at) FROM change_event WHERE seq IS NULL)");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                audit = rs.getLong(1);
                feed = rs.getLong(2);
                LocalDateTime a = rs.getObject(3, LocalDateTime.class);
                LocalDateTime f = rs.getObject(4, LocalDateTime.class);
                oldest = a == null ? f : f == null ? a : a.isBefore(f) ? a : f;
            }
            Instant oldestAt = oldest == null ? null : oldest.toInstant(ZoneOffset.UTC);
            Double lag = oldestAt == null ? 0.0 : Math.max(0, Duration.between(oldestAt, now).toMillis()) / 1000.0;
            return new Status(holder, term, leaseUntil == null ? null : leaseUntil.toInstant(ZoneOffset.UTC), auditSeq,
                    feedSeq, audit, feed, oldestAt, lag, sequencedAt == null ? null : sequencedAt.toInstant(ZoneOffset.UTC),
                    core.holder(), leading);
        }
    }
}
