package cn.fuyi.statistics.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a report computed by SQL written by hand for speed, independently of the metric definitions: the
 * baseline the benchmark compares the statistics API with. It takes every short cut a DBA would: one pass per date
 * over that date's index range per organ, COUNT rather than SUM, decisions grouped in the pass over the concluded
 * cases, hearing and correction counts as semi-joins with those small tables, respondents grouped before the join.
 */
final class HandWrittenStatistics {

    private HandWrittenStatistics() {
    }

    /** Count id → value for the organs and the period. */
    static Map<String, Long> figures(Connection c, List<Long> organs, boolean everyOrgan, LocalDate from, LocalDate to) throws SQLException {
        String f = "'" + from + "'";
        String t = "'" + to + "'";
        String in = " c.organ_id IN (" + organs.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        Map<String, Long> m = new LinkedHashMap<>();
        // applications received and the respondents they were against, in one pass grouped by respondent
        long received = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.kind, COUNT(*), SUM(x.n) FROM (SELECT c.respondent_id,"
                + " COUNT(*) n FROM reconsideration_case c WHERE" + in + " AND c.received_date BETWEEN " + f + " AND " + t
                + " GROUP BY c.respondent_id) x JOIN respondent r ON r.id = x.respondent_id GROUP BY r.kind")) {
            while (rs.next()) {
                m.put("respondents." + rs.getString(1), rs.getLong(2));
                received += rs.getLong(3);
            }
        }
        m.put("received", received);
        String acceptedInPeriod = "c.accepted_date BETWEEN " + f + " AND " + t;
        String dqAccepted = "c.concluded_date < " + f + " OR c.concluded_date < c.accepted_date OR c.accepted_date < c.received_date"
                + " OR c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL";
        if (to.isAfter(from.plusYears(1).minusDays(1))) {
            // over several years: accepted in the period and the stock at both ends, in one pass over the cases accepted by its last day
            row(c, m, "SELECT COUNT(CASE WHEN " + acceptedInPeriod + " THEN 1 END) accepted,"
                    + " COUNT(CASE WHEN " + acceptedInPeriod + " AND c.acceptance_kind = 'DEEMED' THEN 1 END) acceptedDeemed,"
                    + " COUNT(CASE WHEN " + acceptedInPeriod + " AND (" + dqAccepted + ") THEN 1 END) dqAccepted,"
                    + " COUNT(CASE WHEN c.accepted_date < " + f + " AND (c.concluded_date IS NULL OR c.concluded_date >= " + f
                    + ") THEN 1 END) carriedOverIn, COUNT(CASE WHEN c.concluded_date IS NULL OR c.concluded_date > " + t + " THEN 1 END) pending"
                    + " FROM reconsideration_case c WHERE" + in + " AND c.accepted_date <= " + t);
        } else {
            // a year or less: the accepted cases of the period, and the stock read over the concluded date (open, or
            // concluded from the first day on), so earlier years' closed cases are not read
            row(c, m, "SELECT COUNT(*) accepted, COUNT(CASE WHEN c.acceptance_kind = 'DEEMED' THEN 1 END) acceptedDeemed,"
                    + " COUNT(CASE WHEN " + dqAccepted + " THEN 1 END) dqAccepted FROM reconsideration_case c WHERE" + in
                    + " AND " + acceptedInPeriod);
            row(c, m, "SELECT COUNT(CASE WHEN c.accepted_date < " + f + " THEN 1 END) carriedOverIn,"
                    + " COUNT(CASE WHEN c.concluded_date IS NULL OR c.concluded_date > " + t + " THEN 1 END) pending"
                    + " FROM reconsideration_case c WHERE" + in + " AND c.accepted_date <= " + t
                    + " AND (c.concluded_date IS NULL OR c.concluded_date >= " + f + ")");
        }
        row(c, m, "SELECT COUNT(*) notAccepted, COUNT(c.accepted_date) dqNotAccepted FROM reconsideration_case c WHERE" + in
                + " AND c.not_accepted_date BETWEEN " + f + " AND " + t);
        row(c, m, "SELECT COUNT(*) abandoned, COUNT(c.accepted_date) dqAbandoned FROM reconsideration_case c WHERE" + in
                + " AND c.abandoned_date BETWEEN " + f + " AND " + t);
        // concluded: grouped by the columns the decision-based counts read, which are then counted per group in Java
        for (String id : List.of("concluded", "concludedCarriedOver", "directCorrections", "indirectCorrections", "comprehensiveCorrections",
                "onTime", "mediated", "published", "publicationRequired", "publicationUnrecorded", "dqConcluded")) {
            m.put(id, 0L);
        }
        Set<String> correcting = Set.of("ALTER", "REVOKE", "PARTIAL_REVOKE", "CONFIRM_ILLEGAL", "ORDER_PERFORMANCE", "CONFIRM_INVALID",
                "AGREEMENT_ORDER", "COMPENSATION_ORDER");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT c.decision_type, c.indirect_correction,"
                + " c.termination_ground, c.publication_status, COUNT(*),"
                + " COUNT(CASE WHEN c.accepted_date < " + f + " THEN 1 END),"
                + " COUNT(CASE WHEN c.concluded_date <= c.decision_due_date THEN 1 END),"
                + " COUNT(CASE WHEN c.accepted_date IS NULL OR c.accepted_date > " + t + " OR c.concluded_date < c.accepted_date"
                + " OR c.decision_type IS NULL OR c.decision_due_date IS NULL THEN 1 END)"
                + " FROM reconsideration_case c WHERE" + in + " AND c.concluded_date BETWEEN " + f + " AND " + t
                + " GROUP BY c.decision_type, c.indirect_correction, c.termination_ground, c.publication_status")) {
            while (rs.next()) {
                String type = rs.getString(1);
                boolean indirectCorrection = rs.getBoolean(2) && ("MEDIATION".equals(type) || "TERMINATION".equals(type));
                String ground = rs.getString(3);
                String publication = rs.getString(4);
                long n = rs.getLong(5);
                boolean direct = correcting.contains(type);
                m.merge("decision." + type, n, Long::sum);
                m.merge("concluded", n, Long::sum);
                m.merge("concludedCarriedOver", rs.getLong(6), Long::sum);
                m.merge("onTime", rs.getLong(7), Long::sum);
                m.merge("dqConcluded", rs.getLong(8), Long::sum);
                m.merge("directCorrections", direct ? n : 0, Long::sum);
                m.merge("indirectCorrections", indirectCorrection ? n : 0, Long::sum);
                m.merge("comprehensiveCorrections", direct || indirectCorrection ? n : 0, Long::sum);
                m.merge("mediated", "MEDIATION".equals(type) || "TERMINATION".equals(type) && "WITHDRAWN_AFTER_SETTLEMENT".equals(ground)
                        ? n : 0, Long::sum);
                m.merge("published", "PUBLISHED".equals(publication) ? n : 0, Long::sum);
                m.merge("publicationRequired", !"NOT_PUBLISHED".equals(publication) ? n : 0, Long::sum);
                m.merge("publicationUnrecorded", publication == null ? n : 0, Long::sum);
            }
        }
        row(c, m, "SELECT COUNT(CASE WHEN c.accepted_date BETWEEN " + f + " AND " + t + " THEN 1 END) heard,"
                + " COUNT(CASE WHEN c.concluded_date BETWEEN " + f + " AND " + t + " THEN 1 END) concludedHeard"
                + " FROM reconsideration_case c WHERE c.id IN (SELECT case_id FROM hearing WHERE status = 'HELD') AND" + in);
        String notices = "SELECT DISTINCT case_id FROM correction_request WHERE requested_date BETWEEN " + f + " AND " + t;
        row(c, m, everyOrgan ? "SELECT COUNT(*) correctionRequested FROM (" + notices + ") cr"
                : "SELECT COUNT(*) correctionRequested FROM reconsideration_case c WHERE c.id IN (" + notices + ") AND" + in);
        row(c, m, "SELECT"
                + " (SELECT COUNT(*) FROM hearing h JOIN reconsideration_case c ON c.id = h.case_id WHERE h.status = 'HELD'"
                + " AND h.held_date BETWEEN " + f + " AND " + t + " AND" + in + ") hearingsHeld,"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id WHERE o.issued_date BETWEEN "
                + f + " AND " + t + " AND" + in + ") opinionLettersIssued,"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id WHERE o.answered_date BETWEEN "
                + f + " AND " + t + " AND" + in + ") opinionLettersAnswered");
        // concluded cases followed by a lawsuit: a semi-join with the lawsuits' case ids, driven from the smaller side
        row(c, m, "SELECT COUNT(*) followedByLawsuit FROM reconsideration_case c WHERE c.id IN (SELECT l.reconsideration_case_id"
                + " FROM lawsuit l) AND" + in + " AND c.concluded_date BETWEEN " + f + " AND " + t);
        m.put("resolved", m.get("concluded") - m.get("followedByLawsuit"));
        return m;
    }

    /** The outcomes the agency loses (败诉), and with REJECT_CLAIMS the judgments on the merits. */
    private static final Set<String> LOSSES = Set.of("REVOKE", "PARTIAL_REVOKE", "ORDER_PERFORMANCE", "ORDER_PAYMENT", "CONFIRM_ILLEGAL",
            "CONFIRM_INVALID", "ALTER", "AGREEMENT_ORDER");

    /**
     * The litigation counts for the organs and the period (the counts of GET /api/v1/statistics/litigation), and the
     * suits decided in the period by outcome and instance as {@code outcome.REVOKE.FIRST}. Four queries: the suits filed
     * in the period, by instance; one pass over the suits decided on or after the period's first day or not at all, which
     * holds those decided in the period, those carried over in and those pending at its end, grouped by instance and
     * outcome; the sessions; the recommendations. Across every organ the appearances are read whole, once, and matched
     * to their sessions; for fewer organs they are looked up from the organs' suits.
     */
    static Map<String, Long> litigation(Connection c, List<Long> organs, boolean everyOrgan, LocalDate from, LocalDate to)
            throws SQLException {
        String f = "'" + from + "'";
        String t = "'" + to + "'";
        String ids = organs.stream().map(String::valueOf).collect(Collectors.joining(","));
        String in = everyOrgan ? "" : " AND l.organ_id IN (" + ids + ")";
        String government = "('PUBLIC_LAWYER','LEGAL_ADVISER')";
        Map<String, Long> m = new LinkedHashMap<>();
        for (String id : List.of("suits", "suitsFirstInstance", "suitsAppeal", "suitsRetrial", "suitsWithCounsel", "suitsCarriedOverIn",
                "suitsConcluded", "firstInstanceConcluded", "suitsLost", "meritsJudgments", "withdrawnAfterActChanged", "suitsPending")) {
            m.put(id, 0L);
        }
        Map<String, String> byInstance = Map.of("FIRST", "suitsFirstInstance", "APPEAL", "suitsAppeal", "RETRIAL", "suitsRetrial");
        // filed in the period; government counsel on the suit, or else at one of its sessions: across every organ the
        // suits with such an appearance are collected once (materialised), for fewer organs looked up suit by suit
        String counselAtSession = everyOrgan
                ? "l.id IN (SELECT s.lawsuit_id FROM court_session s JOIN session_appearance a ON a.session_id = s.id"
                        + " WHERE NOT a.superseded AND a.counsel_type IN " + government + ")"
                : "EXISTS (SELECT 1 FROM court_session s JOIN session_appearance a ON a.session_id = s.id WHERE s.lawsuit_id = l.id"
                        + " AND NOT a.superseded AND a.counsel_type IN " + government + ")";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT l.instance, COUNT(*), COUNT(CASE WHEN"
                + " l.counsel_type IN " + government + " OR " + counselAtSession + " THEN 1 END) FROM lawsuit l WHERE l.filed_date"
                + " BETWEEN " + f + " AND " + t + in + " GROUP BY l.instance")) {
            while (rs.next()) {
                m.merge("suits", rs.getLong(2), Long::sum);
                m.merge(byInstance.get(rs.getString(1)), rs.getLong(2), Long::sum);
                m.merge("suitsWithCounsel", rs.getLong(3), Long::sum);
            }
        }
        // decided on or after the first day, or not yet: decided in the period, carried over in, pending at the end
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT l.instance, l.outcome,"
                + " COUNT(CASE WHEN l.outcome_date <= " + t + " THEN 1 END),"
                + " COUNT(CASE WHEN l.outcome_date <= " + t + " AND l.withdrawn_after_act_changed THEN 1 END),"
                + " COUNT(CASE WHEN l.filed_date < " + f + " THEN 1 END),"
                + " COUNT(CASE WHEN l.filed_date <= " + t + " AND (l.outcome_date IS NULL OR l.outcome_date > " + t + ") THEN 1 END)"
                + " FROM lawsuit l WHERE (l.outcome_date >= " + f + " OR l.outcome_date IS NULL)" + in + " GROUP BY l.instance, l.outcome")) {
            while (rs.next()) {
                String instance = rs.getString(1);
                String outcome = rs.getString(2);
                long decided = rs.getLong(3);
                m.merge("suitsConcluded", decided, Long::sum);
                m.merge("withdrawnAfterActChanged", rs.getLong(4), Long::sum);
                m.merge("suitsCarriedOverIn", rs.getLong(5), Long::sum);
                m.merge("suitsPending", rs.getLong(6), Long::sum);
                if (outcome != null) {
                    m.merge("outcome." + outcome + "." + instance, decided, Long::sum);
                }
                if (instance.equals("FIRST") && outcome != null) {
                    m.merge("firstInstanceConcluded", decided, Long::sum);
                    if (LOSSES.contains(outcome)) {
                        m.merge("suitsLost", decided, Long::sum);
                    }
                    if (LOSSES.contains(outcome) || "REJECT_CLAIMS".equals(outcome)) {
                        m.merge("meritsJudgments", decided, Long::sum);
                    }
                }
            }
        }
        // sessions: per session the flags of its current appearances at which a head counts (1 appeared, 2 the principal,
        // 4 spoke); per suit the sessions in the period and those with a head
        String counts = "NOT a.superseded AND a.head_appeared AND NOT a.head_identity_defective";
        String flags = "1 | IF(a.head_rank = 'PRINCIPAL', 2, 0) | IF(a.head_spoke, 4, 0)";
        String suitsWithSession = "SELECT DISTINCT p.lawsuit_id FROM lawsuit l JOIN court_session p ON p.lawsuit_id = l.id"
                + " WHERE p.session_date BETWEEN " + f + " AND " + t + in;
        String perSession = everyOrgan
                // every session up to the last day, with its flags from one grouped pass over all appearances
                ? "SELECT s.lawsuit_id, s.session_date, h.f FROM court_session s LEFT JOIN (SELECT a.session_id, BIT_OR(" + flags
                        + ") f FROM session_appearance a WHERE " + counts + " GROUP BY a.session_id) h ON h.session_id = s.id"
                        + " WHERE s.session_date <= " + t
                // the organs' suits with a session in the period, then their sessions up to the last day and appearances
                : "SELECT s.lawsuit_id, s.session_date, BIT_OR(IF(a.id IS NULL, 0, " + flags + ")) f FROM (" + suitsWithSession
                        + ") w JOIN court_session s ON s.lawsuit_id = w.lawsuit_id AND s.session_date <= " + t
                        + " LEFT JOIN session_appearance a ON a.session_id = s.id AND " + counts
                        + " GROUP BY s.id, s.lawsuit_id, s.session_date";
        // per suit and defendant, from the defendant's current attendance records alone (a session without one has
        // neither head nor notice): the first day its head counted, the last day a notified head stayed away, the
        // flags, and the court's notices in the period; art. 7: a notified absence after the first attendance makes
        // the defendant's flags 8 alone
        String perDefendant = "SELECT s.lawsuit_id, a.defendant_id, MIN(IF(" + counts + ", s.session_date, NULL)) fh,"
                + " MAX(IF(a.court_notified_head AND NOT a.head_appeared OR a.court_notified_head AND a.head_identity_defective,"
                + " s.session_date, NULL)) lm, BIT_OR(IF(" + counts + ", " + flags + ", 0)) f,"
                + " SUM(s.session_date >= " + f + " AND a.court_notified_head) nt,"
                + " SUM(s.session_date >= " + f + " AND a.court_notified_head AND a.head_appeared AND NOT a.head_identity_defective) ntc"
                + " FROM court_session s JOIN session_appearance a ON a.session_id = s.id AND NOT a.superseded"
                + " WHERE s.session_date <= " + t + (everyOrgan ? "" : " AND s.lawsuit_id IN (" + suitsWithSession + ")")
                + " GROUP BY s.lawsuit_id, a.defendant_id";
        String perSuit = "SELECT q.lawsuit_id, BIT_OR(IF(q.lm > q.fh, 8, q.f)) f, SUM(q.nt) nt, SUM(q.ntc) ntc FROM (" + perDefendant
                + ") q GROUP BY q.lawsuit_id";
        row(c, m, "SELECT COUNT(*) suitsWithSession, COALESCE(SUM(x.n), 0) sessions, COALESCE(SUM(x.nh), 0) sessionsHeadAppeared,"
                + " COUNT(CASE WHEN v.f & 1 THEN 1 END) suitsHeadAppeared, COUNT(CASE WHEN v.f & 2 THEN 1 END) suitsPrincipalAppeared,"
                + " COUNT(CASE WHEN v.f & 4 THEN 1 END) suitsHeadSpoke, COUNT(CASE WHEN v.f & 9 = 8 THEN 1 END)"
                + " suitsHeadAbsentWhenNotifiedAgain, COALESCE(SUM(v.nt), 0) headNotices, COALESCE(SUM(v.ntc), 0) headNoticesHonoured"
                + " FROM (SELECT y.lawsuit_id, COUNT(CASE WHEN y.session_date >= " + f + " THEN 1 END) n,"
                + " COUNT(CASE WHEN y.session_date >= " + f + " AND y.f THEN 1 END) nh FROM (" + perSession + ") y"
                + " GROUP BY y.lawsuit_id) x LEFT JOIN (" + perSuit + ") v ON v.lawsuit_id = x.lawsuit_id WHERE x.n > 0");
        row(c, m, "SELECT COUNT(CASE WHEN r.kind = 'JUDICIAL' AND r.received_date BETWEEN " + f + " AND " + t + " THEN 1 END)"
                + " judicialRecommendations, COUNT(CASE WHEN r.kind = 'PROCURATORIAL' AND r.received_date BETWEEN " + f + " AND " + t
                + " THEN 1 END) procuratorialRecommendations, COUNT(CASE WHEN r.answered_date BETWEEN " + f + " AND " + t
                + " THEN 1 END) recommendationsAnswered FROM recommendation r" + (everyOrgan ? "" : " WHERE r.organ_id IN (" + ids + ")"));
        return m;
    }

    private static void row(Connection c, Map<String, Long> m, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                m.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
            }
        }
    }
}
