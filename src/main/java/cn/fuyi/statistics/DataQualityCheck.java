package cn.fuyi.statistics;

import static cn.fuyi.statistics.Sql.CONCLUDED_IN_PERIOD;
import static cn.fuyi.statistics.Sql.inPeriod;

/**
 * Facts that cannot all be true of a real case, each a SQL condition on the case {@code c} restricted to cases the
 * period's figures count. A report names every case that fails one, as a data-quality warning; nothing is dropped
 * or silently corrected.
 */
public enum DataQualityCheck {

    /**
     * The cases that make carried over in + accepted − concluded − other exits differ from pending: accepted in the
     * period but concluded before it (counted as accepted, neither concluded nor pending), or concluded in the period
     * without an acceptance in or before it (counted as concluded only).
     */
    UNRECONCILED("(" + inPeriod("accepted_date") + " AND c.concluded_date < :from) OR (" + CONCLUDED_IN_PERIOD
            + " AND (c.accepted_date IS NULL OR c.accepted_date > :to))"),
    CONCLUDED_BEFORE_ACCEPTED("c.concluded_date < c.accepted_date AND (" + inPeriod("accepted_date") + " OR "
            + CONCLUDED_IN_PERIOD + ")"),
    CONCLUDED_WITHOUT_ACCEPTANCE(CONCLUDED_IN_PERIOD + " AND c.accepted_date IS NULL"),
    ACCEPTED_BEFORE_RECEIVED("c.accepted_date < c.received_date AND (" + inPeriod("accepted_date") + " OR "
            + inPeriod("received_date") + ")"),
    ACCEPTED_AND_REFUSED("c.accepted_date IS NOT NULL AND (c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL)"
            + " AND (" + inPeriod("accepted_date") + " OR " + inPeriod("not_accepted_date") + " OR " + inPeriod("abandoned_date") + ")"),
    CONCLUDED_WITHOUT_DECISION_TYPE(CONCLUDED_IN_PERIOD + " AND c.decision_type IS NULL"),
    CONCLUDED_WITHOUT_DEADLINE(CONCLUDED_IN_PERIOD + " AND c.decision_due_date IS NULL");

    private final String condition;

    DataQualityCheck(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    /** Message key of the warning in the {@code i18n/messages} bundles; argument {0} is the number of cases. */
    public String messageKey() {
        return "statistics.warning." + name();
    }
}
