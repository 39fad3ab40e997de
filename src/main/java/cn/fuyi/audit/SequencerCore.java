package cn.fuyi.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * One sequencer's work, without threads: holding the lease and integrating one batch of committed, not yet sequenced
 * audit records and feed events. The {@link Sequencer} bean drives it; tests drive a second one by hand to prove
 * that only the lease holder can commit a batch.
 *
 * <p>Every batch runs in one transaction that starts by locking the {@code sequencer_state} row and ends by writing
 * it, so two instances that both believe they hold the lease cannot both commit: one waits for the row lock (one
 * server) or fails certification (Galera), and the loser finds the holder changed. The lease is timed by the
 * database's clock, so the instances' clocks need not agree.
 */
public final class SequencerCore {

    /** What a batch did; the highest ids it sequenced (0: none). */
    public record Batch(int auditRecords, int feedEvents, long auditSeq, long feedSeq, long lastAuditId, long lastFeedId) {
        public boolean full(int batchSize) {
            return auditRecords == batchSize || feedEvents == batchSize;
        }
    }

    /**
     * Whether the next batch reads the unsequenced entries from the start rather than above the floors: always when
     * the last batch emptied the backlog (so an idle or lightly loaded sequencer behaves as if there were no floors),
     * and at least once a second during a backlog, so that an entry that committed late with an id below the floor
     * (a long transaction) waits a second at most before it is sequenced.
     */
    boolean readsFromStart(long now) {
        return caughtUp || now - fullReadAt >= fullReadNanos;
    }

    /** How often, at least, a backlog is read from its start again (see {@link #readsFromStart}). */
    static final Duration FULL_READ_INTERVAL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final String holder;
    private final long leaseMicros;
    private final int batchSize;
    private final long fullReadNanos;

    /**
     * The highest audit record and feed event ids this core has sequenced, as committed. While a backlog lasts, a batch
     * reads the unsequenced entries above them, not from the start: the entries sequenced before stay in the
     * {@code seq} index as delete-marked NULLs until the server purges them, and a read from the start walks every one
     * of them (a 100,000-row import made each read of 1,000 entries slower than the last, 100 ms and more).
     */
    private long auditFloor;
    private long feedFloor;
    /** When a batch last read from the start ({@link System#nanoTime}); whether the last batch emptied the backlog. */
    private long fullReadAt;
    private boolean caughtUp = true;
    /** Whether the batch being sequenced read the backlog from its start. */
    private boolean readFromStart;

    public SequencerCore(DataSource dataSource, String holder, Duration lease, int batchSize) {
        this(dataSource, holder, lease, batchSize, FULL_READ_INTERVAL);
    }

    /** With another interval between reads from the start during a backlog (tests make it long, to see the floors work). */
    SequencerCore(DataSource dataSource, String holder, Duration lease, int batchSize, Duration fullReadInterval) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.leaseMicros = lease.toNanos() / 1000;
        this.batchSize = batchSize;
        this.fullReadNanos = fullReadInterval.toNanos();
    }

    public String holder() {
        return holder;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Takes the lease if it is free or expired, or renews it if already held; whether this core holds it now. */
    public boolean tryLead() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return lead(c);
        }
    }

    /** {@link #tryLead()} on the caller's connection, in the caller's transaction. */
    public boolean lead(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE sequencer_state SET term = term + CASE WHEN holder = ?"
                + " THEN 0 ELSE 1 END, holder = ?, lease_until = NOW(6) + INTERVAL ? MICROSECOND"
                + " WHERE id = 1 AND (holder = ? OR holder IS NULL OR lease_until < NOW(6))")) {
            st.setString(1, holder);
            st.setString(2, holder);
            st.setLong(3, leaseMicros);
            st.setString(4, holder);
            return st.executeUpdate() == 1;
        }
    }

    /** Gives the lease up at once (at shutdown), so that another instance takes over without waiting for it to run out. */
    public void release() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE sequencer_state SET holder = NULL, lease_until = NOW(6) WHERE id = 1 AND holder = ?")) {
            c.setAutoCommit(true);
            st.setString(1, holder);
            st.executeUpdate();
        }
    }

    /**
     * Sequences one batch if this core holds a valid lease, renewing it; {@code null} when it does not (the caller
     * has lost the lease and must try to lead again).
     */
    public Batch sequenceOnce() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                boolean fromStart = readsFromStart(System.nanoTime());
                Batch b = sequence(c, fromStart ? 0 : auditFloor, fromStart ? 0 : feedFloor);
                c.commit();
                if (b != null) {
                    auditFloor = Math.max(auditFloor, b.lastAuditId);
                    feedFloor = Math.max(feedFloor, b.lastFeedId);
                    caughtUp = !b.full(batchSize);
                    if (readFromStart) {
                        fullReadAt = System.nanoTime();
                    }
                }
                return b;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private Batch sequence(Connection c, long auditAbove, long feedAbove) throws SQLException {
        long auditSeq;
        String auditHash;
        long feedSeq;
        boolean leaseHalfGone;
        try (PreparedStatement st = c.prepareStatement("SELECT holder, lease_until > NOW(6), audit_seq, audit_hash, feed_seq,"
                + " lease_until < NOW(6) + INTERVAL ? MICROSECOND FROM sequencer_state WHERE id = 1 FOR UPDATE")) {
            st.setLong(1, leaseMicros / 2);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || !holder.equals(rs.getString(1)) || !rs.getBoolean(2)) {
                    return null;
                }
                auditSeq = rs.getLong(3);
                auditHash = rs.getString(4);
                feedSeq = rs.getLong(5);
                leaseHalfGone = rs.getBoolean(6);
            }
        }
        List<AuditRow> records = AuditRow.read(c, "WHERE seq IS NULL AND id > ? ORDER BY id", batchSize, auditAbove);
        List<Long> events = unsequencedEvents(c, feedAbove);
        readFromStart = auditAbove == 0 && feedAbove == 0;
        if (!readFromStart && records.size() < batchSize && events.size() < batchSize) {
            // the backlog above the floors ends in this batch: read from the start instead, so that what committed late
            // below them is not left for a later batch
            records = AuditRow.read(c, "WHERE seq IS NULL ORDER BY id", batchSize);
            events = unsequencedEvents(c, 0);
            readFromStart = true;
        }
        if (records.isEmpty() && events.isEmpty() && !leaseHalfGone) {
            return new Batch(0, 0, auditSeq, feedSeq, 0, 0);
        }
        if (!records.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(records.size());
            for (AuditRow r : records) {
                auditSeq++;
                String hash = r.hash(auditSeq, auditHash);
                rows.add(new Object[] { r.id(), auditSeq, auditHash, hash });
                auditHash = hash;
            }
            update(c, "audit_record", List.of("seq", "prev_hash", "hash"), rows);
        }
        if (!events.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(events.size());
            for (Long id : events) {
                rows.add(new Object[] { id, ++feedSeq });
            }
            update(c, "change_event", List.of("seq"), rows);
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE sequencer_state SET audit_seq = ?, audit_hash = ?, feed_seq = ?,"
                + " lease_until = NOW(6) + INTERVAL ? MICROSECOND, sequenced_at = CASE WHEN ? THEN NOW(6) ELSE sequenced_at END"
                + " WHERE id = 1")) {
            st.setLong(1, auditSeq);
            st.setString(2, auditHash);
            st.setLong(3, feedSeq);
            st.setLong(4, leaseMicros);
            st.setBoolean(5, !records.isEmpty() || !events.isEmpty());
            st.executeUpdate();
        }
        return new Batch(records.size(), events.size(), auditSeq, feedSeq, records.isEmpty() ? 0 : records.get(records.size() - 1).id(),
                events.isEmpty() ? 0 : events.get(events.size() - 1));
    }

    /** Up to a batch of unsequenced feed event ids above {@code above}, lowest first. */
    private List<Long> unsequencedEvents(Connection c, long above) throws SQLException {
        List<Long> events = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM change_event WHERE seq IS NULL AND id > ? ORDER BY id LIMIT ?")) {
            st.setLong(1, above);
            st.setInt(2, batchSize);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            }
        }
        return events;
    }

    /**
     * Sets {@code columns} of the rows of {@code table} whose ids are the first value of each of {@code rows}, in one
     * statement: an UPDATE joined on the id with the new values as a derived table of constant SELECTs (portable to
     * MySQL, MariaDB and TiDB, which spell table value constructors differently). A batch of single-row UPDATEs, even
     * sent at once, is parsed and executed statement by statement, about a tenth of a millisecond each on the server.
     */
    static void update(Connection c, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "SELECT ? AS id" : " UNION ALL SELECT ?");
            for (String col : columns) {
                values.append(i == 0 ? ", ? AS " + col : ", ?");
            }
        }
        StringBuilder set = new StringBuilder();
        for (String col : columns) {
            set.append(set.isEmpty() ? "" : ", ").append("t.").append(col).append(" = v.").append(col);
        }
        String sql = "UPDATE " + table + " t JOIN (" + values + ") v ON t.id = v.id SET " + set;
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int p = 1;
            for (Object[] row : rows) {
                for (Object v : row) {
                    st.setObject(p++, v);
                }
            }
            int n = st.executeUpdate();
            if (n != rows.size()) {
                throw new SQLException("sequencing " + table + ": " + n + " rows updated of " + rows.size());
            }
        }
    }
}
