package cn.fuyi.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/** Waits, after the load, until the audit trail and the feed hold everything that was committed. */
final class Sequencer {

    private Sequencer() {
    }

    /** Returns how it knew. */
    static String awaitCaughtUp(ApiClient auditor, Database db, Duration timeout) throws IOException, InterruptedException, SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = -1;
        int stable = 0;
        while (System.nanoTime() < deadline) {
            long now = rows(db);
            stable = now == last ? stable + 1 : 0;
            last = now;
            if (stable >= 3) {
                return String.format(Locale.ROOT, "audit records and feed events stable at %d rows", now);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the audit trail and the feed were still growing " + timeout.toSeconds() + " s after the load");
    }

    private static long rows(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM audit_record) + (SELECT COUNT(*) FROM change_event)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
