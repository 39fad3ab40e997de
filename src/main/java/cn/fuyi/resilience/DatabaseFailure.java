package cn.fuyi.resilience;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.transaction.xa.XAException;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;

import org.hibernate.StaleStateException;

import cn.fuyi.common.ApiException;

/**
 * What a failure says about the database, read from the SQL errors among its causes: a conflict with another
 * transaction or a lost connection, which a new attempt of the whole transaction can get past, or a pool or server
 * that cannot take the work now. Each kind is answered with its own 503 problem code.
 *
 * <p>MySQL and MariaDB (Galera included) report these by vendor code and SQLState: 1213 / 40001 deadlock, and on
 * Galera a certification conflict, possibly only at commit ("WSREP detected deadlock/conflict"); 1205 lock wait
 * timeout; 1047 / 08S01 "WSREP has not yet prepared node for application use"; SQLState class 08 a connection that
 * could not be opened or was lost. Agroal reports a pool with no free connection only by its message.
 */
public enum DatabaseFailure {

    /** A deadlock, a lock wait timeout or a Galera certification conflict: the server rolled the work back. */
    CONFLICT(true, "TRANSIENT_CONFLICT"),
    /** A Galera node that is not part of the primary component yet: it rejected the statement. */
    NODE_NOT_READY(true, "DATABASE_UNAVAILABLE"),
    /**
     * The connection could not be opened, or broke before the commit was sent: the server rolled back whatever the
     * transaction had done.
     */
    CONNECTION_LOST(true, "DATABASE_UNAVAILABLE"),
    /** The connection broke while committing: the transaction may or may not have been committed, so it is not run again. */
    COMMIT_OUTCOME_UNKNOWN(false, "DATABASE_UNAVAILABLE"),
    /** No pooled connection became free within the acquisition timeout, or the server refused more connections. */
    OVERLOADED(false, "SERVICE_OVERLOADED");

    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_UNKNOWN_COM_ERROR = 1047;
    private static final int ER_CON_COUNT_ERROR = 1040;
    private static final int ER_TOO_MANY_USER_CONNECTIONS = 1203;

    private final boolean retryable;
    private final String problemCode;

    DatabaseFailure(boolean retryable, String problemCode) {
        this.retryable = retryable;
        this.problemCode = problemCode;
    }

    /** Whether running the whole transaction again is safe and may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The stable code of the 503 problem answered for it. */
    public String problemCode() {
        return problemCode;
    }

    /**
     * The database failure behind {@code failure}, if any. A business rejection anywhere among the causes (an
     * {@link ApiException}, a stale version, a validation failure, an HTTP error) is never a database failure.
     */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        DatabaseFailure found = null;
        boolean duringCommit = false;
        for (Throwable t : causes(failure)) {
            if (isBusinessRejection(t)) {
                return Optional.empty();
            }
            if (t instanceof DatabaseFailureException known) {
                return Optional.of(known.failure());
            }
            if (t instanceof XAException || t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException) {
                duringCommit = true;
            }
            if (found == null && t instanceof SQLException sql) {
                found = classify(sql);
            }
        }
        if (found == CONNECTION_LOST && duringCommit) {
            found = COMMIT_OUTCOME_UNKNOWN;
        }
        return Optional.ofNullable(found);
    }

    private static DatabaseFailure classify(SQLException e) {
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT || "40001".equals(state)) {
            return CONFLICT;
        }
        if (code == ER_UNKNOWN_COM_ERROR || message.contains("wsrep has not yet prepared node")) {
            return NODE_NOT_READY;
        }
        if (code == ER_CON_COUNT_ERROR || code == ER_TOO_MANY_USER_CONNECTIONS) {
            return OVERLOADED;
        }
        if (state.isEmpty() && message.contains("acquisition timeout")) {
            // Agroal: "Sorry, acquisition timeout!" when every pooled connection stayed busy; "Acquisition timeout
            // while waiting for new connection" when the server did not answer a new connection in time.
            return message.contains("new connection") ? CONNECTION_LOST : OVERLOADED;
        }
        if (state.startsWith("08") || e instanceof SQLRecoverableException || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException) {
            return CONNECTION_LOST;
        }
        return null;
    }

    private static boolean isBusinessRejection(Throwable t) {
        return t instanceof ApiException || t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof ValidationException || t instanceof WebApplicationException;
    }

    /** The failure and everything it was caused by or suppressed, nearest first, each once. */
    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> queue = new ArrayDeque<>();
        List<Throwable> order = new ArrayList<>();
        if (failure != null) {
            queue.add(failure);
        }
        while (!queue.isEmpty() && order.size() < 64) {
            Throwable t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            order.add(t);
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                queue.add(sql.getNextException());
            }
            Collections.addAll(queue, t.getSuppressed());
        }
        return order;
    }
}
