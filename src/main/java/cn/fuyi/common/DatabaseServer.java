package cn.fuyi.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Checks at start that the database is one Fuyi supports: MySQL 8.0 or later, or MariaDB 10.11 or later (Galera
 * included). Hibernate's own check is switched off because MySQL Connector/J reports every MariaDB before 11 as
 * "5.5.5"; this one reads {@code VERSION()} from the server itself.
 */
@ApplicationScoped
public class DatabaseServer {

    private static final Logger LOG = Logger.getLogger(DatabaseServer.class);
    private static final Pattern VERSION = Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(.*)$");

    /** What the server said it is. */
    public record Version(String product, int major, int minor, String text) {
        public boolean supported() {
            return "MariaDB".equals(product) ? major > 10 || major == 10 && minor >= 11 : major >= 8;
        }

        @Override
        public String toString() {
            return product + " " + major + "." + minor + " (" + text + ")";
        }
    }

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        Version v;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            v = parse(rs.getString(1));
        }
        if (!v.supported()) {
            throw new IllegalStateException("Fuyi needs MySQL 8.0 or later, or MariaDB 10.11 or later; the database at "
                    + "quarkus.datasource.jdbc.url is " + v + ".");
        }
        LOG.infof("Database server: %s", v);
    }

    /** Reads a {@code VERSION()} string such as {@code 8.0.36}, {@code 10.11.19-MariaDB-0+deb12u1} or {@code 5.5.5-10.11.6-MariaDB}. */
    public static Version parse(String text) {
        Matcher m = VERSION.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return new Version("unknown", 0, 0, text);
        }
        String product = m.group(4).toLowerCase().contains("mariadb") ? "MariaDB" : "MySQL";
        return new Version(product, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), text);
    }
}
