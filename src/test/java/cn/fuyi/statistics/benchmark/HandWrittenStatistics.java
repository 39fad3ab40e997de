package cn.fuyi.statistics.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String corrections = "c.decision_type IN ('ALTER','REVOKE','PARTIAL_REVOKE','CONFIRM_ILLEGAL','ORDER_PERFORMANCE','CONFIRM_INVALID',"
                + "'AGREEMENT_ORDER','COMPENSATION_ORDER')";
        String indirect = "(c.indirect_correction AND c.decision_type IN ('MEDIATION','TERMINATION'))";
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
        // accepted in the period and the stock at both ends, in one pass over the cases accepted by its last day
        String acceptedInPeriod = "c.accepted_date BETWEEN " + f + " AND " + t;
        row(c, m, "SELECT COUNT(CASE WHEN " + acceptedInPeriod + " THEN 1 END) accepted,"
                + " COUNT(CASE WHEN " + acceptedInPeriod + " AND c.acceptance_kind = 'DEEMED' THEN 1 END) acceptedDeemed,"
                + " COUNT(CASE WHEN " + acceptedInPeriod + " AND (c.concluded_date < " + f + " OR c.concluded_date < c.accepted_date"
                + " OR c.accepted_date < c.received_date OR c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL) THEN 1 END) dqAccepted,"
                + " COUNT(CASE WHEN c.accepted_date < " + f + " AND (c.concluded_date IS NULL OR c.concluded_date >= " + f
                + ") THEN 1 END) carriedOverIn, COUNT(CASE WHEN c.concluded_date IS NULL OR c.concluded_date > " + t + " THEN 1 END) pending"
                + " FROM reconsideration_case c WHERE" + in + " AND c.accepted_date <= " + t);
        row(c, m, "SELECT COUNT(*) notAccepted, COUNT(c.accepted_date) dqNotAccepted FROM reconsideration_case c WHERE" + in
                + " AND c.not_accepted_date BETWEEN " + f + " AND " + t);
        row(c, m, "SELECT COUNT(*) abandoned, COUNT(c.accepted_date) dqAbandoned FROM reconsideration_case c WHERE" + in
                + " AND c.abandoned_date BETWEEN " + f + " AND " + t);
        String[] concludedColumns = { "concluded", "concludedCarriedOver", "directCorrections", "indirectCorrections",
                "comprehensiveCorrections", "onTime", "mediated", "published", "publicationRequired", "publicationUnrecorded", "dqConcluded" };
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT c.decision_type, COUNT(*),"
                + " COUNT(CASE WHEN c.accepted_date < " + f + " THEN 1 END),"
                + " COUNT(CASE WHEN " + corrections + " THEN 1 END),"
                + " COUNT(CASE WHEN " + indirect + " THEN 1 END),"
                + " COUNT(CASE WHEN " + corrections + " OR " + indirect + " THEN 1 END),"
                + " COUNT(CASE WHEN c.concluded_date <= c.decision_due_date THEN 1 END),"
                + " COUNT(CASE WHEN c.decision_type = 'MEDIATION' OR c.termination_ground = 'WITHDRAWN_AFTER_SETTLEMENT' THEN 1 END),"
                + " COUNT(CASE WHEN c.publication_status = 'PUBLISHED' THEN 1 END),"
                + " COUNT(CASE WHEN c.publication_status IS NULL OR c.publication_status <> 'NOT_PUBLISHED' THEN 1 END),"
                + " COUNT(CASE WHEN c.publication_status IS NULL THEN 1 END),"
                + " COUNT(CASE WHEN c.accepted_date IS NULL OR c.accepted_date > " + t + " OR c.concluded_date < c.accepted_date"
                + " OR c.decision_type IS NULL OR c.decision_due_date IS NULL THEN 1 END)"
                + " FROM reconsideration_case c WHERE" + in + " AND c.concluded_date BETWEEN " + f + " AND " + t + " GROUP BY c.decision_type")) {
            while (rs.next()) {
                m.put("decision." + rs.getString(1), rs.getLong(2));
                for (int i = 0; i < concludedColumns.length; i++) {
                    m.merge(concludedColumns[i], rs.getLong(i + 2), Long::sum);
                }
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
