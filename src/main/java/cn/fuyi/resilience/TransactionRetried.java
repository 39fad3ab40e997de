package cn.fuyi.resilience;

/**
 * Fired when a transaction failed transiently and is about to run again.
 *
 * @param operation the method that starts the transaction, e.g. {@code ReconsiderationService.accept}
 * @param attempt the attempt that failed, from 1
 * @param failure what the database said
 * @param cause the database's message
 */
public record TransactionRetried(String operation, int attempt, DatabaseFailure failure, String cause) {
}
