package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.fuyi.organ.Organ;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.support.Api;

/**
 * The reconsideration figures read from the aggregates (through REST) equal the row-level figures (the reference,
 * {@link StatisticsService#referenceReport}) for periods cut across months and years, scopes with and without
 * subordinates, while the writer is behind (held, or waiting for an import) and after it caught up; a replay changes nothing; a reconciliation names
 * a corrupted bucket with its cases and a rebuild repairs it.
 *
 * <pre>
 * case  organ   received    accepted    concluded             notes
 * P1    city    2023-11-20  2023-11-22  2024-02-10 REVOKE      carried over into 2024
 * P2    city    2024-01-15  2024-01-17  -                     pending
 * P3    city    2024-03-31  2024-04-02  2024-04-20 UPHOLD      heard
 * P4    city    2024-06-14  2024-06-17  2025-01-08 ALTER       concluded the next year, followed by a lawsuit
 * P5    city    2024-09-02  not accepted 2024-09-04
 * P6    county  2024-03-03  2024-03-05  2024-03-29 CONFIRM_ILLEGAL
 * P7    county  2024-12-30  under review (its received date and respondent corrected later)
 * P8    county  2024-11-28  correction notice 2024-11-29 (moved to the city, its notice to 2025, in SQL, and back)
 * </pre>
 */
@QuarkusTest
class StatisticsAggregatesTest {

    static long city;
    static long county;
    static long market;
    static long land;
    static long police;
    static CaseWalk p6;
    static CaseWalk p7;
    static CaseWalk p8;
    static CaseWalk p3;

    @Inject
    StatisticsService statistics;
    @Inject
    DataSource dataSource;
    @Inject
    cn.fuyi.common.BulkWrites bulkWrites;

    /** Scopes and periods whose reading cuts months, quarters and years every way. */
    static final List<String[]> PERIODS = List.of(new String[] { "2024-01-01", "2024-12-31" }, new String[] { "2024-03-15", "2025-01-10" },
            new String[] { "2023-01-01", "2025-12-31" }, new String[] { "2024-04-01", "2024-06-30" }, new String[] { "2024-04-02", "2024-04-20" },
            new String[] { "2023-12-01", "2024-03-31" });

    @BeforeEach
    void fixture() {
        if (city != 0) {
            return;
        }
        city = createOrgan("汇总测试市人民政府", "汇测复〔{year}〕{seq}号", null);
        county = createOrgan("汇总测试县人民政府", "汇县复〔{year}〕{seq}号", city);
        market = createRespondent(city, "汇总测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        land = createRespondent(city, "汇总测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
        police = createRespondent(county, "汇总测试县公安局", "GOVERNMENT_DEPARTMENT");
        String penalty = "ADMINISTRATIVE_PENALTY";
        CaseWalk.receive(city, market, "2023-11-20", penalty, "MARKET_REGULATION").accept("2023-11-22").conclude("2024-02-10", "REVOKE");
        CaseWalk.receive(city, land, "2024-01-15", penalty, "NATURAL_RESOURCES").accept("2024-01-17");
        p3 = CaseWalk.receive(city, market, "2024-03-31", penalty, "MARKET_REGULATION").accept("2024-04-02")
                .hearing("2024-04-02", "2024-04-08", "2024-04-15").conclude("2024-04-20", "UPHOLD");
        CaseWalk p4 = CaseWalk.receive(city, land, "2024-06-14", penalty, "NATURAL_RESOURCES").accept("2024-06-17").conclude("2025-01-08", "ALTER");
        // a lawsuit follows P4 (复议后起诉): a lawsuit's feed entry changes a reconsideration figure
        cn.fuyi.support.LawsuitWalk.register(city, "汇总测试市人民法院", "(2025)汇行初" + (System.nanoTime() % 100_000) + "号", "FIRST", null,
                "2025-02-10", "PUBLIC_LAWYER", List.of(cn.fuyi.support.Api.obj("respondentId", land)), "reconsiderationCaseId", p4.id);
        CaseWalk.receive(city, market, "2024-09-02", "COMPLAINT_HANDLING", "MARKET_REGULATION").notAccept("2024-09-04");
        p6 = CaseWalk.receive(county, police, "2024-03-03", penalty, "PUBLIC_SECURITY").accept("2024-03-05").conclude("2024-03-29", "CONFIRM_ILLEGAL");
        p7 = CaseWalk.receive(county, police, "2024-12-30", penalty, "PUBLIC_SECURITY");
        long transport = createRespondent(county, "汇总测试县交通运输局", "GOVERNMENT_DEPARTMENT");
        p8 = CaseWalk.receive(county, transport, "2024-11-28", penalty, "TRANSPORT");
        p8.step("request-correction", "date", "2024-11-29", "items", "请补充处罚决定书");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static JsonPath aggregates(int waitSeconds) {
        return given().queryParam("waitSeconds", waitSeconds).get("/api/v1/statistics/reconsideration/aggregates").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void awaitIntegrated() {
        assertTrue(aggregates(30).getBoolean("caughtUp"), "the writer integrates the feed");
    }

    /** Every figure of the report through REST (the aggregates) against the row-level reference, for each scope and period. */
    private void assertEqualsRows(String when) {
        for (String[] p : PERIODS) {
            assertSame(when, city, true, p[0], p[1]);
            assertSame(when, city, false, p[0], p[1]);
            assertSame(when, county, false, p[0], p[1]);
        }
    }

    private void assertSame(String when, long organ, boolean subordinates, String from, String to) {
        String what = when + ": organ " + organ + (subordinates ? " and below" : "") + ", " + from + " to " + to;
        JsonPath api = given().queryParam("organId", organ).queryParam("includeSubordinates", subordinates).queryParam("from", from)
                .queryParam("to", to).queryParam("compare", "previous").get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .extract().jsonPath();
        ReportView rows = QuarkusTransaction.requiringNew().call(() -> statistics.referenceReport(
                Scope.of(Organ.findById(organ), subordinates), Period.range(LocalDate.parse(from), LocalDate.parse(to)), Variants.defaults(),
                true, Locale.ROOT));
        assertEquals(rows.counts(), longs(api.getMap("counts")), what);
        assertEquals(rows.comparison().counts(), longs(api.getMap("comparison.counts")), what + " (the year before)");
        rows.decisionsByType().forEach(d -> assertEquals(d.count(),
                api.getLong("decisionsByType.find { it.decisionType == '" + d.decisionType() + "' }.count"), what + ": " + d.decisionType()));
        rows.respondentsByKind().forEach(k -> assertEquals(k.respondents(),
                api.getLong("respondentsByKind.find { it.kind == '" + k.kind() + "' }.respondents"), what + ": " + k.kind()));
        assertEquals(rows.warnings().size(), api.getList("warnings").size(), what + ": warnings");
    }

    private static Map<String, Long> longs(Map<String, Object> m) {
        Map<String, Long> r = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> r.put(k, ((Number) v).longValue()));
        return r;
    }

    /** Corrects P7's received date and respondent (allowed while its first acceptance review is open). */
    private static void correctP7(String received, long respondent) {
        Map<String, Object> body = Api.application(county, respondent, received, "actDate", "2024-12-01", "actKnownDate", "2024-12-01",
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "PUBLIC_SECURITY");
        json().header("If-Match", Api.etag(p7.id)).body(body).put("/api/v1/reconsiderations/" + p7.id).then().statusCode(200);
    }

    private static long measure(Connection c, long organ, String grain, String bucket, String flow, String measure) throws Exception {
        try (PreparedStatement st = c.prepareStatement("SELECT n FROM statistics_rec_bucket WHERE organ_id = ? AND grain = ? AND bucket = ?"
                + " AND flow = ? AND measure = ?")) {
            st.setLong(1, organ);
            st.setString(2, grain);
            st.setObject(3, LocalDate.parse(bucket));
            st.setString(4, flow);
            st.setString(5, measure);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The events of a kind kept for a case: organ and month of each (statistics_rec_event). */
    private static List<String> events(Connection c, long caseId, String kind) throws Exception {
        List<String> list = new java.util.ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT organ_id, month, n FROM statistics_rec_event WHERE case_id = ? AND kind = ?"
                + " ORDER BY month")) {
            st.setLong(1, caseId);
            st.setString(2, kind);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getLong(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getLong(3));
                }
            }
        }
        return list;
    }

    private static long update(Connection c, String sql) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            return st.executeUpdate();
        }
    }

    // ---- tests ---------------------------------------------------------------------------------------------------

    @Test
    void theAggregatesGiveTheRowLevelFiguresAndFollowACorrectionAcrossMonths() throws Exception {
        awaitIntegrated();
        assertEqualsRows("integrated");
        assertEquals(1, given().queryParam("organId", city).queryParam("year", 2025).get("/api/v1/statistics/reconsideration").then()
                .statusCode(200).extract().jsonPath().getLong("counts.followedByLawsuit"), "the lawsuit following P4 is counted");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, measure(c, county, "M", "2024-12-01", "RECEIVED", "received"), "P7 counted in December");
            assertEquals(1, measure(c, county, "M", "2024-12-01", "RECEIVED", "r:" + police), "P7 counted for its respondent");
        }
        // the correction moves P7 into the next year and to another respondent: read at once, then integrated
        long other = createRespondent(county, "汇总测试县市场监督管理局", "GOVERNMENT_DEPARTMENT");
        correctP7("2025-01-02", other);
        assertEqualsRows("corrected, maybe not integrated");
        awaitIntegrated();
        assertEqualsRows("corrected and integrated");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, measure(c, county, "M", "2024-12-01", "RECEIVED", "received"), "P7 left December");
            assertEquals(1, measure(c, county, "M", "2025-01-01", "RECEIVED", "received"), "P7 moved to January");
            assertEquals(1, measure(c, county, "Y", "2025-01-01", "RECEIVED", "r:" + other), "the year follows its months");
            assertEquals(1, measure(c, county, "Y", "2024-01-01", "RECEIVED", "r:" + police), "one police case left in 2024 (P6)");
        }
        correctP7("2024-12-30", police);
        awaitIntegrated();
        assertEqualsRows("corrected back");
    }

    @Test
    void aCaseMovedToAnotherOrganBehindTheApisBackIsFollowed() throws Exception {
        awaitIntegrated();
        try (Connection c = dataSource.getConnection()) {
            // a repair in SQL publishes no feed entry: reports see it at once, the writer at its next sweep
            assertEquals(1, update(c, "UPDATE reconsideration_case SET organ_id = " + city + ", case_seq = case_seq + 100000 WHERE id = " + p6.id));
            assertEqualsRows("moved in SQL");
            createRespondent(city, "汇总测试市司法局" + System.nanoTime() % 10_000, "GOVERNMENT_DEPARTMENT");
            awaitIntegrated();
            assertEquals(0, measure(c, county, "M", "2024-03-01", "CONCLUDED", "concluded"), "P6 left the county");
            assertEquals(1, measure(c, city, "M", "2024-03-01", "CONCLUDED", "concluded"), "P6 counted in the city");
            assertEquals(1, update(c, "UPDATE reconsideration_case SET organ_id = " + county + ", case_seq = case_seq - 100000 WHERE id = " + p6.id));
            createRespondent(city, "汇总测试市司法局" + System.nanoTime() % 10_000, "GOVERNMENT_DEPARTMENT");
            awaitIntegrated();
            assertEquals(1, measure(c, county, "M", "2024-03-01", "CONCLUDED", "concluded"), "P6 back in the county");
            assertEqualsRows("moved back");
        }
    }

    @Test
    void readsAreExactWhileTheWriterIsHeldBehind() throws Exception {
        awaitIntegrated();
        // the writer locks the projection's row first: holding that lock holds it back, while reports read on
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (PreparedStatement st = hold.prepareStatement("SELECT last_seq FROM statistics_projection WHERE name = 'RECONSIDERATION' FOR UPDATE");
                    ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
            }
            CaseWalk late = CaseWalk.receive(city, market, "2024-05-31", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2024-06-03");
            late.conclude("2024-12-31", "REVOKE");
            correctP7("2025-01-02", police);
            Api.awaitSequenced();
            JsonPath status = aggregates(0);
            assertTrue(status.getLong("lastSeq") < status.getLong("feedSeq"), "the writer is behind the feed");
            assertFalse(status.getBoolean("caughtUp"));
            assertEqualsRows("writer held behind");
            hold.rollback();
        }
        awaitIntegrated();
        assertEqualsRows("writer caught up");
        correctP7("2024-12-30", police);
        awaitIntegrated();
    }

    @Test
    void theWriterWaitsWhileAnImportRunsAndReadsStayExact() throws Exception {
        awaitIntegrated();
        bulkWrites.begin();
        try {
            // a case written while an import runs on this instance: sequenced, but left to be integrated afterwards
            CaseWalk during = CaseWalk.receive(city, market, "2024-07-01", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2024-07-03");
            during.conclude("2024-08-30", "REVOKE");
            Api.awaitSequenced();
            JsonPath status = aggregates(0);
            assertTrue(status.getLong("lastSeq") < status.getLong("feedSeq"), "the writer waits for the import");
            assertFalse(status.getBoolean("caughtUp"));
            assertEqualsRows("writer waiting for an import");
        } finally {
            bulkWrites.end();
        }
        awaitIntegrated();
        assertEqualsRows("integrated after the import");
    }

    @Test
    void replayingTheFeedFromTheStartChangesNothing() throws Exception {
        awaitIntegrated();
        Map<String, Object> before = given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("from", "2023-01-01")
                .queryParam("to", "2025-12-31").get("/api/v1/statistics/reconsideration").then().statusCode(200).extract().jsonPath()
                .getMap("counts");
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String m : List.of("received", "accepted", "concluded", "heard", "d:REVOKE", "am:2023-11")) {
                stored.put(m, measure(c, city, "Y", "2024-01-01", m.equals("received") ? "RECEIVED" : m.equals("accepted") || m.equals("heard")
                        ? "ACCEPTED" : "CONCLUDED", m));
            }
            assertEquals(1, update(c, "UPDATE statistics_projection SET last_seq = 0 WHERE name = 'RECONSIDERATION'"));
        }
        awaitIntegrated();
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, Long> e : stored.entrySet()) {
                assertEquals(e.getValue(), measure(c, city, "Y", "2024-01-01", e.getKey().equals("received") ? "RECEIVED" : e.getKey()
                        .equals("accepted") || e.getKey().equals("heard") ? "ACCEPTED" : "CONCLUDED", e.getKey()), e.getKey() + " after the replay");
            }
        }
        assertEquals(before, given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("from", "2023-01-01")
                .queryParam("to", "2025-12-31").get("/api/v1/statistics/reconsideration").then().statusCode(200).extract().jsonPath()
                .getMap("counts"));
        JsonPath r = cn.fuyi.support.StatisticsJobs.reconcile(json(), "/api/v1/statistics/reconsideration/reconciliations");
        assertEquals(0, r.getInt("differenceCount"), "nothing counted twice: " + r.getList("differences"));
    }

    @Test
    void aReconciliationNamesACorruptedBucketAndARebuildRepairsIt() throws Exception {
        awaitIntegrated();
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, update(c, "UPDATE statistics_rec_bucket SET n = n + 5 WHERE organ_id = " + county
                    + " AND grain = 'M' AND bucket = DATE '2024-03-01' AND flow = 'CONCLUDED' AND measure = 'concluded'"));
        }
        JsonPath job = cn.fuyi.support.StatisticsJobs.run(json(), "/api/v1/statistics/reconsideration/reconciliations");
        assertEquals("RECONSIDERATION_RECONCILIATION", job.getString("kind"));
        String location = job.getString("resultLocation");
        assertTrue(location.endsWith("/api/v1/statistics/reconsideration/reconciliations/" + job.getLong("resultId")), location);
        JsonPath r = given().get(location).then().statusCode(200).extract().jsonPath();
        assertEquals(job.getLong("resultId"), r.getLong("id"));
        assertEquals(r.getInt("differenceCount"), job.getInt("result.differenceCount"));
        assertFalse(r.getBoolean("consistent"));
        String month = "differences.find { it.organId == " + county + " && it.grain == 'M' && it.bucket == '2024-03' && it.measure == 'concluded' }";
        assertEquals(6, r.getLong(month + ".stored"));
        assertEquals(1, r.getLong(month + ".counted"));
        assertEquals(List.of(p6.id), r.getList(month + ".caseIds", Long.class), "the case behind the bucket (P6) is named");
        String year = "differences.find { it.organId == " + county + " && it.grain == 'Y' && it.bucket == '2024' && it.measure == 'concluded' }";
        assertEquals(1, r.getLong(year + ".stored"));
        assertEquals(6, r.getLong(year + ".counted"), "the year no longer equals the sum of its months");
        assertTrue(given().get("/api/v1/statistics/reconsideration/reconciliations").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class).contains(r.getLong("id")));

        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("stat.only", "统计员", java.util.Set.of("statistician"),
                List.of(), "ALL", null))).post("/api/v1/statistics/reconsideration/aggregates/rebuild").then().statusCode(403);
        JsonPath rebuilt = cn.fuyi.support.StatisticsJobs.run(json(), "/api/v1/statistics/reconsideration/aggregates/rebuild");
        assertTrue(rebuilt.getBoolean("result.built"), rebuilt.prettify());
        JsonPath again = cn.fuyi.support.StatisticsJobs.reconcile(json(), "/api/v1/statistics/reconsideration/reconciliations");
        assertEquals(0, again.getInt("differenceCount"), "rebuilt: " + again.getList("differences"));
        assertEqualsRows("rebuilt");
        given().get("/api/v1/statistics/reconsideration/reconciliations/999999999").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("STATISTICS_RECONCILIATION_NOT_FOUND"));
    }
    @Test
    void eventsAndOnePerCaseSetsFollowACaseMovedBetweenOrgansAndYears() throws Exception {
        awaitIntegrated();
        assertEqualsRows("events integrated");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(List.of(county + " 2024-11-01 1"), events(c, p8.id, "CORRECTIONS"), "P8's notice kept in November, in the county");
            assertEquals(List.of(city + " 2024-04-01 1"), events(c, p3.id, "HEARINGS_HELD"), "P3's hearing kept in April, in the city");
            assertEquals(1, given().queryParam("organId", county).queryParam("year", 2024).get("/api/v1/statistics/reconsideration").then()
                    .statusCode(200).extract().jsonPath().getLong("counts.correctionRequested"));
            // a repair in SQL moves P8 to the city and its notice into the next year; the case row's stamp says so
            // (the notice first: a change to another table is seen through the case row's stamp, so the case row is
            // changed last, or the writer could integrate the case between the two statements and never look again)
            assertEquals(1, update(c, "UPDATE correction_request SET requested_date = DATE '2025-01-03' WHERE case_id = " + p8.id));
            assertEquals(1, update(c, "UPDATE reconsideration_case SET organ_id = " + city + ", case_seq = case_seq + 100000 WHERE id = " + p8.id));
            assertEqualsRows("P8 moved in SQL, not integrated");
            createRespondent(city, "汇总测试市司法局" + System.nanoTime() % 10_000, "GOVERNMENT_DEPARTMENT");
            awaitIntegrated();
            assertEquals(List.of(city + " 2025-01-01 1"), events(c, p8.id, "CORRECTIONS"), "P8's notice followed it to the city and 2025");
            assertEqualsRows("P8 moved and integrated");
            assertEquals(1, given().queryParam("organId", city).queryParam("year", 2025).get("/api/v1/statistics/reconsideration").then()
                    .statusCode(200).extract().jsonPath().getLong("counts.correctionRequested"));
            assertEquals(1, update(c, "UPDATE correction_request SET requested_date = DATE '2024-11-29' WHERE case_id = " + p8.id));
            assertEquals(1, update(c, "UPDATE reconsideration_case SET organ_id = " + county + ", case_seq = case_seq - 100000 WHERE id = " + p8.id));
            createRespondent(city, "汇总测试市司法局" + System.nanoTime() % 10_000, "GOVERNMENT_DEPARTMENT");
            awaitIntegrated();
            assertEquals(List.of(county + " 2024-11-01 1"), events(c, p8.id, "CORRECTIONS"), "P8 back");
            assertEqualsRows("P8 moved back");

            // a corrupted case-month is named by the reconciliation with its case, and a rebuild repairs it
            assertEquals(1, update(c, "UPDATE statistics_rec_event SET n = 4 WHERE case_id = " + p3.id + " AND kind = 'HEARINGS_HELD'"));
        }
        JsonPath r = cn.fuyi.support.StatisticsJobs.reconcile(json(), "/api/v1/statistics/reconsideration/reconciliations");
        String held = "differences.find { it.organId == " + city + " && it.flow == 'EVENTS' && it.bucket == '2024-04' && it.measure == 'hearingsHeld' }";
        assertEquals(4, r.getLong(held + ".stored"), r.getList("differences").toString());
        assertEquals(1, r.getLong(held + ".counted"));
        assertEquals(List.of(p3.id), r.getList(held + ".caseIds", Long.class), "the case behind the difference");
        cn.fuyi.support.StatisticsJobs.run(json(), "/api/v1/statistics/reconsideration/aggregates/rebuild");
        JsonPath again = cn.fuyi.support.StatisticsJobs.reconcile(json(), "/api/v1/statistics/reconsideration/reconciliations");
        assertEquals(0, again.getInt("differenceCount"), "rebuilt: " + again.getList("differences"));
        assertEqualsRows("events rebuilt");
    }
}
