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
 * baseline the benchmark compares the statistics API with. It trusts nothing it does not have to and takes every
 * short cut a DBA would: MySQL's boolean sums, decisions grouped over the concluded-date index, the hearing and
 * correction counts driven from those small tables.
 */
final class HandWrittenStatistics {

    private HandWrittenStatistics() {
    }

    /** Count id → value for the scope ({@code organs} null: every organ) and the period. */
    static Map<String, Long> figures(Connection c, List<Long> organs, LocalDate from, LocalDate to) throws SQLException {
        String f = "'" + from + "'";
        String t = "'" + to + "'";
        String scope = organs == null ? "" : " AND c.organ_id IN (" + organs.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        String concluded = "c.concluded_date BETWEEN " + f + " AND " + t;
        String corrections = "c.decision_type IN ('ALTER','REVOKE','PARTIAL_REVOKE','CONFIRM_ILLEGAL','ORDER_PERFORMANCE','CONFIRM_INVALID',"
                + "'AGREEMENT_ORDER','COMPENSATION_ORDER')";
        String indirect = "(c.indirect_correction AND c.decision_type IN ('MEDIATION','TERMINATION'))";
        Map<String, Long> m = new LinkedHashMap<>();
        row(c, m, "SELECT"
                + " SUM(c.received_date BETWEEN " + f + " AND " + t + ") received,"
                + " SUM(c.accepted_date BETWEEN " + f + " AND " + t + ") accepted,"
                + " SUM(c.accepted_date BETWEEN " + f + " AND " + t + " AND c.acceptance_kind = 'DEEMED') acceptedDeemed,"
                + " SUM(c.not_accepted_date BETWEEN " + f + " AND " + t + ") notAccepted,"
                + " SUM(c.abandoned_date BETWEEN " + f + " AND " + t + ") abandoned,"
                + " SUM(c.accepted_date < " + f + " AND (c.concluded_date IS NULL OR c.concluded_date >= " + f + ")) carriedOverIn,"
                + " SUM(" + concluded + ") concluded,"
                + " SUM(" + concluded + " AND c.accepted_date < " + f + ") concludedCarriedOver,"
                + " SUM(c.accepted_date <= " + t + " AND (c.concluded_date IS NULL OR c.concluded_date > " + t + ")) pending,"
                + " SUM(" + concluded + " AND " + corrections + ") directCorrections,"
                + " SUM(" + concluded + " AND " + indirect + ") indirectCorrections,"
                + " SUM(" + concluded + " AND (" + corrections + " OR " + indirect + ")) comprehensiveCorrections,"
                + " SUM(" + concluded + " AND c.concluded_date <= c.decision_due_date) onTime,"
                + " SUM(" + concluded + " AND (c.decision_type = 'MEDIATION' OR c.termination_ground = 'WITHDRAWN_AFTER_SETTLEMENT')) mediated,"
                + " SUM(" + concluded + " AND c.publication_status = 'PUBLISHED') published,"
                + " SUM(" + concluded + " AND (c.publication_status IS NULL OR c.publication_status <> 'NOT_PUBLISHED')) publicationRequired,"
                + " SUM(" + concluded + " AND c.publication_status IS NULL) publicationUnrecorded,"
                // the consistency checks a report must run too
                + " SUM(c.accepted_date BETWEEN " + f + " AND " + t + " AND c.concluded_date < " + f + " OR " + concluded
                + " AND (c.accepted_date IS NULL OR c.accepted_date > " + t + ")) dqUnreconciled,"
                + " SUM(c.concluded_date < c.accepted_date AND (c.accepted_date BETWEEN " + f + " AND " + t + " OR " + concluded + ")) dqBefore,"
                + " SUM(" + concluded + " AND c.accepted_date IS NULL) dqNoAcceptance,"
                + " SUM(c.accepted_date < c.received_date AND (c.accepted_date BETWEEN " + f + " AND " + t + " OR c.received_date BETWEEN "
                + f + " AND " + t + ")) dqAcceptedBeforeReceived,"
                + " SUM(c.accepted_date IS NOT NULL AND (c.not_accepted_date IS NOT NULL OR c.abandoned_date IS NOT NULL) AND (c.accepted_date BETWEEN "
                + f + " AND " + t + " OR c.not_accepted_date BETWEEN " + f + " AND " + t + " OR c.abandoned_date BETWEEN " + f + " AND " + t
                + ")) dqRefused,"
                + " SUM(" + concluded + " AND c.decision_type IS NULL) dqNoDecision,"
                + " SUM(" + concluded + " AND c.decision_due_date IS NULL) dqNoDeadline"
                + " FROM reconsideration_case c WHERE 1 = 1" + scope);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT c.decision_type, COUNT(*) FROM reconsideration_case c"
                + " WHERE " + concluded + scope + " GROUP BY c.decision_type")) {
            while (rs.next()) {
                m.put("decision." + rs.getString(1), rs.getLong(2));
            }
        }
        row(c, m, "SELECT SUM(c.accepted_date BETWEEN " + f + " AND " + t + ") heard, SUM(" + concluded + ") concludedHeard"
                + " FROM (SELECT DISTINCT case_id FROM hearing WHERE status = 'HELD') h JOIN reconsideration_case c ON c.id = h.case_id"
                + " WHERE 1 = 1" + scope);
        row(c, m, "SELECT COUNT(DISTINCT cr.case_id) correctionRequested FROM correction_request cr JOIN reconsideration_case c"
                + " ON c.id = cr.case_id WHERE cr.requested_date BETWEEN " + f + " AND " + t + scope);
        row(c, m, "SELECT"
                + " (SELECT COUNT(*) FROM hearing h JOIN reconsideration_case c ON c.id = h.case_id WHERE h.status = 'HELD'"
                + " AND h.held_date BETWEEN " + f + " AND " + t + scope + ") hearingsHeld,"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id WHERE o.issued_date BETWEEN "
                + f + " AND " + t + scope + ") opinionLettersIssued,"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id WHERE o.answered_date BETWEEN "
                + f + " AND " + t + scope + ") opinionLettersAnswered");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.kind, COUNT(DISTINCT c.respondent_id)"
                + " FROM reconsideration_case c JOIN respondent r ON r.id = c.respondent_id WHERE c.received_date BETWEEN " + f + " AND " + t
                + scope + " GROUP BY r.kind")) {
            while (rs.next()) {
                m.put("respondents." + rs.getString(1), rs.getLong(2));
            }
        }
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
