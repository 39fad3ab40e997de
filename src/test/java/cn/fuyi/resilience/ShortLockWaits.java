package cn.fuyi.resilience;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;

/**
 * Makes the service's connections wait only briefly for a row lock, while a test asks for it: each connection the
 * pool hands out sets its session's {@code innodb_lock_wait_timeout}. Needs no server privilege, unlike a global
 * setting; the pool is emptied afterwards so that no connection keeps the short wait.
 */
@ApplicationScoped
public class ShortLockWaits implements AgroalPoolInterceptor {

    @Inject
    AgroalDataSource pool;

    private volatile Integer seconds;

    public void start(int seconds) {
        this.seconds = seconds;
        pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    public void stop() {
        seconds = null;
        pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        Integer wait = seconds;
        if (wait == null) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET SESSION innodb_lock_wait_timeout = " + wait);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
