package cn.fuyi.resilience;

import static cn.fuyi.support.Api.createOrgan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The errors the database and Connector/J really produce — a deadlock between two transactions, a lock wait timeout,
 * a connection killed in the middle of a transaction, a server that refuses connections — are read as the failures
 * they are.
 */
@QuarkusTest
class RealDatabaseErrorsTest {

    @Test
    void aRealDeadlockIsAConflict() throws Exception {
        long first = createOrgan("死锁测试甲市", "甲政复〔{year}〕{seq}号", null);
        long second = createOrgan("死锁测试乙市", "乙政复〔{year}〕{seq}号", null);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection a = transaction(); Connection b = transaction()) {
            lock(a, first);
            lock(b, second);
            // each now asks for the other's row: whichever the server picks as the victim gets the deadlock
            Future<SQLException> aWaits = thread.submit(() -> failureOf(() -> lock(a, second)));
            SQLException bFailure = failureOf(() -> lock(b, first));
            if (bFailure != null) {
                b.rollback();
            }
            SQLException aFailure = aWaits.get();
            SQLException deadlock = aFailure != null ? aFailure : bFailure;
            assertNotNull(deadlock, "one of the two transactions is chosen as the deadlock victim");
            assertEquals(1213, deadlock.getErrorCode());
            assertEquals(Optional.of(DatabaseFailure.CONFLICT), DatabaseFailure.of(deadlock));
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void aRealLockWaitTimeoutIsAConflict() throws Exception {
        long organ = createOrgan("锁等待测试市", "锁政复〔{year}〕{seq}号", null);
        try (Connection holder = transaction(); Connection waiter = transaction()) {
            lock(holder, organ);
            try (Statement st = waiter.createStatement()) {
                st.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }
            SQLException timeout = failureOf(() -> lock(waiter, organ));
            assertNotNull(timeout);
            assertEquals(1205, timeout.getErrorCode());
            assertEquals(Optional.of(DatabaseFailure.CONFLICT), DatabaseFailure.of(timeout));
        }
    }

    @Test
    void aConnectionKilledInTheMiddleOfATransactionIsLostAndWorthRetrying() throws Exception {
        long organ = createOrgan("断线测试市", "断政复〔{year}〕{seq}号", null);
        try (Connection victim = transaction(); Connection admin = TestConnections.open()) {
            lock(victim, organ);
            long id;
            try (ResultSet rs = victim.createStatement().executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                id = rs.getLong(1);
            }
            admin.createStatement().execute("KILL CONNECTION " + id);
            SQLException lost = failureOf(() -> lock(victim, organ));
            assertNotNull(lost);
            assertEquals(Optional.of(DatabaseFailure.CONNECTION_LOST), DatabaseFailure.of(lost), lost.toString());
        }
    }

    @Test
    void aServerThatRefusesConnectionsIsUnreachable() {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:1/fuyi?connectTimeout=2000", "fuyi", "")) {
            fail("nothing listens on port 1");
        } catch (SQLException refused) {
            assertTrue(refused.getSQLState().startsWith("08"), refused.getSQLState());
            assertEquals(Optional.of(DatabaseFailure.CONNECTION_LOST), DatabaseFailure.of(refused));
        }
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static SQLException failureOf(Sql sql) {
        try {
            sql.run();
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static Connection transaction() throws SQLException {
        Connection c = TestConnections.open();
        c.setAutoCommit(false);
        return c;
    }

    private static void lock(Connection c, long organId) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT id FROM organ WHERE id = " + organId + " FOR UPDATE").close();
        }
    }
}
