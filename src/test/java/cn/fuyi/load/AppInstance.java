package cn.fuyi.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged application ({@code java -jar target/quarkus-app/quarkus-run.jar}) as its own OS
 * process, configured as production is: through environment variables, %prod profile.
 */
final class AppInstance {

    final int number;
    final int port;
    final String jdbcUrl;
    private final LoadSettings settings;
    private final LoadTokens tokens;
    private final Path log;
    private volatile Process process;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    AppInstance(int number, String jdbcUrl, LoadSettings settings, LoadTokens tokens) {
        this.number = number;
        this.port = settings.basePort() + number;
        this.jdbcUrl = jdbcUrl;
        this.settings = settings;
        this.tokens = tokens;
        this.log = settings.workDir().resolve("app-" + settings.setup().name().toLowerCase(Locale.ROOT) + "-" + number + ".log");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void start() throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(settings.appJvmArgs());
        cmd.add("-jar");
        cmd.add(settings.jar().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(settings.workDir().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        // nothing of the harness's own environment that could configure Quarkus differently
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("FUYI_") || k.startsWith("MP_"));
        env.putAll(environment());
        Files.writeString(log, "\n==== starting instance " + number + " at " + Instant.now() + " ====\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = pb.start();
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", settings.dbUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.dbPassword());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("FUYI_JWT_ISSUER", LoadTokens.ISSUER);
        env.put("FUYI_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyPem.toString());
        if (!settings.aggregates()) {
            env.putAll(LoadSettings.AGGREGATES_OFF);
        }
        env.putAll(settings.appEnv());
        return env;
    }

    /** Waits until the readiness check answers 200 (database reachable, migrations done). */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("instance " + number + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance " + number + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    boolean ready() {
        try {
            HttpResponse<Void> r = probe.send(HttpRequest.newBuilder(base().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** kill -9: the JVM gets no chance to finish anything. */
    void crash() throws InterruptedException {
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** A clean stop (SIGTERM, Quarkus shuts down gracefully). */
    void stop() throws InterruptedException {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
        }
    }

    Path log() {
        return log;
    }
}
