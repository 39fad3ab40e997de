package cn.fuyi.statistics;

/**
 * The dated fact a count of cases is about: "the cases whose X date lies in the period". Every count of cases is its
 * anchor's condition and a residual condition, so the cases of one anchor are read once, over an index range on
 * that date, and every count anchored there is computed in the same pass.
 */
public enum Anchor {
    RECEIVED("c.received_date BETWEEN :from AND :to"),
    ACCEPTED("c.accepted_date BETWEEN :from AND :to"),
    NOT_ACCEPTED("c.not_accepted_date BETWEEN :from AND :to"),
    ABANDONED("c.abandoned_date BETWEEN :from AND :to"),
    CONCLUDED("c.concluded_date BETWEEN :from AND :to"),
    /** Accepted by the period's last day: the stock of accepted cases at its start and at its end is among these. */
    STOCK("c.accepted_date <= :to");

    private final String condition;

    Anchor(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on the case {@code c}. */
    public String condition() {
        return condition;
    }

    /**
     * The anchor whose range is read to compute this anchor's counts. Cases accepted in the period are among those
     * accepted by its last day, so they are counted in the same pass as the stock instead of in a pass of their own.
     */
    Anchor pass() {
        return this == ACCEPTED ? STOCK : this;
    }
}
