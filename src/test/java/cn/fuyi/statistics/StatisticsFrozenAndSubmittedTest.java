package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The cases behind every figure, frozen figures (签发) and their submission up the organ tree (上报), through the API:
 * a drill-down's total is the figure it lists; a frozen year keeps its figures when a case is entered late and names
 * the case that moved; a county submits to its city, is returned, resubmits and is accepted, and the city's roll-up is
 * the sum of the accepted submissions.
 */
@QuarkusTest
class StatisticsFrozenAndSubmittedTest {

    /** A county of {@code city} with a year 2021 of six applications: received, accepted, heard, concluded, carried over. */
    static long county(long city, String name) {
        long organ = createOrgan(name, name.substring(0, 2) + "复〔{year}〕{seq}号", city);
        long respondent = createRespondent(organ, name + "市场监督管理局", "GOVERNMENT_DEPARTMENT");
        CaseWalk.receive(organ, respondent, "2020-12-01", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2020-12-03")
                .conclude("2021-01-20", "REVOKE").servePublish("2021-01-25", "2021-02-01");
        CaseWalk.receive(organ, respondent, "2021-03-01", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2021-03-03")
                .conclude("2021-04-20", "UPHOLD").serveNotPublished("2021-04-25", "2021-05-01");
        CaseWalk.receive(organ, respondent, "2021-03-10", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2021-03-12")
                .hearing("2021-03-20", "2021-03-25", "2021-04-02").conclude("2021-05-10", "ALTER")
                .servePublish("2021-05-15", "2021-05-20");
        CaseWalk.receive(organ, respondent, "2021-06-01", "ADMINISTRATIVE_CONFIRMATION", "OTHER").accept("2021-06-03");
        CaseWalk.receive(organ, respondent, "2021-07-01", "ADMINISTRATIVE_CONFIRMATION", "OTHER").notAccept("2021-07-05");
        CaseWalk.receive(organ, respondent, "2021-11-20", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2021-11-22");
        return organ;
    }

    /** A late entry: an application of 2021 recorded only now, the correction a frozen year must not absorb. */
    static CaseWalk lateEntry(long organ) {
        long respondent = createRespondent(organ, "补录被申请人" + System.nanoTime() % 100000, "TOWNSHIP_GOVERNMENT");
        return CaseWalk.receive(organ, respondent, "2021-09-01", "ADMINISTRATIVE_PENALTY", "MARKET_REGULATION").accept("2021-09-03");
    }

    static JsonPath report(Object... params) {
        return StatisticsReportTest.get("", params).extract().jsonPath();
    }

    static Response cases(String auth, Object... params) {
        var spec = given().accept("application/json");
        if (auth != null) {
            spec = spec.header("Authorization", auth);
        }
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/reconsideration/cases");
    }

    @Test
    void everyFigureListsExactlyTheCasesItCounts() {
        long city = createOrgan("明州市人民政府", "明政复〔{year}〕{seq}号", null);
        long a = county(city, "东江县人民政府");
        county(city, "西岭县人民政府");
        for (Object[] scope : List.of(new Object[] { "organId", a, "year", 2021 },
                new Object[] { "organId", city, "includeSubordinates", true, "year", 2021 },
                new Object[] { "organId", city, "includeSubordinates", true, "from", "2021-03-01", "to", "2021-06-30" })) {
            JsonPath r = report(scope);
            Map<String, Integer> counts = r.getMap("counts");
            int listed = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Response d = cases(null, concat(scope, "count", e.getKey(), "size", 500));
                if (d.statusCode() == 400) {
                    assertEquals("STATISTICS_COUNT_NOT_LISTABLE", d.jsonPath().getString("code"), e.getKey());
                    continue;
                }
                assertEquals(200, d.statusCode(), d.asString());
                listed++;
                assertEquals(e.getValue().longValue(), d.jsonPath().getLong("figure"), e.getKey());
                assertEquals(e.getValue().longValue(), d.jsonPath().getLong("cases.totalItems"), e.getKey());
                assertEquals(e.getValue().intValue(), d.jsonPath().getList("cases.items").size(), e.getKey());
            }
            assertTrue(listed >= 25, "counts of cases listed: " + listed);
            for (Map<String, Object> rate : r.<Map<String, Object>>getList("rates")) {
                for (String part : List.of("numerator", "denominator")) {
                    JsonPath d = cases(null, concat(scope, "rate", rate.get("id"), "part", part)).then().statusCode(200).extract().jsonPath();
                    assertEquals(((Number) rate.get(part)).longValue(), d.getLong("figure"), rate.get("id") + " " + part);
                    assertEquals(rate.get(part + "Count"), d.getString("count"));
                }
            }
        }
        // the variant of the request chooses the denominator's cases
        JsonPath accepted = cases(null, "organId", a, "year", 2021, "rate", "correction.direct", "part", "denominator",
                "variant", "correction.direct:accepted").then().statusCode(200).extract().jsonPath();
        assertEquals("accepted", accepted.getString("count"));
        assertEquals(4, accepted.getInt("figure"));
        // the direct corrections of 2021 in the county: the carried-over revocation and the alteration
        JsonPath corrected = cases(null, "organId", a, "year", 2021, "count", "directCorrections", "sort", "-concludedDate")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ALTER", "REVOKE"), corrected.getList("cases.items.decisionType"));
        assertEquals("王建国", corrected.getString("cases.items[0].applicantNames[0]"));
    }

    @Test
    void theCaseListIsPagedScopedAndMaskedForStatisticians() {
        long city = createOrgan("临海市人民政府", "临政复〔{year}〕{seq}号", null);
        long a = county(city, "北湖县人民政府");
        long b = county(city, "南屏县人民政府");
        String statistician = Tokens.bearer(Tokens.role("statistician", a));
        JsonPath page = cases(statistician, "organId", a, "year", 2021, "count", "received", "size", 2, "page", 1, "sort", "receivedDate")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, page.getInt("figure"));
        assertEquals(3, page.getInt("cases.totalPages"));
        assertEquals(List.of("2021-06-01", "2021-07-01"), page.getList("cases.items.receivedDate"));
        assertEquals("王**", page.getString("cases.items[0].applicantNames[0]"));
        // another county is outside the statistician's organs
        cases(statistician, "organId", b, "year", 2021, "count", "received").then().statusCode(404).body("code", equalTo("ORGAN_NOT_FOUND"));
        cases(null, "organId", a, "year", 2021, "count", "hearingsHeld").then().statusCode(400)
                .body("code", equalTo("STATISTICS_COUNT_NOT_LISTABLE"));
        cases(null, "organId", a, "year", 2021, "rate", "hearing").then().statusCode(400).body("code", equalTo("STATISTICS_PART_UNKNOWN"));
        cases(null, "organId", a, "year", 2021).then().statusCode(400).body("code", equalTo("STATISTICS_FIGURE_REQUIRED"));
    }

    @Test
    void aFrozenYearKeepsItsFiguresAndNamesTheCasesThatMoved() {
        long city = createOrgan("安平市人民政府", "安政复〔{year}〕{seq}号", null);
        long a = county(city, "清河县人民政府");
        Response created = json().body(obj("organId", a, "year", 2021, "title", "2021年度行政复议统计"))
                .post("/api/v1/statistics/frozen-reports");
        created.then().statusCode(201).header("Location", containsString("/api/v1/statistics/frozen-reports/"))
                .body("report.counts.received", equalTo(5)).body("report.counts.accepted", equalTo(4))
                .body("casesKept.received", equalTo(5)).body("frozenBy", equalTo(Tokens.DEFAULT_USER))
                .body("definitions.counts.id", hasItem("received"));
        long id = created.jsonPath().getLong("id");

        given().get("/api/v1/statistics/frozen-reports/" + id + "/differences").then().statusCode(200).body("unchanged", equalTo(true));

        CaseWalk late = lateEntry(a);

        given().accept("application/json").get("/api/v1/statistics/frozen-reports/" + id).then().statusCode(200)
                .body("report.counts.received", equalTo(5)).body("report.counts.accepted", equalTo(4));
        assertEquals(6, report("organId", a, "year", 2021).getInt("counts.received"));
        JsonPath diff = given().get("/api/v1/statistics/frozen-reports/" + id + "/differences").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(diff.getBoolean("unchanged"));
        assertEquals(5, diff.getInt("counts.find { it.id == 'received' }.frozen"));
        assertEquals(6, diff.getInt("counts.find { it.id == 'received' }.live"));
        assertEquals(List.of(late.caseNumber), diff.getList("counts.find { it.id == 'received' }.casesAdded.caseNumber"));
        assertEquals(List.of(late.caseNumber), diff.getList("counts.find { it.id == 'pending' }.casesAdded.caseNumber"));
        assertEquals("hearing", diff.getString("rates[0].id"));
        assertTrue(diff.getString("rates[0].frozen").contains("1/4") && diff.getString("rates[0].live").contains("1/5"),
                diff.getString("rates[0]"));

        // the cases kept behind a frozen count are those counted then, not the late one
        JsonPath kept = given().queryParam("count", "received").queryParam("size", 10).get("/api/v1/statistics/frozen-reports/" + id + "/cases")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, kept.getInt("figure"));
        assertFalse(kept.getList("cases.items.caseNumber").contains(late.caseNumber));
        given().queryParam("count", "hearingsHeld").get("/api/v1/statistics/frozen-reports/" + id + "/cases").then().statusCode(400);

        // the litigation figures are frozen beside them
        given().accept("application/json").get("/api/v1/statistics/frozen-reports/" + id).then().statusCode(200)
                .body("litigation.counts.suits", equalTo(0)).body("casesKept.suits", equalTo(0));
        given().queryParam("statistics", "litigation").get("/api/v1/statistics/frozen-reports/" + id + "/report-text").then()
                .statusCode(200).body("text", containsString("共发生行政应诉案件0件"));

        // the paragraph and the tables come from the frozen figures
        given().get("/api/v1/statistics/frozen-reports/" + id + "/report-text").then().statusCode(200)
                .body("text", containsString("共收到行政复议申请5件"));
        String csv = given().queryParam("format", "csv").get("/api/v1/statistics/frozen-reports/" + id).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("收到申请") && csv.contains(",5"), csv);
        given().queryParam("format", "xlsx").get("/api/v1/statistics/frozen-reports/" + id).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"));
        given().queryParam("organId", a).get("/api/v1/statistics/frozen-reports").then().statusCode(200).body("id", hasItem((int) id));

        // who froze it and when is in the audit trail
        cn.fuyi.support.Api.awaitSequenced();
        String auditor = Tokens.bearer(Tokens.of("audit.reader", "审计", java.util.Set.of("auditor"), List.of(), "ALL", null));
        given().header("Authorization", auditor).queryParam("subjectType", "FROZEN_REPORT").queryParam("subjectId", id)
                .get("/api/v1/audit").then().statusCode(200).body("items[0].operation", equalTo("FREEZE"))
                .body("items[0].username", equalTo(Tokens.DEFAULT_USER));
        // a statistician of another county does not see it
        long other = createOrgan("外县人民政府", "外复〔{year}〕{seq}号", city);
        given().header("Authorization", Tokens.bearer(Tokens.role("statistician", other)))
                .get("/api/v1/statistics/frozen-reports/" + id).then().statusCode(404).body("code", equalTo("FROZEN_REPORT_NOT_FOUND"));
    }

    @Test
    void aCountySubmitsIsReturnedResubmitsAndTheCityRollsUpTheAcceptedFigures() {
        long city = createOrgan("江城市人民政府", "江政复〔{year}〕{seq}号", null);
        long a = county(city, "上游县人民政府");
        long b = county(city, "下游县人民政府");
        json().body(obj("parentOrganId", city, "year", 2021, "dueDate", "2022-01-31")).put("/api/v1/statistics/submission-deadlines")
                .then().statusCode(200).body("dueDate", equalTo("2022-01-31"));
        JsonPath before = rollUp(city);
        assertEquals(List.of("NOT_SUBMITTED", "NOT_SUBMITTED"), before.getList("subordinates.status"));
        assertEquals(List.of(true, true), before.getList("subordinates.overdue"));

        // what the county owes its city: the 2021 report, overdue
        given().queryParam("organId", a).get("/api/v1/statistics/submissions/owed").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("NOT_SUBMITTED")).body("dueDate", org.hamcrest.Matchers.contains("2022-01-31"))
                .body("overdue", org.hamcrest.Matchers.contains(true));

        long first = freeze(a);
        Response submitted = json().body(obj("frozenReportId", first)).post("/api/v1/statistics/submissions");
        submitted.then().statusCode(201).body("state", equalTo("SUBMITTED")).body("parentOrganId", equalTo((int) city))
                .body("late", equalTo(true));
        long s1 = submitted.jsonPath().getLong("id");
        json().body(obj("frozenReportId", first)).post("/api/v1/statistics/submissions").then().statusCode(409)
                .body("code", equalTo("SUBMISSION_ALREADY_PENDING"));
        // the city's reviewer returns it: If-Match is required, and a comment
        json().body(obj("comment", "缺少补录案件")).post("/api/v1/statistics/submissions/" + s1 + "/return").then().statusCode(428);
        json().header("If-Match", etag(s1)).body(obj()).post("/api/v1/statistics/submissions/" + s1 + "/return").then().statusCode(400)
                .body("code", equalTo("SUBMISSION_COMMENT_REQUIRED"));
        String cityReviewer = Tokens.bearer(Tokens.role("reviewer", city));
        json().header("Authorization", cityReviewer).header("If-Match", etag(s1)).body(obj("comment", "缺少补录案件"))
                .post("/api/v1/statistics/submissions/" + s1 + "/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("comment", equalTo("缺少补录案件"));
        // the county's own reviewer cannot decide on what it submitted to the city
        json().header("Authorization", Tokens.bearer(Tokens.role("reviewer", a))).header("If-Match", etag(s1)).body(obj())
                .post("/api/v1/statistics/submissions/" + s1 + "/accept").then().statusCode(404);

        lateEntry(a);
        long second = freeze(a);
        long s2 = json().body(obj("frozenReportId", second)).post("/api/v1/statistics/submissions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json().header("Authorization", cityReviewer).header("If-Match", etag(s2)).body(obj())
                .post("/api/v1/statistics/submissions/" + s2 + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        json().header("Authorization", cityReviewer).header("If-Match", etag(s2)).body(obj())
                .post("/api/v1/statistics/submissions/" + s2 + "/accept").then().statusCode(409).body("code", equalTo("SUBMISSION_NOT_PENDING"));
        long s3 = json().body(obj("frozenReportId", freeze(b))).post("/api/v1/statistics/submissions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json().header("Authorization", cityReviewer).header("If-Match", etag(s3)).body(obj("comment", "同意"))
                .post("/api/v1/statistics/submissions/" + s3 + "/accept").then().statusCode(200);

        given().queryParam("organId", a).get("/api/v1/statistics/submissions/owed").then().statusCode(200)
                .body("size()", equalTo(0));
        JsonPath roll = rollUp(city);
        assertEquals(List.of("ACCEPTED", "ACCEPTED"), roll.getList("subordinates.status"));
        JsonPath fa = given().accept("application/json").get("/api/v1/statistics/frozen-reports/" + second).then().extract().jsonPath();
        JsonPath fb = given().accept("application/json").get("/api/v1/statistics/frozen-reports/" + freezeOf(s3)).then().extract().jsonPath();
        Map<String, Integer> sum = roll.getMap("accepted");
        for (String count : sum.keySet()) {
            assertEquals(frozenCount(fa, count) + frozenCount(fb, count), sum.get(count).longValue(), count);
        }
        assertEquals(11, sum.get("received"));
        assertTrue(sum.containsKey("suits") && sum.containsKey("concluded"), sum.toString());
        assertEquals(List.of(), roll.getList("differences"));
        assertEquals(roll.getMap("accepted"), roll.getMap("live"));
        given().queryParam("parentOrganId", city).queryParam("year", 2021).get("/api/v1/statistics/submissions").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.contains("ACCEPTED", "ACCEPTED", "RETURNED"));

        // a correction after acceptance shows as a difference, named with the subordinate
        lateEntry(b);
        JsonPath moved = rollUp(city);
        assertEquals(1, moved.getInt("differences.find { it.count == 'received' }.difference"));
        assertEquals(List.of((int) b), moved.getList("differences.find { it.count == 'received' }.bySubordinate.organId"));
        assertEquals(11, moved.getInt("accepted.received"));
        assertEquals(12, moved.getInt("live.received"));
        // a statistician of a county does not see the city's roll-up
        given().header("Authorization", Tokens.bearer(Tokens.role("statistician", a))).queryParam("parentOrganId", city)
                .queryParam("year", 2021).get("/api/v1/statistics/submissions/roll-up").then().statusCode(404);
    }

    /** A count of a frozen report, from its reconsideration or its litigation figures. */
    static long frozenCount(JsonPath frozen, String count) {
        Object v = frozen.get("report.counts." + count);
        return ((Number) (v != null ? v : frozen.get("litigation.counts." + count))).longValue();
    }

    @Test
    void whatCannotBeFrozenOrSubmittedSaysWhy() {
        long city = createOrgan("远山市人民政府", "远政复〔{year}〕{seq}号", null);
        long county = createOrgan("近水县人民政府", "近复〔{year}〕{seq}号", city);
        String statistician = Tokens.bearer(Tokens.role("statistician", county));
        // a statistician who sees some organs names one
        json().header("Authorization", statistician).body(obj("year", 2021)).post("/api/v1/statistics/frozen-reports").then()
                .statusCode(400).body("code", equalTo("FROZEN_REPORT_ORGAN_REQUIRED"));
        json().header("Authorization", statistician).body(obj("organId", city, "year", 2021)).post("/api/v1/statistics/frozen-reports")
                .then().statusCode(404).body("code", equalTo("ORGAN_NOT_FOUND"));
        json().body(obj("organId", county, "year", 2021, "variant", "litigation.loss:nonsense")).post("/api/v1/statistics/frozen-reports")
                .then().statusCode(400).body("code", equalTo("STATISTICS_VARIANT_UNKNOWN"));
        // rates of both statistics may be chosen in one freeze
        json().header("Authorization", statistician).body(obj("organId", county, "year", 2021,
                "variant", "correction.direct:accepted,litigation.loss:merits")).post("/api/v1/statistics/frozen-reports").then()
                .statusCode(201).body("variants", equalTo("correction.direct:accepted,litigation.loss:merits"))
                .body("report.rates.find { it.id == 'correction.direct' }.variant", equalTo("accepted"))
                .body("litigation.rates.find { it.id == 'litigation.loss' }.variant", equalTo("merits"));
        // the city has no parent to submit to; a report of every organ belongs to none
        long cityReport = json().body(obj("organId", city, "year", 2021)).post("/api/v1/statistics/frozen-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json().body(obj("frozenReportId", cityReport)).post("/api/v1/statistics/submissions").then().statusCode(422)
                .body("code", equalTo("SUBMISSION_NO_PARENT"));
        json().body(obj()).post("/api/v1/statistics/submissions").then().statusCode(400).body("code", equalTo("SUBMISSION_REPORT_REQUIRED"));
        json().body(obj("frozenReportId", 987654321)).post("/api/v1/statistics/submissions").then().statusCode(404)
                .body("code", equalTo("FROZEN_REPORT_NOT_FOUND"));
        // a statistician may not decide on a submission, nor set when reports are due
        json().header("Authorization", Tokens.bearer(Tokens.role("statistician", city))).body(obj("parentOrganId", city, "year", 2021,
                "dueDate", "2022-01-31")).put("/api/v1/statistics/submission-deadlines").then().statusCode(403);
    }

    static long freeze(long organ) {
        return json().body(obj("organId", organ, "year", 2021)).post("/api/v1/statistics/frozen-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long freezeOf(long submission) {
        return given().get("/api/v1/statistics/submissions/" + submission).then().statusCode(200).extract().jsonPath().getLong("frozenReportId");
    }

    static String etag(long submission) {
        return given().get("/api/v1/statistics/submissions/" + submission).then().statusCode(200).extract().header("ETag");
    }

    static JsonPath rollUp(long city) {
        return given().queryParam("parentOrganId", city).queryParam("year", 2021).get("/api/v1/statistics/submissions/roll-up")
                .then().statusCode(200).extract().jsonPath();
    }

    static Object[] concat(Object[] a, Object... b) {
        Object[] r = new Object[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
