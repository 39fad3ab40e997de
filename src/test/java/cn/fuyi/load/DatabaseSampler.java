package cn.fuyi.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the database's time goes during a phase, seen from the server: a few times a second, what each connection of
 * the application does (a statement running, a statement waiting for a row lock and on which table, a transaction
 * open while the application works between statements, idle in the pool), and at the ends of the phase the server's
 * counters (commits, fsyncs, row lock waits and the time spent in them). By Little's law the mean number of
 * connections in a state is the rate of requests times the time each spends in it. Reads the server as the monitoring
 * user the deploy/galera scripts create ({@code fuyi_monitor}, PROCESS privilege only); without it, says so and
 * samples nothing.
 */
final class DatabaseSampler implements AutoCloseable {

    private static final String MONITOR_USER = "fuyi_monitor";
    private static final String MONITOR_PASSWORD = "fuyi_monitor";
    private static final List<String> COUNTERS = List.of("Com_commit", "Innodb_data_fsyncs", "Innodb_row_lock_waits",
            "Innodb_row_lock_time", "Questions");

    private final List<String> urls;
    private final Connection[] connections;
    private final String unavailable;
    private volatile String schema = Database.SCHEMA;
    private volatile boolean running;
    private Thread thread;
    private Map<String, Long> countersAtStart;
    private long samples;
    private final Map<String, Double> sums = new TreeMap<>();

    DatabaseSampler(List<String> jdbcUrls) {
        // the monitoring user may read no schema: connect to none
        this.urls = jdbcUrls.stream().map(u -> u.replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1")).toList();
        this.connections = new Connection[jdbcUrls.size()];
        String why = null;
        for (int i = 0; i < urls.size(); i++) {
            try {
                connection(i);
            } catch (SQLException e) {
                why = e.getMessage();
            }
        }
        unavailable = why;
    }

    /** The monitoring connection to node i, opened again after the node went away. */
    private Connection connection(int i) throws SQLException {
        if (connections[i] == null || connections[i].isClosed()) {
            connections[i] = DriverManager.getConnection(urls.get(i), MONITOR_USER, MONITOR_PASSWORD);
        }
        return connections[i];
    }

    private void drop(int i) {
        try {
            if (connections[i] != null) {
                connections[i].close();
            }
        } catch (SQLException e) {
            // the node went away
        }
        connections[i] = null;
    }

    /** Starts sampling the application's connections to {@code schema}. */
    void start(String schema) {
        this.schema = schema;
        if (unavailable != null || running) {
            return;
        }
        samples = 0;
        sums.clear();
        try {
            countersAtStart = counters();
        } catch (SQLException e) {
            countersAtStart = null;
        }
        running = true;
        thread = new Thread(this::loop, "load-db-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling and describes the phase (counters of a server that was down at an end are left out). */
    String stop(double seconds) {
        if (unavailable != null) {
            return "database not sampled (" + unavailable + ")";
        }
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StringBuilder sb = new StringBuilder();
        synchronized (sums) {
            if (samples > 0) {
                sb.append(String.format(Locale.ROOT, "connections on average: %.1f running a statement, %.1f of them waiting for a row lock",
                        mean("running"), mean("lock wait")));
                List<String> tables = new ArrayList<>();
                sums.forEach((k, v) -> {
                    if (k.startsWith("lock on ")) {
                        tables.add(String.format(Locale.ROOT, "%s %.1f", k.substring(8), v / samples));
                    }
                });
                if (!tables.isEmpty()) {
                    sb.append(" (").append(String.join(", ", tables)).append(')');
                }
                sb.append(String.format(Locale.ROOT, ", %.1f in a transaction between statements (the application's time), %.1f idle",
                        mean("in transaction, idle"), mean("idle")));
            }
        }
        try {
            if (countersAtStart != null) {
                Map<String, Long> end = counters();
                Map<String, Double> rate = new HashMap<>();
                for (String c : COUNTERS) {
                    rate.put(c, 0.0);
                }
                end.forEach((key, value) -> {
                    long before = countersAtStart.getOrDefault(key, 0L);
                    // a server restarted during the phase counts from zero again
                    long delta = value >= before ? value - before : value;
                    rate.merge(key.substring(key.indexOf(' ') + 1), delta / seconds, Double::sum);
                });
                sb.append(String.format(Locale.ROOT, "; per second: %.0f commits, %.0f fsyncs, %.0f statements, %.1f row lock waits"
                        + " costing %.0f ms", rate.get("Com_commit"), rate.get("Innodb_data_fsyncs"), rate.get("Questions"),
                        rate.get("Innodb_row_lock_waits"), rate.get("Innodb_row_lock_time")));
            }
        } catch (SQLException e) {
            sb.append("; counters unavailable: ").append(e.getMessage());
        }
        return sb.toString();
    }

    private double mean(String key) {
        return sums.getOrDefault(key, 0.0) / samples;
    }

    private void loop() {
        while (running) {
            try {
                Map<String, Double> one = sample();
                synchronized (sums) {
                    one.forEach((k, v) -> sums.merge(k, v, Double::sum));
                    samples++;
                }
                Thread.sleep(200);
            } catch (SQLException e) {
                // the server is down (a fault) or busy: this sample is skipped
                sleep();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Double> sample() throws SQLException {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < connections.length; i++) {
            try (Statement st = connection(i).createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT p.command, t.trx_state IS NOT NULL, t.trx_state = 'LOCK WAIT'"
                        + " FROM information_schema.processlist p LEFT JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id"
                        + " WHERE p.db = '" + schema + "' AND p.user <> '" + MONITOR_USER + "'")) {
                    while (rs.next()) {
                        String command = rs.getString(1);
                        boolean inTransaction = rs.getBoolean(2);
                        if ("Sleep".equals(command)) {
                            m.merge(inTransaction ? "in transaction, idle" : "idle", 1.0, Double::sum);
                        } else {
                            m.merge("running", 1.0, Double::sum);
                            if (rs.getBoolean(3)) {
                                m.merge("lock wait", 1.0, Double::sum);
                            }
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT l.lock_table, COUNT(DISTINCT w.requesting_trx_id) FROM information_schema.innodb_lock_waits w"
                        + " JOIN information_schema.innodb_locks l ON l.lock_id = w.requested_lock_id GROUP BY l.lock_table")) {
                    while (rs.next()) {
                        String table = rs.getString(1).replace("`", "").replace(schema + ".", "");
                        m.merge("lock on " + table, rs.getDouble(2), Double::sum);
                    }
                }
            } catch (SQLException e) {
                drop(i);
                throw e;
            }
        }
        return m;
    }

    private Map<String, Long> counters() throws SQLException {
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < connections.length; i++) {
            try (Statement st = connection(i).createStatement(); ResultSet rs = st.executeQuery(
                    "SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
                while (rs.next()) {
                    m.put(i + " " + rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                drop(i);
                throw e;
            }
        }
        return m;
    }

    @Override
    public void close() {
        running = false;
        for (int i = 0; i < connections.length; i++) {
            drop(i);
        }
    }
}
