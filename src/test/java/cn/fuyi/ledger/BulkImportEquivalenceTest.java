package cn.fuyi.ledger;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Ledgers.row;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.fuyi.support.Api;
import cn.fuyi.support.Ledgers;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The bulk path writes what the engine path writes (and an imported case's audit trail holds one record of its
 * import, with the steps it took): the same ledger imported into two organs, once in bulk and once
 * row by row through the procedure services, gives each case the same detail, events, deadlines, audit records and
 * feed events — all but ids, times, and the organ, respondent and job they belong to.
 */
@QuarkusTest
class BulkImportEquivalenceTest {

    private static final String PATTERN = "等价复〔{year}〕{seq}号";
    /** Fields that name a record of one organ or job, or a time: compared only as present or absent. */
    private static final Set<String> OWN = Set.of("id", "caseId", "subjectId", "organId", "respondentId", "importJobId",
            "occurredAt", "recordedAt", "createdAt", "updatedAt", "stateChangedAt", "seq", "hash", "prevHash", "requestId",
            "organName", "respondentName", "etag", "partyId");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = Tokens.bearer(Tokens.of("equivalence.auditor", "等价审计", Set.of("auditor"), List.of(),
            "ALL", null));

    @Inject
    ImportRunner runner;
    @Inject
    BulkCases bulk;

    @Test
    void aCaseImportedInBulkIsTheCaseTheEngineImports() throws Exception {
        String respondent = "太仓市市场监督管理局";
        List<Map<String, String>> rows = List.of(
                // 2017 law: decided, served, published
                row("等价复〔2019〕1号", "2019-03-04", respondent, "受理日期", "2019-03-06", "审结日期", "2019-04-10", "决定类型", "维持",
                        "送达日期", "2019-04-12", "公开日期", "2019-04-15", "公开场所", "人民政府门户网站", "承办人", "李明",
                        "行政行为作出日期", "2019-01-20", "知道行政行为日期", "2019-01-22"),
                // refused
                row("等价复〔2019〕2号", "2019-03-05", respondent, "不予受理日期", "2019-03-08", "不予受理理由", "不属于行政复议范围"),
                // revoked, served, recorded as not published
                row("等价复〔2020〕7号", "2020-05-11", respondent, "受理日期", "2020-05-12", "审结日期", "2020-07-01", "决定类型", "撤销",
                        "送达日期", "2020-07-03", "不予公开理由", "涉及个人隐私"),
                // 2023 law, accepted and still pending: its deadlines run
                row("等价复〔2026〕3号", "2026-10-09", respondent, "受理日期", "2026-10-12", "申请人", "甲公司、乙公司", "申请人类型", "法人"),
                // only received
                row("等价复〔2026〕4号", "2026-11-20", respondent));

        long bulkOrgan = createOrgan("等价测试机关", PATTERN, null);
        long engineOrgan = createOrgan("等价测试机关", PATTERN, null);
        createRespondent(bulkOrgan, respondent, "GOVERNMENT_DEPARTMENT");
        createRespondent(engineOrgan, respondent, "GOVERNMENT_DEPARTMENT");
        Api.awaitSequenced();
        long feedBefore = given().header("Authorization", AUDITOR).get("/api/v1/feed/status").then().statusCode(200).extract().jsonPath().getLong("feedSeq");

        long bulkBefore = bulk.written();
        JsonPath inBulk = Ledgers.run(bulkOrgan, Ledgers.xlsx(bulkOrgan, rows), "同一台账.xlsx", "validRows");
        assertEquals(rows.size(), inBulk.getInt("rowsWritten"), inBulk.prettify());
        assertEquals(rows.size(), bulk.written() - bulkBefore, "every row took the bulk path");
        JsonPath byEngine;
        runner.useBulk(false);
        try {
            byEngine = Ledgers.run(engineOrgan, Ledgers.xlsx(engineOrgan, rows), "同一台账.xlsx", "validRows");
        } finally {
            runner.useBulk(true);
        }
        assertEquals(rows.size(), byEngine.getInt("rowsWritten"), byEngine.prettify());
        assertEquals(rows.size(), bulk.written() - bulkBefore, "no row of the engine run took the bulk path");
        Api.awaitSequenced();
        List<JsonNode> feed = feedAfter(feedBefore);
        // the records written in bulk are chained like any others
        given().header("Authorization", AUDITOR).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true));

        for (Map<String, String> r : rows) {
            String number = r.get("案号");
            long a = caseId(bulkOrgan, number);
            long b = caseId(engineOrgan, number);
            // the audit trail first: reading the detail adds a record of the reading
            JsonNode trail = audit(a);
            assertSame(number + " audit", trail, audit(b));
            // one record of the import: by whom, from which file and row, the case as imported and the steps taken
            assertEquals(1, trail.size(), number + " " + trail.toPrettyString());
            assertEquals("IMPORTED", trail.get(0).path("operation").asText());
            assertTrue(trail.get(0).path("reason").asText().contains("同一台账.xlsx"), trail.toPrettyString());
            assertEquals(number, trail.get(0).path("changes").path("caseNumber").path("after").asText());
            List<String> steps = new ArrayList<>();
            trail.get(0).path("changes").path("importedSteps").path("after").forEach(n -> steps.add(n.asText()));
            assertEquals(given().get("/api/v1/reconsiderations/" + a + "/events").then().statusCode(200).extract().jsonPath()
                    .getList("transition", String.class), steps, number);
            assertSame(number + " feed", feedOf(feed, a), feedOf(feed, b));
            assertSame(number + " events", get("/api/v1/reconsiderations/" + a + "/events"), get("/api/v1/reconsiderations/" + b + "/events"));
            assertSame(number + " deadlines", get("/api/v1/reconsiderations/" + a + "/deadlines"),
                    get("/api/v1/reconsiderations/" + b + "/deadlines"));
            assertSame(number + " detail", get("/api/v1/reconsiderations/" + a), get("/api/v1/reconsiderations/" + b));
            assertEquals(given().get("/api/v1/reconsiderations/" + b).then().extract().header("ETag"),
                    given().get("/api/v1/reconsiderations/" + a).then().extract().header("ETag"), number + " version");
        }
        // the worklist sees both alike
        JsonPath pendingA = given().queryParam("organId", bulkOrgan).get("/api/v1/reconsiderations").then().statusCode(200).extract().jsonPath();
        JsonPath pendingB = given().queryParam("organId", engineOrgan).get("/api/v1/reconsiderations").then().statusCode(200).extract().jsonPath();
        assertEquals(pendingB.getList("items.nextDueDate"), pendingA.getList("items.nextDueDate"));
        assertEquals(pendingB.getList("items.nextDeadlineKind"), pendingA.getList("items.nextDeadlineKind"));
        // and the next number the organ gives is the same
        assertEquals(counter(engineOrgan), counter(bulkOrgan));
    }

    private static String counter(long organ) {
        long respondent = given().queryParam("organId", organ).get("/api/v1/respondents").then().extract().jsonPath().getLong("items[0].id");
        return given().contentType("application/json").body(Api.application(organ, respondent, "2019-06-03", "actDate", "2019-05-01"))
                .post("/api/v1/reconsiderations").then().statusCode(201).extract().jsonPath().getString("caseNumber");
    }

    private static long caseId(long organ, String number) {
        return given().queryParam("q", number).queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(given().get(path).then().statusCode(200).extract().asString());
    }

    private static JsonNode audit(long caseId) throws Exception {
        JsonNode page = JSON.readTree(given().header("Authorization", AUDITOR).queryParam("caseId", caseId).queryParam("size", 200).get("/api/v1/audit").then()
                .statusCode(200).extract().asString());
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode n : page.get("items")) {
            if (!"READ_PERSONAL_DATA".equals(n.path("operation").asText())) {
                kept.add(n);
            }
        }
        assertFalse(kept.isEmpty(), "audit records of case " + caseId);
        return kept;
    }

    private static List<JsonNode> feedAfter(long after) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        long pos = after;
        while (true) {
            JsonNode page = JSON.readTree(given().header("Authorization", AUDITOR).queryParam("after", pos).queryParam("limit", 1000).get("/api/v1/feed").then()
                    .statusCode(200).extract().asString());
            JsonNode items = page.has("events") ? page.get("events") : page.get("items");
            if (items == null || items.isEmpty()) {
                return all;
            }
            for (JsonNode n : items) {
                all.add(n);
                pos = n.get("seq").asLong();
            }
        }
    }

    private static JsonNode feedOf(List<JsonNode> feed, long caseId) {
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode n : feed) {
            if ("RECONSIDERATION_CASE".equals(n.path("subjectType").asText()) && n.path("subjectId").asLong() == caseId) {
                kept.add(n);
            }
        }
        assertFalse(kept.isEmpty(), "feed events of case " + caseId);
        return kept;
    }

    private static void assertSame(String what, JsonNode bulkSide, JsonNode engineSide) {
        assertEquals(normal(engineSide.deepCopy()).toPrettyString(), normal(bulkSide.deepCopy()).toPrettyString(), what);
    }

    /** Own ids, times and names replaced by their field's name; the job's number in reasons left out. */
    private static JsonNode normal(JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (OWN.contains(e.getKey())) {
                    e.setValue(new TextNode(e.getValue().isNull() ? "null" : "<" + e.getKey() + ">"));
                } else {
                    e.setValue(normal(e.getValue()));
                }
            }
            return o;
        }
        if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, normal(a.get(i)));
            }
            return a;
        }
        if (n.isTextual()) {
            return new TextNode(n.asText().replaceAll("导入任务 \\d+", "导入任务 N").replaceAll("/reconsiderations/\\d+", "/reconsiderations/N"));
        }
        return n;
    }
}
