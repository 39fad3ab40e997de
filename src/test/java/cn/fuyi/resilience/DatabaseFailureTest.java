package cn.fuyi.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

import javax.transaction.xa.XAException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;

/**
 * Which failures are transient, in the shapes they reach the service in: wrapped by Hibernate when a statement
 * fails, and by Narayana (an XAException from the connection's commit inside a RollbackException, or the failed
 * flush as its cause) when the commit fails. The SQL errors carry MySQL's and MariaDB's codes and messages.
 */
class DatabaseFailureTest {

    private static Optional<DatabaseFailure> of(Throwable t) {
        return DatabaseFailure.of(t);
    }

    /** What Narayana throws from commit when the connection's commit failed. */
    private static RollbackException failedCommit(SQLException cause) {
        XAException xa = new XAException(XAException.XA_RBROLLBACK);
        xa.initCause(cause);
        RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
        e.initCause(xa);
        return e;
    }

    @Test
    void deadlocksAndLockWaitTimeoutsAreConflictsWorthRetrying() {
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
        var lockWait = new SQLTransactionRollbackException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205);
        assertEquals(Optional.of(DatabaseFailure.CONFLICT), of(new LockAcquisitionException("could not execute statement", deadlock)));
        assertEquals(Optional.of(DatabaseFailure.CONFLICT), of(new PersistenceException(
                new org.hibernate.PessimisticLockException("could not execute statement", lockWait, null))));
        assertTrue(DatabaseFailure.CONFLICT.retryable());
    }

    @Test
    void aGaleraCertificationConflictAtCommitIsAConflictWorthRetrying() {
        var wsrep = new SQLException("WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                "40001", 1213);
        assertEquals(Optional.of(DatabaseFailure.CONFLICT), of(failedCommit(wsrep)));
        // Narayana may also attach the failure as suppressed rather than as the cause
        RollbackException suppressed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException(XAException.XA_RBROLLBACK);
        xa.initCause(wsrep);
        suppressed.addSuppressed(xa);
        assertEquals(Optional.of(DatabaseFailure.CONFLICT), of(suppressed));
    }

    @Test
    void aGaleraNodeNotReadyIsRetried() {
        var notReady = new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
        assertEquals(Optional.of(DatabaseFailure.NODE_NOT_READY), of(new GenericJDBCException("could not prepare statement", notReady)));
        assertTrue(DatabaseFailure.NODE_NOT_READY.retryable());
        assertEquals("DATABASE_UNAVAILABLE", DatabaseFailure.NODE_NOT_READY.problemCode());
    }

    @Test
    void aConnectionLostBeforeCommitIsRetriedButNotOneLostWhileCommitting() {
        var lost = new SQLException("Communications link failure", "08S01", 0);
        assertEquals(Optional.of(DatabaseFailure.CONNECTION_LOST),
                of(new JDBCConnectionException("could not execute statement", lost)));
        // the flush at commit failed: the commit itself was never sent
        RollbackException flushFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        flushFailed.initCause(new JDBCConnectionException("could not execute statement", lost));
        assertEquals(Optional.of(DatabaseFailure.CONNECTION_LOST), of(flushFailed));
        // the connection's commit failed: it may have been committed
        assertEquals(Optional.of(DatabaseFailure.COMMIT_OUTCOME_UNKNOWN), of(failedCommit(lost)));
        assertFalse(DatabaseFailure.COMMIT_OUTCOME_UNKNOWN.retryable());
    }

    @Test
    void aPoolWithoutFreeConnectionsIsOverloadAndAServerThatDoesNotAnswerIsAnOutage() {
        var exhausted = new SQLException("Sorry, acquisition timeout!");
        assertEquals(Optional.of(DatabaseFailure.OVERLOADED),
                of(new GenericJDBCException("Unable to acquire JDBC Connection", exhausted)));
        assertFalse(DatabaseFailure.OVERLOADED.retryable());
        assertEquals("SERVICE_OVERLOADED", DatabaseFailure.OVERLOADED.problemCode());
        var slowServer = new SQLException("Acquisition timeout while waiting for new connection",
                new java.util.concurrent.TimeoutException());
        assertEquals(Optional.of(DatabaseFailure.CONNECTION_LOST), of(slowServer));
        var tooMany = new SQLException("Too many connections", "08004", 1040);
        assertEquals(Optional.of(DatabaseFailure.OVERLOADED), of(tooMany));
    }

    @Test
    void businessRejectionsAndOtherSqlErrorsAreNotDatabaseFailures() {
        var duplicate = new SQLException("Duplicate entry '1-2026' for key 'PRIMARY'", "23000", 1062);
        assertEquals(Optional.empty(), of(new ConstraintViolationException("could not execute statement", duplicate, "PRIMARY")));
        assertEquals(Optional.empty(), of(new OptimisticLockException("stale")));
        assertEquals(Optional.empty(), of(ApiException.conflict("CASE_TRANSITION_NOT_ALLOWED")));
        assertEquals(Optional.empty(), of(new IllegalStateException("bug")));
        var syntax = new SQLException("You have an error in your SQL syntax", "42000", 1064);
        assertEquals(Optional.empty(), of(new GenericJDBCException("could not prepare statement", syntax)));
        // a rejection wins over a database error among the same causes
        var rejection = ApiException.conflict("CONCURRENT_MODIFICATION");
        rejection.initCause(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
        assertEquals(Optional.empty(), of(rejection));
    }

    @Test
    void aCauseChainThatLoopsIsReadOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertEquals(Optional.empty(), of(a));
    }
}
