package cn.fuyi.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The database of a run: one Debian MariaDB 10.11 server or a three-node Galera cluster, started, broken and
 * restarted through the scripts in deploy/galera/, or a server given by {@code -Dfuyi.load.jdbc-url} (then left
 * alone: no database fault).
 */
final class Database {

    static final String SCHEMA = "fuyi";
    /** The hand-written baseline writes into a copy of the schema, so that its rows stay out of the reconciliation. */
    static final String BASELINE_SCHEMA = "fuyi_baseline";

    private final LoadSettings settings;
    private final boolean galera;
    private final Path dir;
    private final Path log;

    Database(LoadSettings settings) {
        this.settings = settings;
        this.galera = settings.setup().galera;
        this.dir = settings.workDir().resolve(galera ? "galera" : "mariadb");
        this.log = settings.workDir().resolve(galera ? "galera.log" : "mariadb.log");
    }

    boolean managed() {
        return settings.managesDatabase();
    }

    /** One JDBC URL per node (one for a single server). */
    List<String> jdbcUrls() {
        if (!managed()) {
            return settings.jdbcUrls();
        }
        List<String> urls = new ArrayList<>();
        if (galera) {
            for (int n = 1; n <= 3; n++) {
                urls.add(url(3310 + n));
            }
        } else {
            urls.add(url(3320));
        }
        return urls;
    }

    private static String url(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrls().get(0), settings.dbUser(), settings.dbPassword());
    }

    /** A connection to {@code schema} with the Connector/J properties the application sets (application.properties). */
    Connection connectLikeTheApplication(String schema) throws SQLException {
        String url = jdbcUrls().get(0);
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return DriverManager.getConnection(base.substring(0, base.lastIndexOf('/') + 1) + schema + "?" + APPLICATION_JDBC_PROPERTIES
                + (q < 0 ? "" : "&" + url.substring(q + 1)), settings.dbUser(), settings.dbPassword());
    }

    private static final String APPLICATION_JDBC_PROPERTIES = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&rewriteBatchedStatements=true&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useLocalSessionState=true";

    void start() throws IOException, InterruptedException {
        if (managed()) {
            script("start");
        }
    }

    /** An empty schema for the application (Flyway builds it) and an empty one for the baseline. */
    void freshSchemas() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : List.of(SCHEMA, BASELINE_SCHEMA)) {
                st.execute("DROP DATABASE IF EXISTS " + s);
                st.execute("CREATE DATABASE " + s + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    /** Single server: a clean stop and start of mariadbd. */
    void restartServer() throws IOException, InterruptedException {
        script("restart");
    }

    /** Galera: kill -9 one node. */
    void killNode(int node) throws IOException, InterruptedException {
        script("kill", String.valueOf(node));
    }

    /** Galera: start a node again; returns once it has rejoined (IST or SST) and is Synced. */
    void startNode(int node) throws IOException, InterruptedException {
        script("start", String.valueOf(node));
    }

    /** The end of the node's log: how it rejoined. */
    String rejoinSummary(int node) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("node" + node).resolve("error.log"));
            String how = "";
            for (String l : lines) {
                if (l.contains("IST received") || l.contains("SST received") || l.contains("State transfer required")
                        || l.contains("Receiving IST")) {
                    how = l.replaceAll("^\\S+\\s+\\S+\\s+\\d+\\s+", "");
                }
            }
            return how;
        } catch (IOException e) {
            return "";
        }
    }

    /** The pids of the running database servers the harness started (none for a server it was given). */
    List<Long> serverPids() {
        List<Long> pids = new ArrayList<>();
        if (!managed()) {
            return pids;
        }
        List<Path> files = galera ? List.of(dir.resolve("node1/mariadbd.pid"), dir.resolve("node2/mariadbd.pid"),
                dir.resolve("node3/mariadbd.pid")) : List.of(dir.resolve("mariadbd.pid"));
        for (Path f : files) {
            try {
                pids.add(Long.parseLong(Files.readString(f).trim()));
            } catch (IOException | NumberFormatException e) {
                // that server is down
            }
        }
        return pids;
    }

    void stop() throws IOException, InterruptedException {
        if (managed() && !settings.keepDatabase()) {
            script("stop");
        }
    }

    private void script(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("bash");
        cmd.add(settings.projectDir().resolve("deploy/galera/" + (galera ? "galera.sh" : "single.sh")).toString());
        cmd.add("--dir");
        cmd.add(dir.toString());
        cmd.addAll(List.of(args));
        Files.createDirectories(settings.workDir());
        Process p = new ProcessBuilder(cmd).directory(settings.projectDir().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed; see " + log);
        }
    }
}
