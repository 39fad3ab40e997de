package cn.fuyi.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fuyi.litigation.CounselType;
import cn.fuyi.litigation.outcome.Outcome;

/**
 * The SQL of the litigation counts ({@link Count}, source LITIGATION). Three passes over the lawsuits of a scope, each
 * over one index range: the lawsuits docketed in the period; the lawsuits still open when it began (decided on or after
 * its first day, or not yet), which hold those carried over, decided in it and pending at its end, grouped by instance
 * and outcome so that {@code Outcome.loss()} and {@code Outcome.merits()} classify them in Java, each rule in one place;
 * and the lawsuits with a session in the period. The lawsuit is {@code l}, in the per-defendant breakdowns its
 * defendant {@code d}; the period is {@code :from}, {@code :to}. Plain SQL that MySQL 8, MariaDB and TiDB run alike
 * (window functions included).
 */
public final class LitigationSql {

    private LitigationSql() {
    }

    /** Counts of recommendations, for the whole scope only. */
    static final List<Count> RECOMMENDATION_COUNTS = List.of(Count.JUDICIAL_RECOMMENDATIONS, Count.PROCURATORIAL_RECOMMENDATIONS,
            Count.RECOMMENDATIONS_ANSWERED);

    /** Counts of sessions and appearances, in the order the session pass returns them. */
    static final List<Count> SESSION_COUNTS = List.of(Count.SUITS_WITH_SESSION, Count.SESSIONS, Count.SESSIONS_HEAD_APPEARED,
            Count.SUITS_HEAD_APPEARED, Count.SUITS_PRINCIPAL_APPEARED, Count.SUITS_HEAD_SPOKE, Count.SUITS_HEAD_ABSENT_WHEN_NOTIFIED_AGAIN,
            Count.HEAD_NOTICES, Count.HEAD_NOTICES_HONOURED);

    /** Lawsuits docketed in the period: suits, per instance, and those with government counsel. */
    static final String FILED = "l.filed_date BETWEEN :from AND :to";

    /**
     * Lawsuits not decided before the period: the carried over (docketed before it), the decided in it (decided by its
     * last day) and the pending at its end (docketed by its last day and not decided by it) are all among them.
     */
    static final String OPEN = "(l.outcome_date >= :from OR l.outcome_date IS NULL)";

    /**
     * The counts of the open pass, each a condition on an open lawsuit {@code l}, in the order of its columns: decided,
     * withdrawn after the act changed, carried over, pending. The list of the lawsuits behind a count reads the same.
     */
    static final Map<Count, String> OPEN_CONDITIONS = new LinkedHashMap<>();
    static {
        OPEN_CONDITIONS.put(Count.SUITS_CONCLUDED, "l.outcome_date <= :to");
        OPEN_CONDITIONS.put(Count.WITHDRAWN_AFTER_ACT_CHANGED, "l.outcome_date <= :to AND l.withdrawn_after_act_changed = TRUE");
        OPEN_CONDITIONS.put(Count.SUITS_CARRIED_OVER_IN, "l.filed_date < :from");
        OPEN_CONDITIONS.put(Count.SUITS_PENDING, "l.filed_date <= :to AND (l.outcome_date IS NULL OR l.outcome_date > :to)");
    }

    /** The columns of the open pass, after its grouping columns. */
    static final String OPEN_COLUMNS = OPEN_CONDITIONS.values().stream().map(c -> "COUNT(CASE WHEN " + c + " THEN 1 END)")
            .collect(Collectors.joining(", "));

    /**
     * The first-instance counts of the open pass, which the pass classifies in Java by {@code Outcome.loss()} and
     * {@code merits()} per group: the same rules as SQL lists, for the list of the lawsuits behind them.
     */
    static String firstInstanceDecided(Count c) {
        String decided = OPEN_CONDITIONS.get(Count.SUITS_CONCLUDED) + " AND l.instance = 'FIRST' AND l.outcome IS NOT NULL";
        return switch (c) {
            case FIRST_INSTANCE_CONCLUDED -> decided;
            case SUITS_LOST -> decided + " AND l.outcome IN (" + outcomes(Outcome::loss) + ")";
            case MERITS_JUDGMENTS -> decided + " AND l.outcome IN (" + outcomes(Outcome::merits) + ")";
            default -> throw new IllegalArgumentException(c.id());
        };
    }

    private static String outcomes(java.util.function.Predicate<Outcome> test) {
        return Arrays.stream(Outcome.values()).filter(test).map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
    }

    /**
     * The counts of lawsuits in the session pass, each a condition on the per-lawsuit row {@code x} of
     * {@link #perLawsuit}: with a session in the period, a head appeared, the principal head, the head spoke, and not
     * counted because a notified head stayed away again.
     */
    static final Map<Count, String> SESSION_SUIT_CONDITIONS = new LinkedHashMap<>();
    static {
        SESSION_SUIT_CONDITIONS.put(Count.SUITS_WITH_SESSION, "1 = 1");
        SESSION_SUIT_CONDITIONS.put(Count.SUITS_HEAD_APPEARED, "x.f & 1 = 1");
        SESSION_SUIT_CONDITIONS.put(Count.SUITS_PRINCIPAL_APPEARED, "x.f & 2 = 2");
        SESSION_SUIT_CONDITIONS.put(Count.SUITS_HEAD_SPOKE, "x.f & 4 = 4");
        SESSION_SUIT_CONDITIONS.put(Count.SUITS_HEAD_ABSENT_WHEN_NOTIFIED_AGAIN, "x.f & 9 = 8");
    }

    /** The counts of the filed pass that are a condition on the lawsuit alone. */
    static String filedCondition(Count c) {
        return switch (c) {
            case SUITS -> "1 = 1";
            case SUITS_FIRST_INSTANCE -> "l.instance = 'FIRST'";
            case SUITS_APPEAL -> "l.instance = 'APPEAL'";
            case SUITS_RETRIAL -> "l.instance = 'RETRIAL'";
            default -> throw new IllegalArgumentException(c.id());
        };
    }

    /**
     * The query of the ids (column {@code id}) of the lawsuits a count of lawsuits counts over the whole scope, from the
     * same conditions as the passes; {@code null} for the counts that are not lawsuits (sessions, notices,
     * recommendations).
     */
    static String lawsuitsBehind(Count c, Scope scope) {
        String scoped = scope("l", scope);
        return switch (c) {
            case SUITS, SUITS_FIRST_INSTANCE, SUITS_APPEAL, SUITS_RETRIAL ->
                "SELECT l.id FROM lawsuit l WHERE " + FILED + " AND " + filedCondition(c) + scoped;
            case SUITS_WITH_COUNSEL -> "SELECT l.id FROM lawsuit l WHERE " + FILED + " AND (" + counselCondition(false, scope) + ")" + scoped;
            case SUITS_CONCLUDED, WITHDRAWN_AFTER_ACT_CHANGED, SUITS_CARRIED_OVER_IN, SUITS_PENDING ->
                "SELECT l.id FROM lawsuit l WHERE " + OPEN + " AND " + OPEN_CONDITIONS.get(c) + scoped;
            case FIRST_INSTANCE_CONCLUDED, SUITS_LOST, MERITS_JUDGMENTS ->
                "SELECT l.id FROM lawsuit l WHERE " + OPEN + " AND " + firstInstanceDecided(c) + scoped;
            case SUITS_WITH_SESSION, SUITS_HEAD_APPEARED, SUITS_PRINCIPAL_APPEARED, SUITS_HEAD_SPOKE, SUITS_HEAD_ABSENT_WHEN_NOTIFIED_AGAIN ->
                "SELECT x.lawsuit_id AS id FROM (" + perLawsuit(scope, null) + ") x JOIN lawsuit l ON l.id = x.lawsuit_id WHERE "
                        + SESSION_SUIT_CONDITIONS.get(c) + scoped;
            default -> null;
        };
    }

    /** The current appearance record {@code a} says a head counts as having appeared (SessionAppearance.headCounts()). */
    static final String HEAD_COUNTS = "a.head_appeared = TRUE AND a.head_identity_defective = FALSE";

    static String governmentCounsel() {
        return Arrays.stream(CounselType.values()).filter(CounselType::governmentCounsel).map(t -> "'" + t.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /**
     * Government counsel acted: registered on the lawsuit, or recorded at a session (per defendant: for that defendant).
     * A column of the filed pass.
     */
    static String counsel(boolean perDefendant, Scope scope) {
        return "COUNT(CASE WHEN " + counselCondition(perDefendant, scope) + " THEN 1 END)";
    }

    /** Government counsel acted on the lawsuit {@code l} (per defendant: for the defendant {@code d}). */
    static String counselCondition(boolean perDefendant, Scope scope) {
        String atSession = "SELECT cs.lawsuit_id FROM court_session cs JOIN session_appearance ca ON ca.session_id = cs.id"
                + " WHERE ca.superseded = FALSE AND ca.counsel_type IN (" + governmentCounsel() + ")";
        // across the whole deployment the set of such lawsuits is built once; for fewer lawsuits each is looked up
        String orAtSession = perDefendant ? "EXISTS (" + atSession + " AND cs.lawsuit_id = l.id AND ca.defendant_id = d.id)"
                : scope.wholeDeployment() ? "l.id IN (" + atSession + ")" : "EXISTS (" + atSession + " AND cs.lawsuit_id = l.id)";
        return "l.counsel_type IN (" + governmentCounsel() + ") OR " + orAtSession;
    }

    /** Lawsuits of the scope, with the organs as {@code :organs}. */
    static String scope(String alias, Scope scope) {
        return scope.organIds().isEmpty() ? " AND 1 = 0" : " AND " + alias + ".organ_id IN (:organs)";
    }

    /**
     * The outcome a lawsuit is classified by in the open pass: the suit's own, or per defendant that defendant's
     * (法释〔2018〕1号 art. 136: a co-defendant suit may be lost by the organ and not by the agency, or the reverse).
     */
    static String outcome(SuitDimension by) {
        return by != null && by.perDefendant() ? "COALESCE(d.outcome, l.outcome)" : "l.outcome";
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
     * The session pass: one row per group with {@link #SESSION_COUNTS}. Driven from the sessions of the period, so
     * lawsuits without one are never read.
     * <ol>
     * <li>One row per session of the instance up to the period's end and defendant of its lawsuit, with the flags of
     * the defendant's current attendance record where a head counts ({@code f}: 1 appeared, 2 the principal head,
     * 4 the head spoke) and whether the court had notified the head ({@code nt}); a session without a record for the
     * defendant has neither. Beside each, per defendant over the instance, the first day a head counted ({@code fh})
     * and the last day a notified head stayed away ({@code lm}).</li>
     * <li>Per lawsuit (or per lawsuit and defendant): its sessions in the period ({@code n}), those with a head
     * ({@code nh}), the notices of sessions in the period ({@code nt}) and those the head honoured ({@code ntc}), and
     * the flags over every session up to the period's end, one attended session counting for the instance
     * (法释〔2020〕3号 art. 7 ¶1), unless a notified head stayed away on a later day ({@code lm > fh}): then that
     * defendant's flags are 8 alone, appeared no more (art. 7 ¶1, exception; {@code HeadAppearanceRule} in Java).</li>
     * </ol>
     */
    static String sessions(Scope scope, SuitDimension by) {
        boolean perDefendant = by != null && by.perDefendant();
        String key = by == null ? null : by.column();
        List<String> suits = SESSION_SUIT_CONDITIONS.values().stream().map(c -> "COUNT(CASE WHEN " + c + " THEN 1 END)").toList();
        // in the order of SESSION_COUNTS
        return "SELECT " + (key == null ? "" : key + ", ")
                + suits.get(0) + ", SUM(x.n), SUM(x.nh), " + String.join(", ", suits.subList(1, suits.size()))
                + ", SUM(x.nt), SUM(x.ntc)"
                + " FROM (" + perLawsuit(scope, by) + ") x"
                + (key == null ? "" : " JOIN lawsuit l ON l.id = x.lawsuit_id"
                        + (perDefendant ? " JOIN lawsuit_defendant d ON d.id = x.defendant_id" : "")
                        + (by == SuitDimension.RESPONDENT_KIND ? " LEFT JOIN respondent r ON r.id = d.respondent_id" : "")
                        + " GROUP BY " + key);
    }

    /**
     * The flags of the current attendance record {@code a} of a defendant at a session: 1 a head counts as having
     * appeared, + 2 the principal head, + 4 the head spoke; 0 without a record. The session pass and the litigation
     * aggregates (cn.fuyi.statistics.aggregate.litigation) read the same expression.
     */
    public static String sessionFlags() {
        return "CASE WHEN " + HEAD_COUNTS + " THEN 1 + CASE WHEN a.head_rank = 'PRINCIPAL' THEN 2 ELSE 0 END"
                + " + CASE WHEN a.head_spoke = TRUE THEN 4 ELSE 0 END ELSE 0 END";
    }

    /** 1 when the court had notified the head to appear at the session ({@code a}, as {@link #sessionFlags}), else 0. */
    public static String headNotified() {
        return "CASE WHEN a.court_notified_head = TRUE THEN 1 ELSE 0 END";
    }

    /** Government counsel acted on the lawsuit {@code l}, looked up per lawsuit (the condition of SUITS_WITH_COUNSEL). */
    public static String lawsuitCounselCondition() {
        return counselCondition(false, Scope.none());
    }

    /** The per-lawsuit (per defendant: per lawsuit and defendant) rows of the session pass; see {@link #sessions}. */
    static String perLawsuit(Scope scope, SuitDimension by) {
        boolean perDefendant = by != null && by.perDefendant();
        String flags = sessionFlags();
        String sessionsOfInstances = scope.wholeDeployment()
                // every session up to the last day; the lawsuits without one in the period are dropped below
                ? " FROM court_session s"
                // the scope's lawsuits with a session in the period, then their sessions up to the last day
                : " FROM (SELECT DISTINCT p.lawsuit_id FROM court_session p JOIN lawsuit pl ON pl.id = p.lawsuit_id"
                        + " WHERE p.session_date BETWEEN :from AND :to" + scope("pl", scope) + ") w"
                        + " JOIN court_session s ON s.lawsuit_id = w.lawsuit_id";
        String perSessionAndDefendant = "SELECT s.lawsuit_id AS lawsuit_id, d.id AS defendant_id, s.id AS session_id,"
                + " s.session_date AS session_date, " + flags + " AS f,"
                + " " + headNotified() + " AS nt" + sessionsOfInstances
                + " JOIN lawsuit_defendant d ON d.lawsuit_id = s.lawsuit_id"
                + " LEFT JOIN session_appearance a ON a.session_id = s.id AND a.defendant_id = d.id AND a.superseded = FALSE"
                + " WHERE s.session_date <= :to";
        String defendantWindow = "PARTITION BY y.lawsuit_id, y.defendant_id";
        String withInstance = "SELECT y.lawsuit_id, y.defendant_id, y.session_id, y.session_date, y.f, y.nt,"
                + " MIN(CASE WHEN y.f > 0 THEN y.session_date END) OVER (" + defendantWindow + ") AS fh,"
                + " MAX(CASE WHEN y.nt = 1 AND y.f = 0 THEN y.session_date END) OVER (" + defendantWindow + ") AS lm"
                + " FROM (" + perSessionAndDefendant + ") y";
        String inPeriod = "z.session_date >= :from";
        String perLawsuit = "SELECT z.lawsuit_id" + (perDefendant ? ", z.defendant_id" : "")
                + ", COUNT(DISTINCT CASE WHEN " + inPeriod + " THEN z.session_id END) AS n"
                + ", COUNT(DISTINCT CASE WHEN " + inPeriod + " AND z.f > 0 THEN z.session_id END) AS nh"
                + ", COUNT(CASE WHEN " + inPeriod + " AND z.nt = 1 THEN 1 END) AS nt"
                + ", COUNT(CASE WHEN " + inPeriod + " AND z.nt = 1 AND z.f > 0 THEN 1 END) AS ntc"
                + ", BIT_OR(CASE WHEN z.lm > z.fh THEN 8 ELSE z.f END) AS f"
                + " FROM (" + withInstance + ") z GROUP BY z.lawsuit_id" + (perDefendant ? ", z.defendant_id" : "")
                // across the whole deployment every session up to the last day is read: keep the lawsuits with one in the period
                + (scope.wholeDeployment() ? " HAVING COUNT(CASE WHEN " + inPeriod + " THEN 1 END) > 0" : "");
        return perLawsuit;
    }
}
