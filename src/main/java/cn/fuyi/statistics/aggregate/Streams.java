package cn.fuyi.statistics.aggregate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Reads a large result row by row on the transaction's own connection, so its snapshot, without holding it all. */
public final class Streams {

    private Streams() {
    }

    /** What is done with each row; a JDBC error ends the read and is thrown as Hibernate's exception for it. */
    @FunctionalInterface
    public interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs the query and hands each row to {@code row} as it arrives: a forward-only, read-only statement with the
     * driver's streaming fetch size ({@code Integer.MIN_VALUE}), so the server sends the rows as it reads them. The
     * connection runs nothing else until the last row is read.
     */
    public static void forEach(EntityManager em, String sql, Row row) {
        em.unwrap(Session.class).doWork(connection -> forEach(connection, sql, row));
    }

    /** The same on a connection the caller holds (another snapshot than the transaction's). */
    public static void forEach(java.sql.Connection connection, String sql, Row row) throws SQLException {
        try (Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /**
     * {@link #forEach} with the rows in the binary protocol where the driver is MySQL Connector/J (the statement
     * prepared on the server): numbers arrive as numbers, not text the driver parses, which halves its work on a pass
     * over millions of rows.
     */
    public static void forEachBinary(EntityManager em, String sql, Row row) {
        em.unwrap(Session.class).doWork(connection -> forEachBinary(connection, sql, row));
    }

    /** The same on a connection the caller holds. */
    public static void forEachBinary(java.sql.Connection connection, String sql, Row row) throws SQLException {
        if (!connection.isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)) {
            forEach(connection, sql, row);
            return;
        }
        try (java.sql.PreparedStatement st = connection.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).serverPrepareStatement(sql,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /**
     * The result of a pass run on a thread of its own: its own unchecked failure as it was thrown, an interruption of
     * the waiting thread as an {@link IllegalStateException} naming {@code what} was being counted.
     */
    public static <T> T await(java.util.concurrent.Future<T> pass, String what) {
        try {
            return pass.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " were counted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
