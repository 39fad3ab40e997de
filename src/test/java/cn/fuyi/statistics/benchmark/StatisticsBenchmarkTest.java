package cn.fuyi.statistics.benchmark;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.fuyi.organ.Organ;
import cn.fuyi.statistics.LitigationQueries;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.StatisticsService;
import cn.fuyi.statistics.Variants;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Loads 1 M generated reconsideration cases and 200 k lawsuits and times the reports against hand-written SQL for the
 * same figures. Not a test of correctness alone and not part of the default run: {@code ./mvnw -B test -Pbenchmark}
 * (see README, Benchmark). Sizes: {@code -Dfuyi.benchmark.cases=…}, {@code -Dfuyi.benchmark.lawsuits=…} (default a
 * fifth of the cases), {@code -Dfuyi.benchmark.runs=…}. The results are logged and written to
 * {@code target/benchmark-results.txt}.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(StatisticsBenchmarkTest.Quiet.class)
class StatisticsBenchmarkTest {

    /**
     * The aggregates' writer switched off: the cases are loaded behind the API's back, so the benchmark rebuilds the
     * aggregates itself (and times it) instead of racing the writer's sweep; with no other writer, the margin for
     * transactions in flight can be a second. At millions of cases a rebuild or a reconciliation runs for minutes, longer
     * than the test client's usual 30 s read timeout.
     */
    public static class Quiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fuyi.statistics.aggregates.projector.enabled", "false", "fuyi.statistics.aggregates.sweep-margin", "1s",
                    "quarkus.http.test-timeout", "2h");
        }
    }

    private static final Logger LOG = Logger.getLogger(StatisticsBenchmarkTest.class);
    /** A rebuild or reconciliation job at national scale takes minutes; the benchmark polls it this long at most. */
    static final java.time.Duration JOB_TIMEOUT = java.time.Duration.ofHours(2);

    @Inject
    StatisticsService statistics;
    @Inject
    DataSource dataSource;

    record Timing(String what, double apiMs, double serviceMs, double handMs) {
        String line() {
            return String.format(Locale.ROOT, "%-52s API %8.1f ms   rows %8.1f ms   hand-written SQL %8.1f ms   API/SQL %.2f   rows/SQL %.2f",
                    what, apiMs, serviceMs, handMs, apiMs / handMs, serviceMs / handMs);
        }
    }

    record LitigationTiming(String what, double apiMs, double handMs) {
        String line() {
            return String.format(Locale.ROOT, "%-52s API %8.1f ms   hand-written SQL %8.1f ms   API/SQL %.2f", what, apiMs, handMs,
                    apiMs / handMs);
        }
    }

    /** The counts of GET /api/v1/statistics/litigation (notes: litigation statistics contract). */
    static final List<String> LITIGATION_COUNTS = List.of("suits", "suitsFirstInstance", "suitsAppeal", "suitsRetrial",
            "suitsCarriedOverIn", "suitsConcluded", "firstInstanceConcluded", "suitsLost", "meritsJudgments", "withdrawnAfterActChanged",
            "suitsPending", "sessions", "sessionsHeadAppeared", "suitsWithSession", "suitsHeadAppeared", "suitsPrincipalAppeared",
            "suitsHeadSpoke", "suitsHeadAbsentWhenNotifiedAgain", "headNotices", "headNoticesHonoured", "suitsWithCounsel",
            "judicialRecommendations", "procuratorialRecommendations", "recommendationsAnswered");

    @Test
    void reportsOverAMillionCases() throws Exception {
        int runs = Integer.getInteger("fuyi.benchmark.runs", 7);
        Loaded loaded = load();
        int cases = loaded.cases();
        int lawsuits = loaded.lawsuits();
        long loadMs = loaded.loadMs();
        long lawsuitsMs = loaded.lawsuitsMs();
        BenchmarkData.Organs organs = loaded.organs();

        // the cases were loaded behind the API's back: the aggregates are rebuilt from the rows, then reconciled
        long started = System.nanoTime();
        assertTrue(cn.fuyi.support.StatisticsJobs.run(given(), "/api/v1/statistics/reconsideration/aggregates/rebuild", JOB_TIMEOUT).getBoolean("result.built"));
        double rebuildMs = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        JsonPath reconciliation = cn.fuyi.support.StatisticsJobs.reconcile(given(), "/api/v1/statistics/reconsideration/reconciliations", JOB_TIMEOUT);
        double reconcileMs = (System.nanoTime() - started) / 1e6;
        assertEquals(0, reconciliation.getInt("differenceCount"), "the aggregates equal the rows bucket by bucket: "
                + reconciliation.getList("differences"));
        LOG.infof("aggregates rebuilt in %,.0f ms, reconciled (%,d buckets, no difference) in %,.0f ms", rebuildMs,
                reconciliation.getLong("bucketsCompared"), reconcileMs);
        String litigationAggregates = LitigationAggregateBenchmark.rebuildAndReconcile();

        // one pass over everything first: after a bulk load the server is still merging and purging, and the first
        // scenario timed would pay for it
        measure("warm-up: every organ, 2019-2024", null, false, BenchmarkData.FIRST, BenchmarkData.LAST, 1);
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        long county = organs.counties().get(0);
        long city = organs.cities().get(0);
        List<Timing> timings = new ArrayList<>();
        timings.add(measure("county, own cases, year 2024", county, false, y2024, end2024, runs));
        timings.add(measure("province organ, own cases, year 2024", organs.province(), false, y2024, end2024, runs));
        timings.add(measure("city with its counties, year 2024", city, true, y2024, end2024, runs));
        timings.add(measure("every organ, 5 years 2020-2024", null, false, LocalDate.of(2020, 1, 1), end2024, runs));

        measureLitigation("warm-up: lawsuits, every organ, 2019-2024", null, false, BenchmarkData.FIRST, BenchmarkData.LAST, 1);
        List<LitigationTiming> litigation = new ArrayList<>();
        litigation.add(measureLitigation("lawsuits: county, year 2024", county, false, y2024, end2024, runs));
        litigation.add(measureLitigation("lawsuits: province organ, year 2024", organs.province(), false, y2024, end2024, runs));
        litigation.add(measureLitigation("lawsuits: city with its counties, year 2024", city, true, y2024, end2024, runs));
        litigation.add(measureLitigation("lawsuits: every organ, 5 years 2020-2024", null, false, LocalDate.of(2020, 1, 1), end2024, runs));
        double agencies = measureAgencies(county, y2024, end2024, runs);
        List<String> drillDowns = new ArrayList<>();
        drillDowns.add(measureDrillDown("cases behind: county, year 2024, concluded", county, false, y2024, end2024,
                "count=concluded", runs));
        drillDowns.add(measureDrillDown("cases behind: city with counties, 2024, direct corr.", city, true, y2024, end2024,
                "rate=correction.direct&part=numerator", runs));
        drillDowns.add(measureDrillDown("cases behind: every organ, 5 years, heard", null, false, LocalDate.of(2020, 1, 1), end2024,
                "count=heard", runs));

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d cases loaded in %,d s, %,d lawsuits in %,d s; median of %d rounds after 2 warm-up"
                + " rounds (API, service and SQL timed in turn in each round)%n", cases, loadMs / 1000, lawsuits, lawsuitsMs / 1000, runs));
        out.append(String.format(Locale.ROOT, "reconsideration aggregates: rebuilt from the rows in %,.0f ms; reconciled, %,d month buckets,"
                + " no difference, in %,.0f ms; API = aggregates, rows = the row-level reference (service)%n", rebuildMs,
                reconciliation.getLong("bucketsCompared"), reconcileMs));
        for (Timing t : timings) {
            out.append(t.line()).append('\n');
        }
        for (LitigationTiming t : litigation) {
            out.append(t.line()).append('\n');
        }
        // four double-width characters: four columns less of padding keep the column aligned
        out.append(String.format(Locale.ROOT, "%-48s API %8.1f ms%n", "两高一低 agencies: county, year 2024", agencies));
        drillDowns.forEach(line -> out.append(line).append('\n'));
        out.append(litigationAggregates);
        LOG.info("\n" + out);
        Files.writeString(Path.of("target", "benchmark-results.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    /** What {@link #load} found or loaded. */
    record Loaded(BenchmarkData.Organs organs, int cases, int lawsuits, long loadMs, long lawsuitsMs) {
    }

    /**
     * Loads the generated data, or takes the data already there: a server given by QUARKUS_DATASOURCE_JDBC_URL that
     * holds an earlier load is used as it is (a load from before the lawsuits existed gets them added).
     */
    private static Loaded load() throws SQLException {
        int cases = Integer.getInteger("fuyi.benchmark.cases", 1_000_000);
        int lawsuits = Integer.getInteger("fuyi.benchmark.lawsuits", cases / 5);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("root");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        BenchmarkData.Organs organs;
        long loadMs;
        long lawsuitsMs;
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", user, password)) {
            try (Statement st = c.createStatement()) {
                // a production server sizes its buffer pool to its data; the embedded one starts with 128 MB
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + (2L << 30));
            } catch (SQLException e) {
                LOG.warnf("could not enlarge the buffer pool: %s", e.getMessage());
            }
            c.setAutoCommit(false);
            organs = BenchmarkData.existing(c);
            if (organs == null) {
                organs = BenchmarkData.loadOrgans(c);
                loadMs = BenchmarkData.loadCases(c, organs, cases, 20191231L);
                LOG.infof("benchmark data: %,d cases loaded in %,d s", cases, loadMs / 1000);
                lawsuitsMs = BenchmarkData.loadLawsuits(c, organs, lawsuits, 20191231L);
            } else {
                // a server given by QUARKUS_DATASOURCE_JDBC_URL that holds an earlier load is used as it is; a load from
                // before the lawsuits existed gets them added
                loadMs = 0;
                LOG.info("benchmark data: using the cases already loaded");
                lawsuitsMs = BenchmarkData.hasLawsuits(c) ? 0 : BenchmarkData.loadLawsuits(c, organs, lawsuits, 20191231L);
            }
        }

        return new Loaded(organs, cases, lawsuits, loadMs, lawsuitsMs);
    }

    /**
     * The reconciliation target alone, on data already loaded and aggregated (a server kept between runs, see
     * {@link #load}): each reconciliation timed beside the row-level 5-year report over every organ it is held to, in
     * turn, {@code fuyi.benchmark.runs} rounds; the aggregates are rebuilt first when the data was loaded now, were never
     * built, or are named in {@code -Dfuyi.benchmark.rebuild=reconsideration,litigation}. Run with
     * {@code -Dtest=StatisticsBenchmarkTest#reconciliations}; results in {@code target/reconciliation-benchmark.txt}.
     */
    @Test
    void reconciliations() throws Exception {
        int runs = Integer.getInteger("fuyi.benchmark.runs", 3);
        Loaded loaded = load();
        // data loaded now bypassed the API: both rebuilt (the litigation writer built itself on the empty tables at
        // start); data found on the server is taken as aggregated unless never built, or named in fuyi.benchmark.rebuild
        // (reconsideration, litigation)
        String rebuild = System.getProperty("fuyi.benchmark.rebuild", "");
        boolean fresh = loaded.loadMs() > 0 || loaded.lawsuitsMs() > 0;
        if (fresh || rebuild.contains("reconsideration")
                || !given().get("/api/v1/statistics/reconsideration/aggregates").then().statusCode(200).extract().jsonPath().getBoolean("built")) {
            cn.fuyi.support.StatisticsJobs.run(given(), "/api/v1/statistics/reconsideration/aggregates/rebuild", JOB_TIMEOUT);
        }
        if (fresh || rebuild.contains("litigation")
                || !given().get("/api/v1/statistics/litigation/aggregates").then().statusCode(200).extract().jsonPath().getBoolean("built")) {
            cn.fuyi.support.StatisticsJobs.run(given(), "/api/v1/statistics/litigation/aggregates/rebuild", JOB_TIMEOUT);
        }
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        LitigationQueries litigationQueries = Arc.container().instance(LitigationQueries.class).get();
        double[][] ms = new double[4][runs];
        for (int round = 0; round < runs; round++) {
            long t = System.nanoTime();
            JsonPath r = cn.fuyi.support.StatisticsJobs.reconcile(given(), "/api/v1/statistics/reconsideration/reconciliations", JOB_TIMEOUT);
            ms[0][round] = (System.nanoTime() - t) / 1e6;
            assertEquals(0, r.getInt("differenceCount"), "reconsideration: " + r.getList("differences"));
            t = System.nanoTime();
            rows(null, false, from, to);
            ms[1][round] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            JsonPath l = cn.fuyi.support.StatisticsJobs.reconcile(given(), "/api/v1/statistics/litigation/reconciliations", JOB_TIMEOUT);
            ms[2][round] = (System.nanoTime() - t) / 1e6;
            assertEquals(0, l.getInt("differenceCount"), "litigation: " + l.getList("differences"));
            t = System.nanoTime();
            QuarkusTransaction.requiringNew().timeout(3600).call(() -> litigationQueries.totalsFromRows(Scope.all(), Period.range(from, to), null));
            ms[3][round] = (System.nanoTime() - t) / 1e6;
        }
        String out = String.format(Locale.ROOT, "%,d cases, %,d lawsuits; %d rounds, each in turn; median (all runs)%n"
                + "reconsideration reconciliation                  %8.1f s   %s%n"
                + "row-level reconsideration report, every organ, 5 years %8.1f s   %s%n"
                + "litigation reconciliation                       %8.1f s   %s%n"
                + "row-level litigation report, every organ, 5 years %8.1f s   %s%n",
                loaded.cases(), loaded.lawsuits(), runs, median(ms[0]) / 1000, seconds(ms[0]), median(ms[1]) / 1000, seconds(ms[1]),
                median(ms[2]) / 1000, seconds(ms[2]), median(ms[3]) / 1000, seconds(ms[3]));
        LOG.info("\n" + out);
        Files.writeString(Path.of("target", "reconciliation-benchmark.txt"), out, StandardCharsets.UTF_8);
    }

    private static String seconds(double[] ms) {
        StringBuilder b = new StringBuilder("(");
        for (double m : ms) {
            b.append(b.length() == 1 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", m / 1000));
        }
        return b.append(')').toString();
    }

    private Timing measure(String what, Long organId, boolean subordinates, LocalDate from, LocalDate to, int runs) throws Exception {
        List<Long> organIds = organIds(organId, subordinates);

        // the same figures both ways, or the timings compare nothing
        Map<String, Long> hand;
        try (Connection c = dataSource.getConnection()) {
            hand = HandWrittenStatistics.figures(c, organIds, organId == null, from, to);
        }
        ReportView report = service(organId, subordinates, from, to);
        ReportView rows = rows(organId, subordinates, from, to);
        assertEquals(rows.counts(), report.counts(), what + ": the aggregates give the row-level figures");
        assertEquals(rows.decisionsByType(), report.decisionsByType(), what);
        assertEquals(rows.respondentsByKind(), report.respondentsByKind(), what);
        for (String id : List.of("received", "accepted", "acceptedDeemed", "notAccepted", "correctionRequested", "abandoned",
                "carriedOverIn", "concluded", "concludedCarriedOver", "pending", "directCorrections", "indirectCorrections",
                "comprehensiveCorrections", "heard", "concludedHeard", "onTime", "mediated", "published", "publicationRequired",
                "publicationUnrecorded", "hearingsHeld", "opinionLettersIssued", "opinionLettersAnswered", "followedByLawsuit",
                "resolved")) {
            assertEquals(hand.get(id), report.counts().get(id), what + ": " + id);
        }
        report.decisionsByType().forEach(d -> assertEquals(hand.getOrDefault("decision." + d.decisionType(), 0L), d.count(), what + ": " + d.decisionType()));
        report.respondentsByKind().forEach(k -> assertEquals(hand.getOrDefault("respondents." + k.kind(), 0L), k.respondents(), what + ": " + k.kind()));
        assertEquals(0, report.warnings().size(), what + ": generated data is consistent");

        String query = query(organId, subordinates, from, to);
        JsonPath json = given().get("/api/v1/statistics/reconsideration?" + query).then().statusCode(200).extract().jsonPath();
        assertEquals(hand.get("received"), json.getLong("counts.received"));
        Run api = get("/api/v1/statistics/reconsideration?" + query);
        Run service = () -> rows(organId, subordinates, from, to);
        Run sql = () -> {
            try (Connection c = dataSource.getConnection()) {
                HandWrittenStatistics.figures(c, organIds, organId == null, from, to);
            }
        };
        double[] ms = medians(runs, api, service, sql);
        LOG.infof("%s: %,d received, %,d concluded", what, report.counts().get("received"), report.counts().get("concluded"));
        return new Timing(what, ms[0], ms[1], ms[2]);
    }

    /** The litigation report through HTTP against the hand-written SQL, after checking that every figure agrees. */
    private LitigationTiming measureLitigation(String what, Long organId, boolean subordinates, LocalDate from, LocalDate to, int runs)
            throws Exception {
        List<Long> organIds = organIds(organId, subordinates);
        Map<String, Long> hand;
        try (Connection c = dataSource.getConnection()) {
            hand = HandWrittenStatistics.litigation(c, organIds, organId == null, from, to);
        }
        String path = "/api/v1/statistics/litigation?" + query(organId, subordinates, from, to);
        JsonPath json = given().get(path).then().statusCode(200).extract().jsonPath();
        for (String id : LITIGATION_COUNTS) {
            assertEquals(hand.get(id), number(json.get("counts." + id)), what + ": " + id);
        }
        List<Map<String, Object>> outcomes = json.getList("outcomesByType");
        for (Map<String, Object> o : outcomes) {
            String outcome = (String) o.get("outcome");
            long first = hand.getOrDefault("outcome." + outcome + ".FIRST", 0L);
            long appeal = hand.getOrDefault("outcome." + outcome + ".APPEAL", 0L);
            long retrial = hand.getOrDefault("outcome." + outcome + ".RETRIAL", 0L);
            assertEquals(first, number(o.get("firstInstance")), what + ": " + outcome + " first instance");
            assertEquals(appeal, number(o.get("appeal")), what + ": " + outcome + " appeal");
            assertEquals(retrial, number(o.get("retrial")), what + ": " + outcome + " retrial");
            assertEquals(first + appeal + retrial, number(o.get("total")), what + ": " + outcome);
        }
        Run sql = () -> {
            try (Connection c = dataSource.getConnection()) {
                HandWrittenStatistics.litigation(c, organIds, organId == null, from, to);
            }
        };
        double[] ms = medians(runs, get(path), sql);
        LOG.infof("%s: %,d suits, %,d concluded, %,d with a session, %,d lost", what, hand.get("suits"), hand.get("suitsConcluded"),
                hand.get("suitsWithSession"), hand.get("suitsLost"));
        return new LitigationTiming(what, ms[0], ms[1]);
    }

    /** The 两高一低 table per defendant agency: its time alone, there being no hand-written counterpart. */
    private double measureAgencies(long organId, LocalDate from, LocalDate to, int runs) throws Exception {
        String path = "/api/v1/statistics/litigation/agencies?" + query(organId, false, from, to);
        given().get(path).then().statusCode(200);
        return medians(runs, get(path))[0];
    }

    /**
     * One page of the cases behind a figure (drill-down), after checking that its total is the report's figure: the
     * same count read by the list's own query.
     */
    private String measureDrillDown(String what, Long organId, boolean subordinates, LocalDate from, LocalDate to, String figure,
            int runs) throws Exception {
        String query = query(organId, subordinates, from, to);
        JsonPath report = given().get("/api/v1/statistics/reconsideration?" + query).then().statusCode(200).extract().jsonPath();
        String path = "/api/v1/statistics/reconsideration/cases?" + query + "&" + figure + "&size=20";
        JsonPath page = given().get(path).then().statusCode(200).extract().jsonPath();
        String count = page.getString("count");
        assertEquals(number(report.get("counts." + count)), page.getLong("figure"), what);
        assertEquals(Math.min(20L, page.getLong("figure")), page.getList("cases.items").size(), what);
        double ms = medians(runs, get(path))[0];
        return String.format(Locale.ROOT, "%-52s API %8.1f ms   (%,d cases, page of 20)", what, ms, page.getLong("figure"));
    }

    private static List<Long> organIds(Long organId, boolean subordinates) {
        return organId == null ? QuarkusTransaction.requiringNew().call(() -> Scope.all().organIds())
                : subordinates ? QuarkusTransaction.requiringNew().call(() -> Organ.subtreeIds(organId)) : List.of(organId);
    }

    private static String query(Long organId, boolean subordinates, LocalDate from, LocalDate to) {
        return "from=" + from + "&to=" + to + (organId == null ? "" : "&organId=" + organId + "&includeSubordinates=" + subordinates);
    }

    /** A GET timed with a plain HTTP client: the request, the server's work and the JSON on the wire, no parsing. */
    private static Run get(String path) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.bureauHead())).build();
        return () -> {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
        };
    }

    /**
     * The median time of each after two warm-up rounds; they are timed in turn within each round, so that they meet the
     * same state of the server.
     */
    private static double[] medians(int runs, Run... all) throws Exception {
        double[][] ms = new double[all.length][runs];
        for (int round = -2; round < runs; round++) {
            for (int k = 0; k < all.length; k++) {
                long t = System.nanoTime();
                all[k].run();
                if (round >= 0) {
                    ms[k][round] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        double[] medians = new double[all.length];
        for (int k = 0; k < all.length; k++) {
            medians[k] = median(ms[k]);
        }
        return medians;
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private ReportView service(Long organId, boolean subordinates, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Scope scope = organId == null ? Scope.all() : Scope.of(Organ.findById(organId), subordinates);
            return statistics.report(scope, Period.range(from, to), Variants.defaults(), false, Locale.SIMPLIFIED_CHINESE);
        });
    }

    /** The same report counted from the rows alone (the reference path). */
    private ReportView rows(Long organId, boolean subordinates, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Scope scope = organId == null ? Scope.all() : Scope.of(Organ.findById(organId), subordinates);
            return statistics.referenceReport(scope, Period.range(from, to), Variants.defaults(), false, Locale.SIMPLIFIED_CHINESE);
        });
    }

    interface Run {
        void run() throws Exception;
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
