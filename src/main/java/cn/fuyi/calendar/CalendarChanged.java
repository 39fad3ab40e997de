package cn.fuyi.calendar;

/**
 * Fired inside the transaction that changed a year's schedule, so that features holding deadlines can recompute
 * them; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is committed.
 */
public record CalendarChanged(int year) {
}
