package cn.fuyi.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.fuyi.litigation.CounselType;
import cn.fuyi.litigation.Outcome;

/**
 * The SQL of the litigation counts ({@link Count}, source LITIGATION), each written from the rule that defines it in
 * the litigation module ({@link Outcome#loss()}, {@link Outcome#merits()}, {@link CounselType#governmentCounsel()},
 * {@code SessionAppearance.headCounts()}). The lawsuit is {@code l}, in the per-defendant breakdowns its defendant
 * {@code d}; the period is {@code :from}, {@code :to}. Plain SQL that MySQL 8, MariaDB and TiDB run alike.
 */
final class LitigationSql {

    private LitigationSql() {
    }

    /** Counts that are a condition on one lawsuit (or one lawsuit and defendant), read in one pass over the lawsuits. */
    static final List<Count> LAWSUIT_COUNTS = List.of(Count.SUITS, Count.SUITS_FIRST_INSTANCE, Count.SUITS_APPEAL, Count.SUITS_RETRIAL,
            Count.SUITS_CARRIED_OVER_IN, Count.SUITS_CONCLUDED, Count.FIRST_INSTANCE_CONCLUDED, Count.SUITS_LOST, Count.MERITS_JUDGMENTS,
            Count.WITHDRAWN_AFTER_ACT_CHANGED, Count.SUITS_PENDING, Count.SUITS_WITH_COUNSEL);

    /** Counts of sessions and appearances, in the order the session query returns them. */
    static final List<Count> SESSION_COUNTS = List.of(Count.SESSIONS, Count.SESSIONS_HEAD_APPEARED, Count.SUITS_WITH_SESSION,
            Count.SUITS_HEAD_APPEARED, Count.SUITS_PRINCIPAL_APPEARED, Count.SUITS_HEAD_SPOKE);

    /** Counts of recommendations, for the whole scope only. */
    static final List<Count> RECOMMENDATION_COUNTS = List.of(Count.JUDICIAL_RECOMMENDATIONS, Count.PROCURATORIAL_RECOMMENDATIONS,
            Count.RECOMMENDATIONS_ANSWERED);

    /** The current appearance record {@code a} says a head counts as having appeared (SessionAppearance.headCounts()). */
    static final String HEAD_COUNTS = "a.head_appeared = TRUE AND a.head_identity_defective = FALSE";

    private static final String FILED = "l.filed_date BETWEEN :from AND :to";
    private static final String DECIDED = "l.outcome_date BETWEEN :from AND :to";
    private static final String FIRST_DECIDED = DECIDED + " AND l.instance = 'FIRST'";

    /** The outcomes for which {@code test} holds, as a SQL list. */
    static String outcomes(Predicate<Outcome> test) {
        return Arrays.stream(Outcome.values()).filter(test).map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
    }

    static String governmentCounsel() {
        return Arrays.stream(CounselType.values()).filter(CounselType::governmentCounsel).map(t -> "'" + t.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** The condition on the lawsuit {@code l} (and, per defendant, {@code d}) of a count of {@link #LAWSUIT_COUNTS}. */
    static String condition(Count count, boolean perDefendant) {
        return switch (count) {
            case SUITS -> FILED;
            case SUITS_FIRST_INSTANCE -> FILED + " AND l.instance = 'FIRST'";
            case SUITS_APPEAL -> FILED + " AND l.instance = 'APPEAL'";
            case SUITS_RETRIAL -> FILED + " AND l.instance = 'RETRIAL'";
            case SUITS_CARRIED_OVER_IN -> "l.filed_date < :from AND (l.outcome_date IS NULL OR l.outcome_date >= :from)";
            case SUITS_CONCLUDED -> DECIDED;
            case FIRST_INSTANCE_CONCLUDED -> FIRST_DECIDED;
            case SUITS_LOST -> FIRST_DECIDED + " AND l.outcome IN (" + outcomes(Outcome::loss) + ")";
            case MERITS_JUDGMENTS -> FIRST_DECIDED + " AND l.outcome IN (" + outcomes(Outcome::merits) + ")";
            case WITHDRAWN_AFTER_ACT_CHANGED -> DECIDED + " AND l.withdrawn_after_act_changed = TRUE";
            case SUITS_PENDING -> "l.outcome_date IS NULL OR l.outcome_date > :to";
            case SUITS_WITH_COUNSEL -> FILED + " AND (l.counsel_type IN (" + governmentCounsel() + ") OR EXISTS (SELECT 1 FROM"
                    + " court_session cs JOIN session_appearance ca ON ca.session_id = cs.id AND ca.superseded = FALSE"
                    + (perDefendant ? " AND ca.defendant_id = d.id" : "")
                    + " WHERE cs.lawsuit_id = l.id AND ca.counsel_type IN (" + governmentCounsel() + ")))";
            default -> throw new IllegalArgumentException(count + " is not a condition on a lawsuit");
        };
    }

    /** Lawsuits of the scope, with the organs as {@code :organs}. */
    static String scope(String alias, Scope scope) {
        return scope.organIds().isEmpty() ? " AND 1 = 0" : " AND " + alias + ".organ_id IN (:organs)";
    }

    /** {@code FROM} the lawsuits, or the (lawsuit, defendant) pairs, with the respondent for the defendant kinds. */
    static String from(SuitDimension by) {
        if (by == null || !by.perDefendant()) {
            return " FROM lawsuit l";
        }
        return " FROM lawsuit l JOIN lawsuit_defendant d ON d.lawsuit_id = l.id"
                + (by == SuitDimension.RESPONDENT_KIND ? " LEFT JOIN respondent r ON r.id = d.respondent_id" : "");
    }

    /**
     * One row per lawsuit (or lawsuit and defendant) with a session in the period: its sessions in the period, those
     * with a head, and whether a head, a principal head, a speaking head counted at any session of the instance up to
     * the period's end (法释〔2020〕3号 art. 7). Driven from the sessions of the period, so lawsuits without one are never read.
     */
    static String sessionFacts(Scope scope, boolean perDefendant) {
        String head = HEAD_COUNTS;
        return "SELECT s.lawsuit_id AS lawsuit_id" + (perDefendant ? ", d.id AS defendant_id" : "")
                + ", COUNT(DISTINCT CASE WHEN s.session_date >= :from THEN s.id END) AS sessions"
                + ", COUNT(DISTINCT CASE WHEN s.session_date >= :from AND " + head + " THEN s.id END) AS head_sessions"
                + ", MAX(CASE WHEN " + head + " THEN 1 ELSE 0 END) AS head"
                + ", MAX(CASE WHEN " + head + " AND a.head_rank = 'PRINCIPAL' THEN 1 ELSE 0 END) AS principal"
                + ", MAX(CASE WHEN " + head + " AND a.head_spoke = TRUE THEN 1 ELSE 0 END) AS spoke"
                + " FROM court_session s"
                + (perDefendant ? " JOIN lawsuit_defendant d ON d.lawsuit_id = s.lawsuit_id" : "")
                + " LEFT JOIN session_appearance a ON a.session_id = s.id AND a.superseded = FALSE"
                + (perDefendant ? " AND a.defendant_id = d.id" : "")
                + " WHERE s.session_date <= :to AND s.lawsuit_id IN (SELECT p.lawsuit_id FROM court_session p"
                + " JOIN lawsuit pl ON pl.id = p.lawsuit_id WHERE p.session_date BETWEEN :from AND :to" + scope("pl", scope) + ")"
                + " GROUP BY s.lawsuit_id" + (perDefendant ? ", d.id" : "");
    }
}
