package cn.fuyi.support;

import java.util.Map;

import cn.fuyi.devdb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a throw-away embedded MariaDB for the test run, unless {@code QUARKUS_DATASOURCE_JDBC_URL} names a server
 * to use instead (e.g. a MySQL 8 instance), in which case the suite runs against that.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        db = EmbeddedMariaDb.start(EmbeddedMariaDb.temporaryHome("fuyi-test-db")).deleteFilesOnStop();
        // A throw-away database needs no durability: not flushing the log at every commit makes each write
        // request several times faster, which the fixtures that enter whole years through the API depend on.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), "root", "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not configure the test database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (db != null) {
            db.stop();
        }
    }
}
