package cn.fuyi.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.audit.AuditContext;
import cn.fuyi.audit.AuditLog;
import cn.fuyi.common.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rules of running a transaction again, on the service's own transaction manager: only at the outermost
 * boundary, only for transient database failures, a bounded number of times, each attempt a fresh transaction.
 */
@QuarkusTest
class RetryingTransactionsTest {

    @Inject
    RetryingTransactions transactions;
    @Inject
    RetryRecorder recorder;
    @Inject
    RetryConfig retryConfig;
    @Inject
    AuditLog audit;
    @Inject
    AuditContext auditContext;
    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @BeforeEach
    void forgetRetries() {
        recorder.reset();
    }

    /** What Hibernate throws for MySQL's error 1213. */
    private static RuntimeException deadlock() {
        return new PessimisticLockException("could not execute statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                        "40001", 1213));
    }

    @Test
    void anOutermostTransactionRunsAgainUntilItSucceeds() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String result = transactions.call("test.succeedsThirdTime", () -> QuarkusTransaction.requiringNew().call(() -> {
            if (runs.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        }));
        assertEquals("done", result);
        assertEquals(3, runs.get());
        assertEquals(List.of(1, 2), recorder.retries().stream().map(TransactionRetried::attempt).toList());
    }

    @Test
    void theAttemptsAreBoundedAndTheLastFailureIsKept() {
        AtomicInteger runs = new AtomicInteger();
        DatabaseFailureException e = assertThrows(DatabaseFailureException.class,
                () -> transactions.call("test.alwaysDeadlocks", () -> {
                    runs.incrementAndGet();
                    throw deadlock();
                }));
        assertEquals(retryConfig.maxAttempts(), runs.get());
        assertEquals(retryConfig.maxAttempts(), e.attempts());
        assertEquals(DatabaseFailure.CONFLICT, e.failure());
        assertTrue(e.getCause() instanceof PessimisticLockException);
    }

    @Test
    void workJoiningARunningTransactionRunsOnceAndLeavesTheRetryToTheOutermost() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> transactions.supply("test.nested", () -> {
                    runs.incrementAndGet();
                    throw deadlock();
                })));
        assertEquals(1, runs.get());
        assertTrue(DatabaseFailure.of(thrown).isPresent());
        assertEquals(List.of(), recorder.retries());
    }

    @Test
    void businessRejectionsAreNeverRunAgain() {
        for (RuntimeException rejection : List.of(ApiException.conflict("CASE_TRANSITION_NOT_ALLOWED"),
                new OptimisticLockException("stale"))) {
            AtomicInteger runs = new AtomicInteger();
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> transactions.call("test.rejected", () -> {
                runs.incrementAndGet();
                throw rejection;
            }));
            assertSame(rejection, thrown);
            assertEquals(1, runs.get());
        }
        assertEquals(List.of(), recorder.retries());
    }

    @Test
    void eachAttemptStartsWithAFreshTransactionScopedAuditContext() throws Exception {
        List<Boolean> recordedAtStart = new ArrayList<>();
        transactions.call("test.auditContext", () -> QuarkusTransaction.requiringNew().call(() -> {
            recordedAtStart.add(auditContext.recorded());
            audit.expect();
            if (recordedAtStart.size() == 1) {
                throw deadlock();
            }
            return null;
        }));
        assertEquals(List.of(false, false), recordedAtStart);
    }

    @Test
    void noMoreTransactionsRunAtOnceThanThePoolCanServeAndTheNextIsRefusedAsOverloaded() throws Exception {
        int slots = RetryingTransactions.defaultConcurrency(poolSize);
        CountDownLatch started = new CountDownLatch(slots);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(slots);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                running.add(threads.submit(() -> transactions.call("test.holdsASlot", () -> {
                    started.countDown();
                    return release.await(60, TimeUnit.SECONDS);
                })));
            }
            assertTrue(started.await(60, TimeUnit.SECONDS));
            AtomicInteger runs = new AtomicInteger();
            DatabaseFailureException e = assertThrows(DatabaseFailureException.class,
                    () -> transactions.call("test.oneTooMany", runs::incrementAndGet));
            assertEquals(DatabaseFailure.OVERLOADED, e.failure());
            assertEquals(0, runs.get());
            release.countDown();
            for (Future<Object> f : running) {
                assertEquals(Boolean.TRUE, f.get());
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertEquals(1, transactions.call("test.afterwards", () -> 1));
    }

    @Test
    void backoffGrowsWithinItsBoundsAndVaries() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long cap = Math.min(1000, 50L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                long pause = transactions.backoffMillis(attempt);
                assertTrue(pause >= cap / 2 && pause <= cap, attempt + ": " + pause);
            }
        }
        assertFalse(java.util.stream.IntStream.range(0, 20).mapToLong(i -> transactions.backoffMillis(3)).distinct().count() == 1);
    }
}
