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

    /** What a batch did. */
    public record Batch(int auditRecords, int feedEvents, long auditSeq, long feedSeq) {
        public boolean full(int batchSize) {
            return auditRecords == batchSize || feedEvents == batchSize;
        }
    }

    private final DataSource dataSource;
    private final String holder;
    private final long leaseMicros;
    private final int batchSize;

    public SequencerCore(DataSource dataSource, String holder, Duration lease, int batchSize) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.leaseMicros = lease.toNanos() / 1000;
        this.batchSize = batchSize;
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
                Batch b = sequence(c);
                c.commit();
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

    private Batch sequence(Connection c) throws SQLException {
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
        List<AuditRow> records = AuditRow.read(c, "WHERE seq IS NULL ORDER BY id", batchSize);
        List<Long> events = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM change_event WHERE seq IS NULL ORDER BY id LIMIT ?")) {
            st.setInt(1, batchSize);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            }
        }
        if (records.isEmpty() && events.isEmpty() && !leaseHalfGone) {
            return new Batch(0, 0, auditSeq, feedSeq);
        }
        if (!records.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("UPDATE audit_record SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
                for (AuditRow r : records) {
                    auditSeq++;
                    String hash = r.hash(auditSeq, auditHash);
                    st.setLong(1, auditSeq);
                    st.setString(2, auditHash);
                    st.setString(3, hash);
                    st.setLong(4, r.id());
                    st.addBatch();
                    auditHash = hash;
                }
                st.executeBatch();
            }
        }
        if (!events.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("UPDATE change_event SET seq = ? WHERE id = ?")) {
                for (Long id : events) {
                    st.setLong(1, ++feedSeq);
                    st.setLong(2, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
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
        return new Batch(records.size(), events.size(), auditSeq, feedSeq);
    }
}
