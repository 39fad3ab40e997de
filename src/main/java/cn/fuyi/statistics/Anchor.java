package cn.fuyi.statistics;

/**
 * The dated fact a count of cases is about: "the cases whose X date lies in the period". Every count of cases is its
 * anchor's condition and a residual condition, so the cases of one anchor are read once, over an index range on
 * that date, and every count anchored there is computed in the same pass ({@code StatisticsQueries.passes}).
 */
public enum Anchor {
    RECEIVED("c.received_date BETWEEN :from AND :to"),
    ACCEPTED("c.accepted_date BETWEEN :from AND :to"),
    NOT_ACCEPTED("c.not_accepted_date BETWEEN :from AND :to"),
    ABANDONED("c.abandoned_date BETWEEN :from AND :to"),
    CONCLUDED("c.concluded_date BETWEEN :from AND :to"),
    /**
     * Accepted by the period's last day and not concluded before its first: the stock of accepted cases at its start
     * (carried over in) and at its end (pending) is among these. Read over the concluded date (open cases and those
     * concluded from the first day on), so the cases closed in earlier years are never read.
     */
    STOCK("c.accepted_date <= :to AND (c.concluded_date IS NULL OR c.concluded_date >= :from)");

    private final String condition;

    Anchor(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on the case {@code c}. */
    public String condition() {
        return condition;
    }
}
