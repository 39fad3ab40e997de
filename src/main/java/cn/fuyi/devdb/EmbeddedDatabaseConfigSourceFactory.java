package cn.fuyi.devdb;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode, starts the embedded MariaDB (once per JVM, surviving hot reloads) and hands its JDBC URL to the
 * datasource, unless a JDBC URL is configured explicitly, e.g. by {@code QUARKUS_DATASOURCE_JDBC_URL}.
 *
 * <p>The dev database keeps its files in {@code fuyi.dev-db.home} (default {@code ~/.fuyi/dev-db}), so the demo
 * data and whatever a developer entered survive a restart of dev mode.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "fuyi.embedded-db.jdbc-url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || explicitlyConfigured(context)
                || "false".equals(value(context, "fuyi.dev-db.enabled"))) {
            return Collections.emptyList();
        }
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            synchronized (EmbeddedDatabaseConfigSourceFactory.class) {
                url = System.getProperty(URL_PROPERTY);
                if (url == null) {
                    String home = value(context, "fuyi.dev-db.home");
                    Path dir = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".fuyi", "dev-db");
                    EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
                    Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "fuyi-dev-db-stop"));
                    url = db.jdbcUrl();
                    System.setProperty(URL_PROPERTY, url);
                }
            }
        }
        return Collections.singletonList(new PropertiesConfigSource(Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", ""), "fuyi-embedded-mariadb", 275));
    }

    private static boolean explicitlyConfigured(ConfigSourceContext context) {
        return value(context, JDBC_URL) != null;
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }
}
