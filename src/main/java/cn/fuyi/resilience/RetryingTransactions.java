package cn.fuyi.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the work of an outermost transaction: again, after a short jittered pause, when it fails on a deadlock, a
 * lock wait timeout, a Galera conflict or a lost connection, up to {@code fuyi.retry.max-attempts} attempts in all.
 * Work that joins a transaction already under way runs once, as is; its failure reaches the outermost boundary,
 * which runs the whole transaction again. Each attempt is a new transaction with a new persistence context and new
 * transaction-scoped beans, so nothing of a failed attempt is seen by the next.
 *
 * <p>It also bounds how many outermost transactions run at once, to half the connection pool less the audit
 * sequencer's connection unless {@code fuyi.transactions.max-concurrent} says otherwise: a transaction may hold a
 * second connection for a moment (a year's first case number, the calendar's snapshot are read in transactions of
 * their own), and with more transactions than that each could hold one connection and wait for another that no one
 * returns. A transaction that finds no free slot within the pool's acquisition timeout is refused as overloaded.
 */
@ApplicationScoped
public class RetryingTransactions {

    private static final Logger LOG = Logger.getLogger(RetryingTransactions.class);

    /** A unit of work that may throw what the method it stands for throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    @Inject
    TransactionManager transactions;
    @Inject
    RetryConfig config;
    @Inject
    Event<TransactionRetried> retried;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
    int poolSize;
    @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout", defaultValue = "5s")
    Duration acquisitionTimeout;
    @ConfigProperty(name = "fuyi.transactions.max-concurrent")
    Optional<Integer> maxConcurrent;

    private Semaphore slots;
    /** Whether this thread holds a slot already: work it starts after its transaction completed needs no second one. */
    private final ThreadLocal<Boolean> holdsSlot = ThreadLocal.withInitial(() -> false);

    @PostConstruct
    void init() {
        slots = new Semaphore(maxConcurrent.orElse(defaultConcurrency(poolSize)), true);
    }

    /** Two connections for each transaction, one for the sequencer. */
    static int defaultConcurrency(int poolSize) {
        return Math.max(1, (poolSize - 1) / 2);
    }

    /**
     * Runs {@code work}, which starts a transaction when none is active, as described above.
     *
     * @param operation names the work in log messages, e.g. {@code ReconsiderationService.accept}
     */
    public <T> T call(String operation, Work<T> work) throws Exception {
        if (transactionInProgress()) {
            return work.run();
        }
        if (holdsSlot.get()) {
            return attempts(operation, work);
        }
        if (!slots.tryAcquire(acquisitionTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new DatabaseFailureException(DatabaseFailure.OVERLOADED, 0,
                    operation + ": no transaction slot became free within " + acquisitionTimeout, null);
        }
        holdsSlot.set(true);
        try {
            return attempts(operation, work);
        } finally {
            holdsSlot.set(false);
            slots.release();
        }
    }

    /** {@link #call} for work that throws no checked exception. */
    public <T> T supply(String operation, Supplier<T> work) {
        try {
            return call(operation, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + " interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T attempts(String operation, Work<T> work) throws Exception {
        int max = Math.max(1, config.maxAttempts());
        for (int attempt = 1;; attempt++) {
            try {
                return work.run();
            } catch (Exception e) {
                DatabaseFailure failure = DatabaseFailure.of(e).filter(DatabaseFailure::retryable).orElse(null);
                if (failure == null) {
                    throw e;
                }
                String cause = databaseMessage(e);
                if (attempt >= max) {
                    LOG.warnf("%s failed %d times (%s: %s); giving up", operation, attempt, failure, cause);
                    throw new DatabaseFailureException(failure, attempt,
                            operation + " failed " + attempt + " times: " + cause, e);
                }
                long pause = backoffMillis(attempt);
                LOG.infof("%s: attempt %d of %d failed (%s: %s); running it again in %d ms", operation, attempt, max,
                        failure, cause, pause);
                retried.fire(new TransactionRetried(operation, attempt, failure, cause));
                Thread.sleep(pause);
            }
        }
    }

    /** Exponential backoff with jitter: between half and all of initial × 2^(attempt−1), capped. */
    long backoffMillis(int attempt) {
        long initial = Math.max(1, config.initialBackoff().toMillis());
        long cap = Math.min(config.maxBackoff().toMillis(), initial << Math.min(attempt - 1, 20));
        cap = Math.max(cap, 1);
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap - cap / 2 + 1);
    }

    /**
     * Whether work would join a transaction under way. One that has committed or rolled back, still associated
     * with the thread while its after-completion observers run, is over: work there needs a transaction of its own.
     */
    private boolean transactionInProgress() throws SystemException {
        int status = transactions.getStatus();
        return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_COMMITTED
                && status != Status.STATUS_ROLLEDBACK;
    }

    /** The message of the innermost SQL error, which names what the database objected to, on one line. */
    public static String databaseMessage(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException) {
                message = t.getMessage();
            }
        }
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
