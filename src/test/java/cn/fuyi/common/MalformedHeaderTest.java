package cn.fuyi.common;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.etag;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.DefaultCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A header that cannot be parsed is the client's mistake: 400 MALFORMED_HEADER naming the header, on every
 * endpoint, never a 500. The message language is taken from what can be read of Accept-Language.
 */
@QuarkusTest
class MalformedHeaderTest {

    long caseId;
    List<String[]> endpoints;

    @BeforeEach
    void aCase() {
        long organ = createOrgan("请求头测试市人民政府", "头政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "请求头测试市税务局", "GOVERNMENT_DEPARTMENT");
        caseId = receive(application(organ, respondent, "2026-03-02"));
        endpoints = List.of(new String[] { "GET", "/api/v1/organs" },
                new String[] { "GET", "/api/v1/reconsiderations/" + caseId },
                new String[] { "GET", "/api/v1/reconsiderations/987654321" },
                new String[] { "GET", "/api/v1/statistics/reconsideration?year=2026" },
                new String[] { "GET", "/api/v1/code-lists" },
                new String[] { "POST", "/api/v1/reconsiderations/" + caseId + "/transitions/accept" });
    }

    private io.restassured.response.ValidatableResponse call(RequestSpecification spec, String[] endpoint) {
        if (endpoint[0].equals("POST")) {
            return spec.contentType("application/json").header("If-Match", etag(caseId))
                    .body("{\"date\":\"2026-03-04\"}").post(endpoint[1]).then();
        }
        return spec.get(endpoint[1]).then();
    }

    @Test
    void aWeightThatIsNotANumberIsA400OnEveryEndpoint() {
        for (String[] endpoint : endpoints) {
            call(given().header("Accept-Language", "en;q=abc"), endpoint)
                    .statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("MALFORMED_HEADER"))
                    .body("header", equalTo("Accept-Language"))
                    .body("title", equalTo("请求头格式有误"))
                    .body("detail", allOf(containsString("Accept-Language"), containsString("en;q=abc")));
        }
        // nothing was done
        given().get("/api/v1/reconsiderations/" + caseId).then().body("state", equalTo("RECEIVED"));
    }

    @Test
    void theMessageIsInEnglishWhenTheReadablePartAsksForIt() {
        given().header("Accept-Language", "en-GB, fr;q=abc").get("/api/v1/organs").then().statusCode(400)
                .body("code", equalTo("MALFORMED_HEADER"))
                .body("title", equalTo("Malformed request header"))
                .body("detail", equalTo("The value \"en-GB, fr;q=abc\" of the Accept-Language header cannot be parsed; correct it and resubmit."));
    }

    @Test
    void otherUnreadableLanguageHeadersAre400s() {
        for (String value : List.of("en;q=2", "en;q=-1", ";;;", "en;level=1", "en;q=0.5;q=0.4", "toolonglanguage", "en-", "英语")) {
            given().header("Accept-Language", value).get("/api/v1/organs").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_HEADER"));
        }
    }

    @Test
    void wellFormedLanguageHeadersChooseTheLanguage() {
        String missing = "/api/v1/reconsiderations/987654321";
        for (String english : List.of("en", "en-US,en;q=0.9,zh-CN;q=0.8", "fr, en-GB;q=0.5", "EN", "zh;q=0.1, en;q=.5")) {
            given().header("Accept-Language", english).get(missing).then().statusCode(404)
                    .body("title", equalTo("Case not found"));
        }
        for (String chinese : List.of("zh-CN,zh;q=0.9,en;q=0.8", "zh_CN", "*", "en;q=0", "fr", " , ", "de-DE;q=1.000")) {
            given().header("Accept-Language", chinese).get(missing).then().statusCode(404)
                    .body("title", equalTo("案件不存在"));
        }
    }

    @Test
    void aMalformedEntityTagIsA400NotAStalePrecondition() {
        for (String value : List.of("garbage", "\"unterminated", "W/garbage", "1, 2")) {
            given().contentType("application/json").header("If-Match", value).body("{\"date\":\"2026-03-04\"}")
                    .post("/api/v1/reconsiderations/" + caseId + "/transitions/accept").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_HEADER")).body("header", equalTo("If-Match"));
            given().header("If-None-Match", value).get("/api/v1/reconsiderations/" + caseId).then().statusCode(400)
                    .body("code", equalTo("MALFORMED_HEADER")).body("header", equalTo("If-None-Match"));
        }
        given().contentType("application/json").header("If-Match", "\"99\", W/\"98\"").body("{\"date\":\"2026-03-04\"}")
                .post("/api/v1/reconsiderations/" + caseId + "/transitions/accept").then().statusCode(412);
        given().header("If-None-Match", "*").get("/api/v1/reconsiderations/" + caseId).then().statusCode(200);
    }

    @Test
    void otherBadHeadersAreClientErrorsWithProblems() {
        given().header("Accept", "garbage").get("/api/v1/organs").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_HEADER"))
                .body("header", equalTo("Accept"));
        given().header("Accept", "text/plain").get("/api/v1/organs").then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("NOT_ACCEPTABLE"));
        // what Java's HttpURLConnection sends unless told otherwise
        given().header("Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2").get("/api/v1/organs").then()
                .statusCode(200);
        given().header("Accept", "text/csv;q=abc").queryParam("year", 2026).get("/api/v1/statistics/reconsideration")
                .then().statusCode(allOf(greaterThanOrEqualTo(200), lessThan(500)))
                .body(not(containsString("Exception")));
        given().header("Content-Type", "garbage").body("{\"date\":\"2026-03-04\"}".getBytes(StandardCharsets.UTF_8))
                .header("If-Match", etag(caseId)).post("/api/v1/reconsiderations/" + caseId + "/transitions/accept")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
        given().header("Authorization", "garbage").get("/api/v1/organs").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/organs").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header(DefaultCaller.ANONYMOUS, "1").header("Content-Length", "abc").get("/api/v1/code-lists")
                .then().statusCode(400);
    }
}
