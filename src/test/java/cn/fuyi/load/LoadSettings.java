package cn.fuyi.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's parameters, all system properties ({@code -Dfuyi.load.…}) so that one Maven command line says
 * everything about a run. See README, "Load and fault harness".
 */
record LoadSettings(
        Setup setup,
        List<Integer> clients,
        int seconds,
        int faultSeconds,
        int warmupSeconds,
        List<Integer> sweepClients,
        int readClients,
        boolean faults,
        Map<Operation, Integer> mix,
        Path projectDir,
        Path workDir,
        Path jar,
        List<String> jdbcUrls,
        String dbUser,
        String dbPassword,
        boolean keepDatabase,
        List<String> appJvmArgs,
        Map<String, String> appEnv,
        int basePort,
        int organs,
        int seedCases,
        boolean aggregates) {

    /** What runs: (a) one instance on one server, (b) three on one server, (c) three on a Galera cluster, or the sweep. */
    enum Setup {
        SINGLE(1, false), THREE(3, false), GALERA(3, true), SWEEP(1, false);

        final int instances;
        final boolean galera;

        Setup(int instances, boolean galera) {
            this.instances = instances;
            this.galera = galera;
        }
    }

    static LoadSettings fromSystemProperties() {
        Path project = Path.of(System.getProperty("fuyi.load.project-dir", System.getProperty("user.dir"))).toAbsolutePath();
        Setup setup = Setup.valueOf(prop("setup", "single").toUpperCase(Locale.ROOT));
        int seconds = Integer.parseInt(prop("seconds", "30"));
        String urls = prop("jdbc-url", "");
        return new LoadSettings(
                setup,
                ints(prop("clients", "4,16,64")),
                seconds,
                Integer.parseInt(prop("fault-seconds", String.valueOf(2 * seconds))),
                Integer.parseInt(prop("warmup-seconds", "10")),
                ints(prop("sweep-clients", "1,4,16,64")),
                Integer.parseInt(prop("read-clients", "64")),
                Boolean.parseBoolean(prop("faults", "true")),
                mix(prop("mix", "intake=30,transition=15,read=30,worklist=15,statistics=10")),
                project,
                project.resolve(prop("dir", "target/load")).toAbsolutePath(),
                project.resolve(prop("jar", "target/quarkus-app/quarkus-run.jar")),
                urls.isBlank() ? List.of() : Arrays.stream(urls.split(",")).map(String::trim).toList(),
                prop("db-user", "fuyi"),
                prop("db-password", "fuyi"),
                Boolean.parseBoolean(prop("keep-db", "false")),
                Arrays.stream(prop("app-jvm-args", "-Xmx768m -XX:+UseParallelGC").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(),
                env(prop("app-env", "")),
                Integer.parseInt(prop("base-port", "18080")),
                Integer.parseInt(prop("organs", "6")),
                Integer.parseInt(prop("seed-cases", "200")),
                !"off".equalsIgnoreCase(prop("aggregates", "on").trim()));
    }

    /** The database is started and stopped by the harness through the scripts in deploy/galera/. */
    boolean managesDatabase() {
        return jdbcUrls.isEmpty();
    }

    /**
     * The switches that stop the statistics aggregates' writers and make the reports count from the rows: the
     * baseline of {@code -Dfuyi.load.aggregates=off} (an {@code app-env} entry of the same name still wins).
     */
    static final Map<String, String> AGGREGATES_OFF = Map.of(
            "FUYI_STATISTICS_AGGREGATES_ENABLED", "false",
            "FUYI_STATISTICS_AGGREGATES_PROJECTOR_ENABLED", "false",
            "FUYI_STATISTICS_LITIGATION_AGGREGATES_ENABLED", "false",
            "FUYI_STATISTICS_LITIGATION_PROJECTOR_EVERY", "off");

    /** The index V31 adds for the aggregates' sweep, dropped for the baseline without the aggregates. */
    static final String AGGREGATES_INDEX = "ix_case_stat_touched";

    int maxClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    String describe() {
        return String.format(Locale.ROOT, "setup %s, %d instance(s), clients %s, %d s per phase, fault phase %d s (faults %s), mix %s,"
                + " statistics aggregates %s", setup.name().toLowerCase(Locale.ROOT), setup.instances, setup == Setup.SWEEP ? sweepClients : clients,
                seconds, faultSeconds, faults ? "on" : "off", mix, aggregates ? "on" : "off (writers stopped, " + AGGREGATES_INDEX + " dropped)");
    }

    private static String prop(String name, String fallback) {
        return System.getProperty("fuyi.load." + name, fallback);
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.trim()));
            }
        }
        return out;
    }

    private static Map<Operation, Integer> mix(String spec) {
        Map<Operation, Integer> m = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            m.put(Operation.valueOf(kv[0].trim().toUpperCase(Locale.ROOT)), Integer.parseInt(kv[1].trim()));
        }
        return m;
    }

    private static Map<String, String> env(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
