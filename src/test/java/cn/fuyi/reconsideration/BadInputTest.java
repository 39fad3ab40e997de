package cn.fuyi.reconsideration;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every kind of bad input gets a clear 4xx problem, in Chinese or English, and changes nothing. */
@QuarkusTest
class BadInputTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("输入测试市人民政府", "输政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "输入测试市城管局", "GOVERNMENT_DEPARTMENT");
    }

    private Map<String, Object> app(Object... overrides) {
        Map<String, Object> m = new HashMap<>(application(organ, respondent, "2026-03-02"));
        m.putAll(obj(overrides));
        return m;
    }

    @Test
    void malformedJsonIsA400() {
        json().body("{\"organId\": 1, ").post("/api/v1/reconsiderations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body("title", equalTo("请求体不是合法的 JSON"))
                .body("status", equalTo(400))
                .body("type", equalTo("urn:fuyi:problem:MALFORMED_JSON"))
                .body("instance", equalTo("/api/v1/reconsiderations"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedCodes() {
        json().body(app("channel", "CARRIER_PIGEON")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].code", equalTo("UNKNOWN_CODE"))
                .body("errors[0].message", containsString("IN_PERSON"));
    }

    @Test
    void impossibleDateIsA400OnThatField() {
        json().body(app("receivedDate", "2026-02-30")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedDate"))
                .body("errors[0].code", equalTo("INVALID_DATE"));
        json().body(app("receivedDate", "next tuesday")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedDate"));
    }

    @Test
    void missingAndInvalidFieldsAreListedTogether() {
        Map<String, Object> m = app("applicants", List.of(), "request", " ");
        m.remove("respondentId");
        json().body(m).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("applicants"))
                .body("errors.field", hasItem("request"))
                .body("errors.field", hasItem("respondentId"));
    }

    @Test
    void identityNumbersAreChecked() {
        json().body(app("applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "张三", "idType", "RESIDENT_ID_CARD",
                "idNumber", "110105194912310021")))).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("applicants[0].idNumber"))
                .body("errors[0].code", equalTo("INVALID_ID_NUMBER"));
        json().body(app("applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "张三", "phone", "call me"))))
                .post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("applicants[0].phone"));
    }

    @Test
    void referencesToUnknownOrForeignRecordsAreRejected() {
        long other = createOrgan("另一市人民政府", "另政复〔{year}〕{seq}号", null);
        long foreign = createRespondent(other, "另一市公安局", "GOVERNMENT_DEPARTMENT");
        json().body(app("respondentId", foreign)).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("respondentId"))
                .body("errors[0].code", equalTo("RESPONDENT_OF_OTHER_ORGAN"));
        json().body(app("actCategory", "NO_SUCH_CATEGORY")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("actCategory"));
        json().body(app("organId", 987654321)).post("/api/v1/reconsiderations").then().statusCode(404)
                .body("code", equalTo("ORGAN_NOT_FOUND"));
    }

    @Test
    void datesThatCannotBeTrueAreRejected() {
        json().body(app("receivedDate", "2099-01-01")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedDate"))
                .body("errors[0].code", equalTo("DATE_IN_FUTURE"));
        json().body(app("actDate", "2026-03-05")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("actDate"));
    }

    @Test
    void unknownFieldsAreNamed() {
        json().body(app("recievedDate", "2026-03-02")).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("recievedDate"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void wrongIdsAre404() {
        given().get("/api/v1/reconsiderations/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        given().get("/api/v1/reconsiderations/abc").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get("/api/v1/reconsiderations/987654321/deadlines").then().statusCode(404);
        long id = receive(app());
        step(id, "fly-to-the-moon", obj("date", "2026-03-03")).then().statusCode(404)
                .body("code", equalTo("CASE_TRANSITION_UNKNOWN"))
                .body("detail", containsString("request-correction"));
        step(id, "answer-opinion-letter", obj("letterId", 1, "date", "2026-03-03")).then().statusCode(409);
    }

    @Test
    void badQueryParametersAre400() {
        given().queryParam("sort", "password").get("/api/v1/reconsiderations").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"))
                .body("sortable", hasItem("receivedDate"));
        given().queryParam("size", 10000).get("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/api/v1/reconsiderations").then().statusCode(400);
        given().queryParam("state", "DREAMING").get("/api/v1/reconsiderations").then().statusCode(400)
                .body("status", equalTo(400));
        given().queryParam("receivedFrom", "2026-13-01").get("/api/v1/reconsiderations").then().statusCode(400);
        given().queryParam("asOf", "2026-02-30").get("/api/v1/reconsiderations/1/deadlines").then().statusCode(400);
    }

    @Test
    void messagesAreEnglishOnRequest() {
        json().header("Accept-Language", "en-GB,en;q=0.9").body("{").post("/api/v1/reconsiderations").then()
                .statusCode(400).body("title", equalTo("The request body is not valid JSON"));
        given().header("Accept-Language", "en").get("/api/v1/reconsiderations/987654321").then().statusCode(404)
                .body("detail", equalTo("No reconsideration case has the id 987654321."));
        json().header("Accept-Language", "en").body(app("applicants", List.of())).post("/api/v1/reconsiderations").then()
                .statusCode(400).body("title", equalTo("Invalid request"))
                .body("errors[0].message", not(containsString("不")));
    }

    @Test
    void wrongMediaTypeAndMethodAreProblems() {
        given().contentType("text/plain").body("hello").post("/api/v1/reconsiderations").then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().delete("/api/v1/reconsiderations").then().statusCode(405).body("code", notNullValue());
    }

    @Test
    void aRejectedStepLeavesNothingBehind() {
        long id = receive(app());
        String before = given().get("/api/v1/reconsiderations/" + id).then().extract().asString();
        step(id, "request-correction", obj("date", "2026-03-03", "noticeReceivedDate", "2026-03-01", "items", "x"))
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        String after = given().get("/api/v1/reconsiderations/" + id).then().extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
    }
}
