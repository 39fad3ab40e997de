package cn.fuyi.statistics.aggregate.litigation;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.LawsuitWalk.head;
import static cn.fuyi.support.LawsuitWalk.noHead;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.organ.Organ;
import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.LitigationQueries;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import cn.fuyi.support.Api;
import cn.fuyi.support.LawsuitWalk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The litigation aggregates answer what the rows answer. One organ's lawsuits of 2020-2021 (agency A):
 * <pre>
 * L4  filed 2020-11-05 legal adviser                                                 2021-01-20 withdrawn, act changed
 * L1  filed 2021-01-12 external   2021-02-03 A principal spoke; 2021-04-06 no head,   2021-05-10 REVOKE (lost)
 *                                 not notified (the February appearance still counts, 法释〔2020〕3号 art. 7)
 * L2  filed 2021-02-20 public     2021-03-09 no head                                   2021-06-15 REJECT_CLAIMS
 * L3  filed 2021-03-03 adviser    2021-03-30 A deputy silent                           pending
 * R1  judicial recommendation received 2021-02-10, answered 2021-03-15
 * </pre>
 * Every report of whole months (month, quarter, year, ranges) is compared count by count and outcome by outcome with
 * the row-level passes ({@link LitigationQueries#totalsFromRows}), after the projector caught up and while it is held
 * back. The tests build on one another's writes, in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LitigationAggregatesTest {

    static long organ;
    static long agency;
    static LawsuitWalk l1;
    static LawsuitWalk l2;
    static LawsuitWalk l3;
    static String court;

    @Inject
    LitigationQueries queries;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        long o = createOrgan(Api.unique("汇总测试市人民政府"), "汇总复〔{year}〕{seq}号", null);
        agency = createRespondent(o, "汇总测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
        court = "汇总测试市人民法院" + System.nanoTime();
        LawsuitWalk l4 = register(o, "(2020)苏0585行初901号", "2020-11-05", "LEGAL_ADVISER");
        l4.outcome("2021-01-20", "WITHDRAWAL_APPROVED", "withdrawnAfterActChanged", true);
        l1 = register(o, "(2021)苏0585行初901号", "2021-01-12", "EXTERNAL_LAWYER");
        l1.session("2021-02-03", head(l1.defendant(0), "吴局长", "PRINCIPAL", true))
                .session("2021-04-06", noHead(l1.defendant(0), "courtNotifiedHead", false))
                .outcome("2021-05-10", "REVOKE");
        l2 = register(o, "(2021)苏0585行初902号", "2021-02-20", "PUBLIC_LAWYER");
        l2.session("2021-03-09", noHead(l2.defendant(0))).outcome("2021-06-15", "REJECT_CLAIMS");
        l3 = register(o, "(2021)苏0585行初903号", "2021-03-03", "LEGAL_ADVISER");
        l3.session("2021-03-30", head(l3.defendant(0), "钱副局长", "DEPUTY", false));
        var created = json().body(obj("kind", "JUDICIAL", "issuer", court, "lawsuitId", l1.id, "addressee", "汇总测试市人民政府",
                "subject", "负责人出庭应诉", "receivedDate", "2021-02-10", "answerDueDate", "2021-04-10"))
                .post("/api/v1/recommendations").then().statusCode(201).extract();
        json().header("If-Match", created.header("ETag")).body(obj("date", "2021-03-15", "summary", "已整改"))
                .post("/api/v1/recommendations/" + created.jsonPath().getLong("id") + "/answer").then().statusCode(200);
        organ = o;
    }

    @Test
    @Order(1)
    void aggregatesEqualTheRowsAfterWritesAndACorrectionThatMovesALawsuit() {
        awaitIntegrated();
        assertTrue(status().getBoolean("built"));
        assertEverywhereEqual();
        Map<String, Object> year = counts("2021-01-01", "2021-12-31");
        assertEquals(3, number(year, "suits"));
        assertEquals(1, number(year, "suitsCarriedOverIn"));
        assertEquals(3, number(year, "suitsConcluded"));
        assertEquals(1, number(year, "suitsLost"));
        assertEquals(1, number(year, "withdrawnAfterActChanged"));
        assertEquals(1, number(year, "suitsPending"));
        assertEquals(4, number(year, "sessions"));
        assertEquals(3, number(year, "suitsWithSession"));
        assertEquals(2, number(year, "suitsHeadAppeared"));
        assertEquals(2, number(year, "suitsWithCounsel"));
        assertEquals(1, number(year, "judicialRecommendations"));
        // the second quarter: L1's April session, its head's February appearance counting for the instance
        Map<String, Object> q2 = counts("2021-04-01", "2021-06-30");
        assertEquals(1, number(q2, "suitsWithSession"));
        assertEquals(1, number(q2, "suitsHeadAppeared"));
        assertEquals(2, number(q2, "suitsPending") + number(q2, "suitsConcluded") - 1);

        // corrections: L2 docketed in January after all, L1's February record says no head came
        correctFiled(l2, "2021-01-25");
        l1.correct("2021-02-03", noHead(l1.defendant(0)), "庭审笔录核对后更正");
        assertEverywhereEqual();
        awaitIntegrated();
        assertEverywhereEqual();
        assertEquals(2, number(counts("2021-01-01", "2021-01-31"), "suits"));
        assertEquals(0, number(counts("2021-02-01", "2021-02-28"), "suits"));
        assertEquals(0, number(counts("2021-04-01", "2021-06-30"), "suitsHeadAppeared"));
    }

    @Test
    @Order(2)
    void replayingTheFeedChangesNothing() throws SQLException {
        awaitIntegrated();
        Map<String, Long> before = buckets();
        assertTrue(before.size() > 10, "the fixture fills buckets");
        execute("UPDATE statistics_projection SET last_seq = 0 WHERE name = 'LITIGATION'");
        assertEverywhereEqual();
        awaitIntegrated();
        assertEquals(before, buckets());
        assertEverywhereEqual();
    }

    @Test
    @Order(3)
    void reconciliationNamesACorruptedBucketWithItsLawsuitsAndARebuildRepairsIt() throws SQLException {
        awaitIntegrated();
        long suits = number(counts("2021-03-01", "2021-03-31"), "suits");
        execute("UPDATE lit_agg_month SET n = n + 5 WHERE organ_id = " + organ + " AND month = '2021-03-01' AND measure = 'FILED:FIRST'");
        // the report reads the aggregates: the corruption shows
        assertEquals(suits + 5, number(counts("2021-03-01", "2021-03-31"), "suits"));

        JsonPath job = cn.fuyi.support.StatisticsJobs.run(json(), "/api/v1/statistics/litigation/reconciliations");
        long id = job.getLong("resultId");
        assertTrue(job.getString("resultLocation").endsWith("/api/v1/statistics/litigation/reconciliations/" + id), job.prettify());
        JsonPath run = given().get("/api/v1/statistics/litigation/reconciliations/" + id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ours = new ArrayList<>();
        for (Map<String, Object> d : run.<Map<String, Object>>getList("differences")) {
            if (((Number) d.get("organId")).longValue() == organ) {
                ours.add(d);
            }
        }
        assertEquals(1, ours.size(), "one bucket of the organ differs: " + ours);
        Map<String, Object> d = ours.get(0);
        assertEquals("2021-03", d.get("month"));
        assertEquals("FILED:FIRST", d.get("measure"));
        assertEquals(((Number) d.get("fromRows")).longValue() + 5, ((Number) d.get("aggregated")).longValue());
        assertEquals(List.of("lawsuit:" + l3.id), d.get("subjects"));
        assertEquals("API", run.getString("trigger"));
        assertTrue(given().get("/api/v1/statistics/litigation/reconciliations").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class).contains(id));
        given().get("/api/v1/statistics/litigation/reconciliations/999999999").then().statusCode(404)
                .contentType("application/problem+json");

        JsonPath rebuilt = cn.fuyi.support.StatisticsJobs.run(json(), "/api/v1/statistics/litigation/aggregates/rebuild");
        assertTrue(rebuilt.getLong("result.subjects") > 0, rebuilt.prettify());
        assertEquals(suits, number(counts("2021-03-01", "2021-03-31"), "suits"));
        JsonPath again = cn.fuyi.support.StatisticsJobs.reconcile(json(), "/api/v1/statistics/litigation/reconciliations");
        assertEquals(0, again.getInt("differenceCount"), "after the rebuild: " + again.getList("differences"));
        assertEverywhereEqual();
    }

    @Test
    @Order(4)
    void readsAreExactWhileTheProjectorIsHeldBack() throws SQLException {
        awaitIntegrated();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // the projector waits for this lock: nothing written now is integrated until it is released
            try (Statement st = c.createStatement()) {
                st.executeQuery("SELECT last_seq FROM statistics_projection WHERE name = 'LITIGATION' FOR UPDATE").close();
            }
            LawsuitWalk l5 = register(organ, "(2021)苏0585行初905号", "2021-03-10", "PUBLIC_LAWYER");
            l5.session("2021-03-24", head(l5.defendant(0), "吴局长", "PRINCIPAL", true)).outcome("2021-04-01", "ALTER");
            l3.correct("2021-03-30", noHead(l3.defendant(0)), "庭审笔录核对后更正");
            Api.awaitSequenced();
            assertTrue(status().getLong("pendingSubjects") >= 2, "the projector is behind");
            assertEverywhereEqual();
            c.rollback();
        }
        awaitIntegrated();
        assertEverywhereEqual();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static LawsuitWalk register(long o, String number, String filed, String counsel) {
        return LawsuitWalk.register(o, court, number, "FIRST", null, filed, counsel, List.of(obj("respondentId", agency)));
    }

    /** Corrects the docketing date through the details update (the lawsuit's other fields as registered). */
    private static void correctFiled(LawsuitWalk suit, String filed) {
        var current = given().get("/api/v1/lawsuits/" + suit.id).then().statusCode(200).extract();
        JsonPath j = current.jsonPath();
        Map<String, Object> body = obj("organId", organ, "court", j.getString("court"), "courtCaseNumber", j.getString("courtCaseNumber"),
                "instance", "FIRST",
                "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "钱多多", "idType", "RESIDENT_ID_CARD",
                        "idNumber", "11010519491231002X")),
                "defendants", List.of(obj("respondentId", agency)),
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "NATURAL_RESOURCES",
                "actDescription", "行政处罚决定", "claims", "请求撤销被诉行政行为",
                "filedDate", filed, "counselType", j.getString("counselType"));
        json().header("If-Match", current.header("ETag")).body(body).put("/api/v1/lawsuits/" + suit.id).then().statusCode(200);
    }

    private static void awaitIntegrated() {
        Api.awaitSequenced();
        given().queryParam("waitSeconds", 25).get("/api/v1/statistics/litigation/aggregates").then().statusCode(200)
                .body("caughtUp", org.hamcrest.Matchers.equalTo(true));
    }

    private static JsonPath status() {
        return given().get("/api/v1/statistics/litigation/aggregates").then().statusCode(200).extract().jsonPath();
    }

    /** Periods of whole months from Nov 2020 to Dec 2021, and a few that are not (counted from the rows either way). */
    private static List<String[]> periods() {
        List<String[]> p = new ArrayList<>();
        for (LocalDate m = LocalDate.of(2020, 10, 1); m.isBefore(LocalDate.of(2022, 1, 1)); m = m.plusMonths(1)) {
            p.add(new String[] { m.toString(), m.plusMonths(1).minusDays(1).toString() });
        }
        for (int q = 0; q < 4; q++) {
            LocalDate from = LocalDate.of(2021, 1 + 3 * q, 1);
            p.add(new String[] { from.toString(), from.plusMonths(3).minusDays(1).toString() });
        }
        p.add(new String[] { "2020-01-01", "2020-12-31" });
        p.add(new String[] { "2021-01-01", "2021-12-31" });
        p.add(new String[] { "2020-11-01", "2021-06-30" });
        p.add(new String[] { "2021-02-01", "2021-04-30" });
        p.add(new String[] { "2017-01-01", "2021-12-31" });
        p.add(new String[] { "2021-02-10", "2021-03-20" });
        return p;
    }

    @SuppressWarnings("unchecked")
    private void assertEverywhereEqual() {
        for (String[] p : periods()) {
            JsonPath report = given().queryParam("organId", organ).queryParam("from", p[0]).queryParam("to", p[1])
                    .get("/api/v1/statistics/litigation").then().statusCode(200).extract().jsonPath();
            Map<Outcome, Map<Instance, Long>> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                Map<Instance, Long> byInstance = new EnumMap<>(Instance.class);
                for (Instance i : Instance.values()) {
                    byInstance.put(i, 0L);
                }
                outcomes.put(o, byInstance);
            }
            Map<Count, Long> rows = QuarkusTransaction.requiringNew().call(() -> queries.totalsFromRows(
                    Scope.of(Organ.findById(organ), false), Period.range(LocalDate.parse(p[0]), LocalDate.parse(p[1])), outcomes));
            Map<String, Long> expected = new TreeMap<>();
            rows.forEach((k, v) -> expected.put(k.id(), v));
            Map<String, Long> actual = new TreeMap<>();
            report.<String, Object>getMap("counts").forEach((k, v) -> actual.put(k, ((Number) v).longValue()));
            assertEquals(expected, actual, "counts of " + p[0] + ".." + p[1]);
            Map<String, Long> expectedOutcomes = new LinkedHashMap<>();
            outcomes.forEach((o, n) -> expectedOutcomes.put(o.name(), n.get(Instance.FIRST) + 100 * n.get(Instance.APPEAL)
                    + 10000 * n.get(Instance.RETRIAL)));
            Map<String, Long> actualOutcomes = new LinkedHashMap<>();
            for (Map<String, Object> o : report.<Map<String, Object>>getList("outcomesByType")) {
                actualOutcomes.put((String) o.get("outcome"), ((Number) o.get("firstInstance")).longValue()
                        + 100 * ((Number) o.get("appeal")).longValue() + 10000 * ((Number) o.get("retrial")).longValue());
            }
            assertEquals(expectedOutcomes, actualOutcomes, "outcomes of " + p[0] + ".." + p[1]);
        }
        // the breakdown by organ over every organ, read from the aggregates per organ
        for (String[] p : List.of(new String[] { "2021-01-01", "2021-12-31" }, new String[] { "2021-01-01", "2021-03-31" })) {
            Map<String, Map<String, Long>> expected = new TreeMap<>();
            QuarkusTransaction.requiringNew().call(() -> queries.groupedFromRows(Scope.all(),
                    Period.range(LocalDate.parse(p[0]), LocalDate.parse(p[1])), cn.fuyi.statistics.SuitDimension.ORGAN)).forEach(g -> {
                        Map<String, Long> m = new TreeMap<>();
                        g.counts().forEach((k, v) -> m.put(k.id(), v));
                        if (m.values().stream().anyMatch(v -> v != 0)) {
                            expected.put(g.key(), m);
                        }
                    });
            Map<String, Map<String, Long>> actual = new TreeMap<>();
            JsonPath breakdown = given().queryParam("by", "organ").queryParam("from", p[0]).queryParam("to", p[1])
                    .get("/api/v1/statistics/litigation/breakdown").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> row : breakdown.<Map<String, Object>>getList("rows")) {
                Map<String, Long> m = new TreeMap<>();
                ((Map<String, Object>) row.get("counts")).forEach((k, v) -> m.put(k, ((Number) v).longValue()));
                m.keySet().retainAll(expected.values().stream().findFirst().map(Map::keySet).orElse(m.keySet()));
                actual.put((String) row.get("key"), m);
            }
            assertTrue(expected.containsKey(String.valueOf(organ)), "the fixture's organ has lawsuits in " + p[0]);
            assertEquals(expected, actual, "breakdown by organ of " + p[0] + ".." + p[1]);
        }
    }

    private static Map<String, Object> counts(String from, String to) {
        return given().queryParam("organId", organ).queryParam("from", from).queryParam("to", to).get("/api/v1/statistics/litigation")
                .then().statusCode(200).extract().jsonPath().getMap("counts");
    }

    private static long number(Map<String, Object> counts, String id) {
        return ((Number) counts.get(id)).longValue();
    }

    /** The organ's month buckets, "yyyy-MM-dd|measure" → n. */
    private Map<String, Long> buckets() throws SQLException {
        Map<String, Long> m = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT month, measure, n FROM lit_agg_month WHERE organ_id = ?")) {
            st.setLong(1, organ);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return m;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
