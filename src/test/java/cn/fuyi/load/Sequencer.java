package cn.fuyi.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Waits, after the load, until the application's sequencer has given every committed audit record and feed event
 * its position: asks {@code GET /api/v1/feed/status?waitSeconds=…} and checks the database itself.
 */
final class Sequencer {

    private Sequencer() {
    }

    /** Returns what the status said when caught up. */
    static String awaitCaughtUp(ApiClient auditor, Database db, Duration timeout) throws IOException, InterruptedException, SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            ApiClient.Reply r = auditor.get("/api/v1/feed/status?waitSeconds=10");
            if (r.status() == 200) {
                JsonNode s = r.json();
                last = String.format(Locale.ROOT, "leader %s (term %d), audit seq %d, feed seq %d, waiting %d records and %d events, lag %.1f s",
                        s.path("leader").asText(), s.path("term").asLong(), s.path("auditSeq").asLong(), s.path("feedSeq").asLong(),
                        s.path("unsequencedAuditRecords").asLong(), s.path("unsequencedFeedEvents").asLong(), s.path("lagSeconds").asDouble());
                if (s.path("caughtUp").asBoolean() && unsequenced(db) == 0) {
                    return "sequencer caught up: " + last;
                }
            } else {
                last = "GET /api/v1/feed/status answered " + r.status();
                if (unsequenced(db) == 0) {
                    return "nothing waits to be sequenced (" + last + ")";
                }
                Thread.sleep(1000);
            }
        }
        throw new IllegalStateException("the sequencer had not caught up " + timeout.toSeconds() + " s after the load: " + last);
    }

    /** Committed audit records and feed events without a position. */
    static long unsequenced(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT COUNT(*) FROM audit_record WHERE seq IS NULL) + (SELECT COUNT(*) FROM change_event WHERE seq IS NULL)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
