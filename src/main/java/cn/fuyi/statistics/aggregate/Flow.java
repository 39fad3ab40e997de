package cn.fuyi.statistics.aggregate;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.statistics.Anchor;
import cn.fuyi.statistics.Count;

/**
 * A dated fact of a reconsideration case that the aggregates count per organ and month: the anchors of the counts of
 * cases ({@link Anchor}, domain README §4) that are flows, and {@link #EXITED}, the day an accepted case stopped
 * being pending. The stocks (carried over in, pending) are not flows; they are derived from the cumulative accepted
 * and exited cases ({@link ReconsiderationAggregates}).
 */
public enum Flow {
    RECEIVED(Anchor.RECEIVED, "c.received_date", "received_month"),
    ACCEPTED(Anchor.ACCEPTED, "c.accepted_date", "accepted_month"),
    NOT_ACCEPTED(Anchor.NOT_ACCEPTED, "c.not_accepted_date", "not_accepted_month"),
    ABANDONED(Anchor.ABANDONED, "c.abandoned_date", "abandoned_month"),
    CONCLUDED(Anchor.CONCLUDED, "c.concluded_date", "concluded_month"),
    /**
     * An accepted case leaves the stock when it is concluded, and only once it is accepted: it is counted at the later
     * of the two dates, so that pending at t = accepted by t − exited by t holds case by case, even for a case whose
     * recorded conclusion precedes its acceptance (a data-quality fault, never pending at any date).
     */
    EXITED(null, "GREATEST(c.accepted_date, c.concluded_date)", "exited_month");

    /** Measure of {@link #EXITED}: the accepted cases concluded, counted at the later date. */
    public static final String EXITED_MEASURE = "exited";
    /** Measure of the cases a data-quality check might name ({@link #SUSPECT}). */
    public static final String SUSPECT_MEASURE = "suspect";
    /** Breakdown prefixes: decision type, respondent, month accepted. */
    public static final String DECISION = "d:";
    public static final String RESPONDENT = "r:";
    public static final String ACCEPTED_MONTH = "am:";

    /**
     * A case some {@link cn.fuyi.statistics.DataQualityCheck} part could name, whatever the period: each part, read at
     * its anchor, implies this (concluded before accepted, accepted before received, accepted and also refused or
     * abandoned, concluded without acceptance, decision type or decision deadline). A report asks the rows which cases
     * fail a check only where this count is not zero, so the warnings stay the row-level ones.
     */
    static final String SUSPECT = "(c.accepted_date IS NOT NULL AND (c.concluded_date < c.accepted_date OR c.accepted_date < c.received_date"
            + " OR c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL))"
            + " OR (c.concluded_date IS NOT NULL AND (c.accepted_date IS NULL OR c.decision_type IS NULL OR c.decision_due_date IS NULL))";

    private final Anchor anchor;
    private final String date;
    private final String projectionColumn;

    Flow(Anchor anchor, String date, String projectionColumn) {
        this.anchor = anchor;
        this.date = date;
        this.projectionColumn = projectionColumn;
    }

    /** The anchor whose counts this flow holds; {@code null} for {@link #EXITED}. */
    public Anchor anchor() {
        return anchor;
    }

    /** The SQL date of the case {@code c} this flow counts it at (NULL: not in this flow). */
    String date() {
        return date;
    }

    /** The column of {@code statistics_rec_case} holding the month the case was last counted at. */
    String projectionColumn() {
        return projectionColumn;
    }

    /**
     * The counts held per bucket: every count of cases anchored here whose condition does not depend on the period,
     * each under its id. {@link Count#CONCLUDED_CARRIED_OVER} depends on the period's first day and is derived from the
     * {@link #ACCEPTED_MONTH} breakdown; the stocks and the counts of period-dependent case sets are not flows.
     */
    List<Count> counts() {
        List<Count> list = new ArrayList<>();
        if (anchor == null) {
            return list;
        }
        for (Count c : Count.ofSource(Count.Source.CASE)) {
            if (c.anchor() == anchor && (c.residual() == null || !c.residual().contains(":"))) {
                list.add(c);
            }
        }
        return list;
    }

    /** Whether the cases of this flow are checked for data quality (an anchor some check has a part at). */
    boolean checked() {
        return this == ACCEPTED || this == NOT_ACCEPTED || this == ABANDONED || this == CONCLUDED;
    }
}
