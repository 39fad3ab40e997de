package cn.fuyi.resilience;

/**
 * A transaction the database could not carry out now: its attempts ran out on transient failures, or it could not
 * start because the service already runs as many transactions as its connection pool can hold. Answered with 503.
 */
public class DatabaseFailureException extends RuntimeException {

    private final DatabaseFailure failure;
    private final int attempts;

    public DatabaseFailureException(DatabaseFailure failure, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.attempts = attempts;
    }

    public DatabaseFailure failure() {
        return failure;
    }

    /** How many times the transaction ran; 0 when it never started. */
    public int attempts() {
        return attempts;
    }
}
