package cn.fuyi.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One run of the harness: the database and the instances started, reference data entered through the API, the
 * phases of traffic (with the faults in the middle), the reconciliation, and the report.
 */
final class LoadRun {

    private static final Map<Operation, Integer> INTAKES_ONLY = Map.of(Operation.INTAKE, 1);
    private static final Map<Operation, Integer> READS_ONLY = Map.of(Operation.READ, 1);

    private final LoadSettings settings;
    private final LoadReport report = new LoadReport();
    private final Database db;
    private final List<AppInstance> instances = new ArrayList<>();
    private final List<PhaseStats> phases = new ArrayList<>();
    private final List<VirtualUser> users = new ArrayList<>();
    private DatabaseSampler sampler;
    private final CpuMeter cpu = new CpuMeter();
    private LoadTokens tokens;
    private Workload work;
    private Ledger ledger;
    private ApiClient auditor;

    LoadRun(LoadSettings settings) {
        this.settings = settings;
        this.db = new Database(settings);
    }

    LoadReport run() throws Exception {
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("The packaged application is missing: " + settings.jar()
                    + "\nBuild it first with ./mvnw -B package -DskipTests (the harness runs what that command builds).");
        }
        Files.createDirectories(settings.workDir());
        try (var old = Files.newDirectoryStream(settings.workDir(), "app-" + settings.setup().name().toLowerCase(Locale.ROOT) + "-*.log")) {
            for (var log : old) {
                Files.delete(log);
            }
        }
        try {
            prepare();
            if (settings.setup() == LoadSettings.Setup.SWEEP) {
                sweep();
            } else {
                mixed();
            }
            reconcile();
        } catch (Exception | AssertionError e) {
            report.fail("the run stopped: " + e);
            throw e;
        } finally {
            if (sampler != null) {
                sampler.close();
            }
            for (AppInstance i : instances) {
                i.stop();
            }
            db.stop();
            report.write(settings.projectDir(), settings.workDir(), settings.setup().name().toLowerCase(Locale.ROOT));
        }
        return report;
    }

    // ---- preparation ------------------------------------------------------------------------------------------

    private void prepare() throws Exception {
        report.line("Fuyi load and fault harness — %s", settings.describe());
        report.line("commit %s, %s, %d cores (load average %.1f: the harness, the instances and the database share them with"
                + " whatever else runs); application %s", commit(), Instant.now(), Runtime.getRuntime().availableProcessors(),
                PhaseStats.loadAverage(), settings.jar());
        db.start();
        db.freshSchemas();
        report.line("database: %s %s", version(), db.jdbcUrls());
        sampler = new DatabaseSampler(db.jdbcUrls());
        cpu.group("instances", () -> instances.stream().map(AppInstance::pid).filter(p -> p > 0).toList())
                .group("database", db::serverPids)
                .group("harness", () -> List.of(ProcessHandle.current().pid()));
        tokens = new LoadTokens(settings.workDir());
        List<String> urls = db.jdbcUrls();
        for (int i = 1; i <= settings.setup().instances; i++) {
            instances.add(new AppInstance(i, urls.get((i - 1) % urls.size()), settings, tokens));
        }
        // the first instance migrates the empty schema; the others start once it has
        long t0 = System.nanoTime();
        instances.get(0).start();
        instances.get(0).awaitReady(Duration.ofMinutes(3));
        if (!settings.aggregates()) {
            dropAggregatesIndex();
        }
        for (AppInstance i : instances.subList(1, instances.size())) {
            i.start();
        }
        for (AppInstance i : instances) {
            i.awaitReady(Duration.ofMinutes(3));
        }
        report.line("%d instance(s) ready in %.1f s: %s; JVM %s; logs in %s", instances.size(), (System.nanoTime() - t0) / 1e9,
                instances.stream().map(i -> i.port + "→" + i.jdbcUrl).toList(), settings.appJvmArgs(), settings.workDir());

        String admin = tokens.bearer("load.admin", "负载管理员", Set.of("admin"), List.of(), "ALL");
        auditor = new ApiClient(instances.get(0).base(), tokens.bearer("load.auditor", "负载审计员", Set.of("auditor"), List.of(), "ALL"));
        ApiClient api = new ApiClient(instances.get(0).base(), admin);
        String runId = "L" + Long.toString(System.currentTimeMillis() % 10_000_000_000L, 36);
        List<Workload.Organ> organs = new ArrayList<>();
        for (int o = 0; o < settings.organs(); o++) {
            String prefix = "载" + (char) ('甲' + o) + "政复";
            JsonNode organ = api.expect(201, api.post("/api/v1/organs", Map.of("code", runId + "-" + o, "name", prefix + "人民政府" + runId,
                    "shortName", prefix, "level", "CITY", "caseNumberPattern", prefix + "〔{year}〕{seq}号")), "POST /api/v1/organs");
            long organId = organ.get("id").asLong();
            List<Long> respondents = new ArrayList<>();
            for (String r : List.of("市场监督管理局", "公安局")) {
                respondents.add(api.expect(201, api.post("/api/v1/respondents", Map.of("organId", organId, "name", prefix + r,
                        "kind", "GOVERNMENT_DEPARTMENT")), "POST /api/v1/respondents").get("id").asLong());
            }
            organs.add(new Workload.Organ(organId, prefix, prefix, respondents));
        }
        List<Long> organIds = organs.stream().map(Workload.Organ::id).toList();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ledger = new Ledger(runId);
        work = new Workload(organs, List.of(today.getYear() - 2, today.getYear() - 1, today.getYear()), today,
                tokens.bearer("load.clerk", "负载承办人", Set.of("clerk"), organIds, "EXACT"),
                tokens.bearer("load.statistician", "负载统计员", Set.of("statistician"), organIds, "EXACT"), ledger, instances);
        int most = Math.max(settings.maxClients(), Math.max(settings.readClients(),
                settings.sweepClients().stream().mapToInt(Integer::intValue).max().orElse(1)));
        for (int u = 0; u < most; u++) {
            users.add(new VirtualUser(u, work));
        }
        // for trying requests by hand (curl, wrk) while the run goes on: valid for the run's key only
        Files.writeString(settings.workDir().resolve("tokens.txt"), "clerk: " + work.clerkToken + "\nauditor: "
                + tokens.bearer("load.auditor", "负载审计员", Set.of("auditor"), List.of(), "ALL") + "\nadmin: " + admin + "\n");
        report.line("run %s: %d organs (the first takes half the intakes), 2 respondents each, years %s", runId, organs.size(), work.years);

        PhaseStats seed = new PhaseStats("seed", 1);
        for (int n = 0; n < settings.seedCases(); n++) {
            users.get(0).intake(seed);
        }
        seed.finish();
        report.line("seeded %d cases in %.1f s", seed.op(Operation.INTAKE).count(Outcome.OK), seed.seconds());
    }

    /**
     * The baseline without the aggregates: the writers are stopped by the instances' environment, and the index V31
     * added for them ({@code stat_touched_at}) is dropped once Flyway has built the schema, so that a case write
     * maintains the indexes it maintained before V31 (the column stays: the server stamps it, unindexed).
     */
    private void dropAggregatesIndex() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP INDEX " + LoadSettings.AGGREGATES_INDEX + " ON reconsideration_case");
        }
        report.line("statistics aggregates off: writers stopped (%s), index %s dropped after the migrations", LoadSettings.AGGREGATES_OFF,
                LoadSettings.AGGREGATES_INDEX);
    }

    /** Where the aggregates' writers stand in the feed after the load (they follow it off the request path). */
    private String projections() throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT p.name, p.last_seq, (SELECT COALESCE(MAX(seq), 0) FROM change_event) FROM statistics_projection p ORDER BY p.name")) {
            while (rs.next()) {
                sb.append(String.format(Locale.ROOT, "%s%s at feed position %d of %d", sb.length() == 0 ? "" : "; ", rs.getString(1),
                        rs.getLong(2), rs.getLong(3)));
            }
        }
        return sb.toString();
    }

    // ---- mixed traffic with faults ----------------------------------------------------------------------------

    private void mixed() throws Exception {
        phase("warm-up", settings.maxClients(), settings.warmupSeconds(), settings.mix(), null);
        report.line("").line(LoadReport.header());
        for (int clients : settings.clients()) {
            report.phase(phase("mixed", clients, settings.seconds(), settings.mix(), null));
        }
        if (settings.faults()) {
            PhaseStats f = phase("mixed with faults", settings.maxClients(), settings.faultSeconds(), settings.mix(), this::faults);
            report.phase(f);
            report.line("").line("fault phase, what happened:");
            f.events().forEach(e -> report.line("  " + e));
            report.line("  successful/failed requests per second:%s", f.timeline());
        }
        for (PhaseStats p : phases) {
            if (p.count(Outcome.SERVER_ERROR) > 0) {
                report.fail(p.count(Outcome.SERVER_ERROR) + " answers 5xx other than 503 in phase '" + p.name + "' (" + p.clients + " clients)");
            }
            if (!p.name.contains("faults") && p.count(Outcome.UNAVAILABLE) + p.count(Outcome.REFUSED) + p.count(Outcome.NO_ANSWER) > 0) {
                report.line("note: phase '%s' at %d clients had %d 503, %d refused, %d without answer although nothing was broken",
                        p.name, p.clients, p.count(Outcome.UNAVAILABLE), p.count(Outcome.REFUSED), p.count(Outcome.NO_ANSWER));
            }
        }
        unexpectedAnswers();
    }

    /**
     * The faults of the fault phase, one after the other: an instance killed at a fifth of the phase and started again
     * at once; once it is back (and not before half the phase), the database stopped and started (one server) or one
     * Galera node killed and, after a while, started again. The phase goes on for at least 15 s after the last
     * recovery, however long the recoveries take.
     */
    private void faults(PhaseStats p) {
        p.hold();
        try {
            long length = settings.faultSeconds() * 1000L;
            AppInstance victim = instances.get(instances.size() == 1 ? 0 : 1);
            sleepUntil(p, length / 5);
            p.event("kill -9 instance " + victim.number + " (pid " + victim.pid() + ", port " + victim.port + ")");
            victim.crash();
            Thread.sleep(2000);
            long t = System.nanoTime();
            victim.start();
            p.event("instance " + victim.number + " starting again (pid " + victim.pid() + ")");
            victim.awaitReady(Duration.ofMinutes(3));
            p.event(String.format(Locale.ROOT, "instance %d ready again, %.1f s after its start", victim.number, (System.nanoTime() - t) / 1e9));

            if (!db.managed()) {
                p.event("database given by fuyi.load.jdbc-url: no database fault");
                p.extendFromNow(15);
                return;
            }
            sleepUntil(p, Math.max(length / 2, (long) (p.seconds() * 1000) + 5000));
            if (settings.setup().galera) {
                p.event("kill -9 Galera node 3 (the database of instance 3)");
                db.killNode(3);
                Thread.sleep(Math.max(5000, length * 3 / 20));
                t = System.nanoTime();
                p.event("starting node 3 again");
                db.startNode(3);
                p.event(String.format(Locale.ROOT, "node 3 Synced again, %.1f s after its start; %s", (System.nanoTime() - t) / 1e9,
                        db.rejoinSummary(3)));
            } else {
                t = System.nanoTime();
                p.event("database: stopping mariadbd cleanly and starting it again");
                db.restartServer();
                p.event(String.format(Locale.ROOT, "database up again, %.1f s after the stop began", (System.nanoTime() - t) / 1e9));
            }
            p.extendFromNow(15);
        } catch (IOException | RuntimeException e) {
            p.event("fault injection failed: " + e.getMessage());
            report.fail("fault injection failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            p.extendFromNow(15);
        }
    }

    private static void sleepUntil(PhaseStats p, long millis) throws InterruptedException {
        long wait = millis - (long) (p.seconds() * 1000);
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    // ---- the concurrency sweep --------------------------------------------------------------------------------

    private void sweep() throws Exception {
        IntakeBaseline baseline = new IntakeBaseline(db, work);
        baseline.prepare();
        phase("warm-up", 16, settings.warmupSeconds(), INTAKES_ONLY, null);
        baseline.run(new PhaseStats("warm-up JDBC", 16), 16, Math.max(3, settings.warmupSeconds() / 2));
        baseline.retriesAndErrors();
        report.line("").line(LoadReport.header());
        List<double[]> rows = new ArrayList<>();
        for (int clients : settings.sweepClients()) {
            PhaseStats api = phase("intakes", clients, settings.seconds(), INTAKES_ONLY, null);
            report.phase(api);
            PhaseStats jdbc = new PhaseStats("JDBC baseline", clients);
            sampler.start(Database.BASELINE_SCHEMA);
            cpu.start();
            baseline.run(jdbc, clients, settings.seconds());
            jdbc.cpuNote = cpu.stop(jdbc.seconds(), jdbc.successes());
            jdbc.databaseNote = sampler.stop(jdbc.seconds());
            report.phase(jdbc);
            report.line("%-22s %7d deadlocks and lock wait timeouts: %s", "JDBC baseline", clients, baseline.retriesAndErrors());
            PhaseStats.OpStats s = api.op(Operation.INTAKE);
            rows.add(new double[] { clients, api.rate(Operation.INTAKE), jdbc.rate(Operation.JDBC_INTAKE), s.percentileMs(0.99),
                    api.count(Outcome.UNAVAILABLE) + api.count(Outcome.SERVER_ERROR) });
        }
        PhaseStats reads = phase("audited reads", settings.readClients(), settings.seconds(), READS_ONLY, null);
        report.phase(reads);

        report.line("").line("targets:");
        double[] top = rows.get(rows.size() - 1);
        double[] four = rows.stream().filter(r -> r[0] == 4).findFirst().orElse(null);
        report.line("  intakes at %d clients: %.0f/s, JDBC baseline %.0f/s, ratio %.2f — target ≥ 1,000/s or ≥ 0.7 × baseline: %s",
                (int) top[0], top[1], top[2], top[1] / top[2], top[1] >= 1000 || top[1] >= 0.7 * top[2] ? "met" : "MISSED");
        if (four != null) {
            report.line("  throughput at %d clients (%.0f/s) not below that at 4 (%.0f/s): %s", (int) top[0], top[1], four[1],
                    top[1] >= four[1] ? "met" : "MISSED");
        }
        for (double[] r : rows) {
            report.line("  %2d clients: intakes %.0f/s, JDBC %.0f/s (ratio %.2f), p99 %.1f ms (target ≤ 100: %s), 5xx %d (target 0: %s)",
                    (int) r[0], r[1], r[2], r[1] / r[2], r[3], r[3] <= 100 ? "met" : "MISSED", (long) r[4], r[4] == 0 ? "met" : "MISSED");
        }
        report.line("  audited case reads at %d clients: %.0f/s, p99 %.1f ms — target ≥ 2,000/s: %s", reads.clients,
                reads.rate(Operation.READ), reads.op(Operation.READ).percentileMs(0.99), reads.rate(Operation.READ) >= 2000 ? "met" : "MISSED");
        report.line("  %s", baseline.describe());
        for (PhaseStats p : phases) {
            if (p.count(Outcome.SERVER_ERROR) > 0) {
                report.fail(p.count(Outcome.SERVER_ERROR) + " answers 5xx other than 503 in phase '" + p.name + "' (" + p.clients + " clients)");
            }
        }
        unexpectedAnswers();
    }

    private void unexpectedAnswers() {
        List<String> answers = work.unexpectedAnswers();
        if (!answers.isEmpty()) {
            report.line("").line("answers other than 2xx, by phase, request, status and problem code:");
            answers.forEach(report::line);
        }
    }

    // ---- phases -----------------------------------------------------------------------------------------------

    private PhaseStats phase(String name, int clients, int seconds, Map<Operation, Integer> mix, FaultScript faults) throws Exception {
        work.mix(mix);
        PhaseStats stats = new PhaseStats(name, clients);
        stats.runFor(seconds);
        sampler.start(Database.SCHEMA);
        cpu.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < clients; u++) {
                VirtualUser user = users.get(u);
                running.add(pool.submit(() -> user.run(stats)));
            }
            if (faults != null) {
                faults.inject(stats);
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        stats.finish();
        stats.cpuNote = cpu.stop(stats.seconds(), stats.successes());
        stats.databaseNote = sampler.stop(stats.seconds());
        phases.add(stats);
        System.out.printf(Locale.ROOT, "[load] %s, %d clients, %.1f s: %s%n", name, clients, stats.seconds(), summary(stats));
        return stats;
    }

    private static String summary(PhaseStats p) {
        StringBuilder sb = new StringBuilder();
        for (Operation op : Operation.values()) {
            if (p.has(op)) {
                sb.append(String.format(Locale.ROOT, "%s %.0f/s p99 %.0f ms; ", op.label, p.rate(op), p.op(op).percentileMs(0.99)));
            }
        }
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.OK && p.count(o) > 0) {
                sb.append(o.label).append(' ').append(p.count(o)).append("; ");
            }
        }
        return sb.toString();
    }

    @FunctionalInterface
    interface FaultScript {
        void inject(PhaseStats phase) throws Exception;
    }

    // ---- after the load ---------------------------------------------------------------------------------------

    private void reconcile() throws Exception {
        for (AppInstance i : instances) {
            if (!i.ready()) {
                i.awaitReady(Duration.ofMinutes(2));
            }
        }
        long t = System.nanoTime();
        String caughtUp = Sequencer.awaitCaughtUp(auditor, db, Duration.ofMinutes(5));
        report.line("").line("after the load: %s (%.1f s)", caughtUp, (System.nanoTime() - t) / 1e9);
        report.line("statistics aggregates %s: %s", settings.aggregates() ? "on" : "off", projections());
        ledger.write(settings.workDir().resolve("ledger-" + ledger.runId() + ".csv"));
        report.line("ledger of every write attempt: %s", settings.workDir().resolve("ledger-" + ledger.runId() + ".csv"));
        t = System.nanoTime();
        List<Reconciliation.Check> checks = new Reconciliation(ledger, db, auditor, work.organs).run();
        report.line("reconciliation (%.1f s):", (System.nanoTime() - t) / 1e9);
        for (Reconciliation.Check c : checks) {
            report.line(c.line());
            if (!c.passed() && !c.name().startsWith("  ")) {
                report.fail(c.name() + ": " + c.detail());
            }
        }
    }

    private String version() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(settings.projectDir().toFile()).start();
            String head;
            try (InputStream in = p.getInputStream()) {
                head = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            Process d = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").directory(settings.projectDir().toFile()).start();
            String dirty;
            try (InputStream in = d.getInputStream()) {
                dirty = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return head + (dirty.isEmpty() ? "" : " (with uncommitted changes)");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
