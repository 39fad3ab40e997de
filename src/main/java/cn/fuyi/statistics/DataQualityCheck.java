package cn.fuyi.statistics;

import java.util.List;

/**
 * Facts that cannot all be true of a real case, each a set of SQL conditions on the case {@code c} restricted to
 * cases the period's figures count, written per {@link Anchor} (the parts of one check never overlap). A report names
 * every case that fails one, as a data-quality warning; nothing is dropped or silently corrected.
 */
public enum DataQualityCheck {

    /**
     * The cases that make carried over in + accepted − concluded − other exits differ from pending: accepted in the
     * period but concluded before it (counted as accepted, neither concluded nor pending), or concluded in the period
     * without an acceptance in or before it (counted as concluded only).
     */
    UNRECONCILED(new Part(Anchor.ACCEPTED, "c.concluded_date < :from"),
            new Part(Anchor.CONCLUDED, "c.accepted_date IS NULL OR c.accepted_date > :to")),
    CONCLUDED_BEFORE_ACCEPTED(new Part(Anchor.ACCEPTED, "c.concluded_date < c.accepted_date"),
            new Part(Anchor.CONCLUDED, "c.concluded_date < c.accepted_date AND NOT (" + Anchor.ACCEPTED.condition() + ")")),
    CONCLUDED_WITHOUT_ACCEPTANCE(new Part(Anchor.CONCLUDED, "c.accepted_date IS NULL")),
    ACCEPTED_BEFORE_RECEIVED(new Part(Anchor.ACCEPTED, "c.accepted_date < c.received_date")),
    ACCEPTED_AND_REFUSED(new Part(Anchor.ACCEPTED, "c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL"),
            new Part(Anchor.NOT_ACCEPTED, "c.accepted_date IS NOT NULL AND NOT (" + Anchor.ACCEPTED.condition() + ")"),
            new Part(Anchor.ABANDONED, "c.accepted_date IS NOT NULL AND NOT (" + Anchor.ACCEPTED.condition() + ")"
                    + " AND (c.not_accepted_date IS NULL OR NOT (" + Anchor.NOT_ACCEPTED.condition() + "))")),
    CONCLUDED_WITHOUT_DECISION_TYPE(new Part(Anchor.CONCLUDED, "c.decision_type IS NULL")),
    CONCLUDED_WITHOUT_DEADLINE(new Part(Anchor.CONCLUDED, "c.decision_due_date IS NULL"));

    /** One anchored piece of a check. */
    public record Part(Anchor anchor, String residual) {

        String condition() {
            return anchor.condition() + " AND (" + residual + ")";
        }
    }

    private final List<Part> parts;

    DataQualityCheck(Part... parts) {
        this.parts = List.of(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The whole check as one SQL condition, to list the cases that fail it. */
    String condition() {
        return String.join(" OR ", parts.stream().map(p -> "(" + p.condition() + ")").toList());
    }

    /** Message key of the warning in the {@code i18n/messages} bundles; argument {0} is the number of cases. */
    public String messageKey() {
        return "statistics.warning." + name();
    }
}
