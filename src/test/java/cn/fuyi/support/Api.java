package cn.fuyi.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Small helpers for driving Fuyi through its REST API in tests, as a client would. */
public final class Api {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    /** A JSON object from alternating keys and values; null values are left out. */
    public static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A unique suffix so tests do not collide on unique names. */
    /**
     * Waits (on the server, at most 20 s) until every audit record and feed event committed so far has its position
     * from the sequencer, as an integration reading its own writes would; fails if the sequencer does not catch up.
     */
    public static void awaitSequenced() {
        String auditor = Tokens.bearer(Tokens.of("sequencer.watch", "顺序检查", java.util.Set.of("auditor"), List.of(), "ALL", null));
        given().header("Authorization", auditor).queryParam("waitSeconds", 20).get("/api/v1/feed/status").then()
                .statusCode(200).body("caughtUp", org.hamcrest.Matchers.equalTo(true));
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
    }

    public static long createOrgan(String name, String pattern, Long parentId) {
        return json().body(obj("code", unique("o"), "name", name, "shortName", name, "parentId", parentId,
                "level", parentId == null ? "CITY" : "COUNTY", "caseNumberPattern", pattern))
                .post("/api/v1/organs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createRespondent(long organId, String name, String kind) {
        return json().body(obj("organId", organId, "name", name, "kind", kind))
                .post("/api/v1/respondents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A minimal valid application; override fields with {@code extra}. */
    public static Map<String, Object> application(long organId, long respondentId, String receivedDate, Object... extra) {
        Map<String, Object> m = obj("organId", organId, "receivedDate", receivedDate, "channel", "IN_PERSON",
                "applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "王建国", "idType", "RESIDENT_ID_CARD",
                        "idNumber", "11010519491231002X", "phone", "13912345678", "address", "江苏省太仓市城厢镇人民路1号")),
                "respondentId", respondentId, "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "MARKET_REGULATION",
                "actDescription", "行政处罚决定", "actDate", "2026-01-05", "request", "请求撤销行政处罚决定");
        m.putAll(obj(extra));
        return m;
    }

    public static long receive(Map<String, Object> application) {
        return json().body(application).post("/api/v1/reconsiderations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static String etag(long caseId) {
        return given().get("/api/v1/reconsiderations/" + caseId).then().statusCode(200).extract().header("ETag");
    }

    /** POSTs a transition with the case's current ETag. */
    public static Response step(long caseId, String transition, Map<String, Object> body) {
        return json().header("If-Match", etag(caseId)).body(body)
                .post("/api/v1/reconsiderations/" + caseId + "/transitions/" + transition);
    }

    /** POSTs a transition that must succeed. */
    public static ValidatableResponse ok(long caseId, String transition, Object... body) {
        return step(caseId, transition, obj(body)).then().statusCode(200);
    }

    public static List<Map<String, Object>> deadlines(long caseId, String asOf) {
        return given().queryParam("asOf", asOf).get("/api/v1/reconsiderations/" + caseId + "/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static Map<String, Object> deadline(long caseId, String kind, String asOf) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> d : deadlines(caseId, asOf)) {
            if (kind.equals(d.get("kind"))) {
                found.add(d);
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " deadline, found " + found.size());
        }
        return found.get(0);
    }
}
