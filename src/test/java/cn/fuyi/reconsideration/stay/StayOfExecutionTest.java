package cn.fuyi.reconsideration.stay;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Stays of execution through the API (ARL 42): the act is carried out unless a ground of ARL 42 applies, and each
 * ground belongs to whoever may invoke it; a party's request may be refused.
 */
@QuarkusTest
class StayOfExecutionTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("停止执行测试市人民政府", "停政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "停止执行测试市生态环境局", "GOVERNMENT_DEPARTMENT");
    }

    private long accepted() {
        long id = receive(application(organ, respondent, "2026-05-11"));
        ok(id, "accept", "date", "2026-05-12");
        return id;
    }

    @ParameterizedTest(name = "{0} asks, granted {1} on {2} → {4} {5}")
    @CsvSource({
            // requester, granted, ground, legal basis, status, code or field
            "APPLICANT,   true,  REQUEST_REASONABLE,         ,                 200, ",
            "THIRD_PARTY, true,  REQUEST_REASONABLE,         ,                 200, ",
            "RESPONDENT,  true,  RESPONDENT_DEEMS_NECESSARY, ,                 200, ",
            "EX_OFFICIO,  true,  ORGAN_DEEMS_NECESSARY,      ,                 200, ",
            "EX_OFFICIO,  true,  PROVIDED_BY_LAW,            行政强制法第三十九条, 200, ",
            "APPLICANT,   false, ,                           ,                 200, ",
            "APPLICANT,   true,  ORGAN_DEEMS_NECESSARY,      ,                 422, STAY_GROUND_NOT_AVAILABLE",
            "RESPONDENT,  true,  REQUEST_REASONABLE,         ,                 422, STAY_GROUND_NOT_AVAILABLE",
            "EX_OFFICIO,  false, ,                           ,                 422, STAY_REFUSAL_ONLY_ON_REQUEST",
            "APPLICANT,   true,  ,                           ,                 400, ground",
            "APPLICANT,   false, REQUEST_REASONABLE,         ,                 400, ground",
            "EX_OFFICIO,  true,  PROVIDED_BY_LAW,            ,                 400, legalBasis",
            "APPLICANT,   true,  REQUEST_REASONABLE,         行政强制法第三十九条, 400, legalBasis" })
    void executionStopsOnlyOnAGroundOfArticle42ThatTheRequesterMayInvoke(String requester, boolean granted, String ground,
            String legalBasis, int status, String problem) {
        long id = accepted();
        ValidatableResponse r = step(id, "decide-stay-of-execution", obj("date", "2026-05-20", "requestedBy", requester, "granted", granted,
                "ground", ground, "legalBasis", legalBasis, "reason", "经审查作出决定")).then().statusCode(status);
        if (status == 200) {
            r.body("staysOfExecution[0].requestedBy", equalTo(requester))
                    .body("staysOfExecution[0].granted", equalTo(granted))
                    .body("staysOfExecution[0].article", equalTo(ground == null ? "ARL 42" : "ARL 42" + switch (ground) {
                        case "RESPONDENT_DEEMS_NECESSARY" -> "(一)";
                        case "ORGAN_DEEMS_NECESSARY" -> "(二)";
                        case "REQUEST_REASONABLE" -> "(三)";
                        default -> "(四)";
                    }));
        } else if (status == 422) {
            r.contentType("application/problem+json").body("code", equalTo(problem));
        } else {
            r.body("errors[0].field", equalTo(problem));
        }
    }

    @Test
    void aGrantedStayRecordsTheRequestAndIsNotGrantedTwice_ARL42() {
        long id = accepted();
        Map<String, Object> request = obj("date", "2026-05-20", "requestedBy", "APPLICANT", "requestDate", "2026-05-15",
                "granted", true, "ground", "REQUEST_REASONABLE", "reason", "拆除后无法恢复，申请人要求合理");
        step(id, "decide-stay-of-execution", request).then().statusCode(200)
                .body("staysOfExecution[0].requestDate", equalTo("2026-05-15"))
                .body("staysOfExecution[0].decidedDate", equalTo("2026-05-20"))
                .body("staysOfExecution[0].groundLabel", equalTo("申请人、第三人申请停止执行，行政复议机关认为其要求合理"));
        step(id, "decide-stay-of-execution", obj("date", "2026-05-21", "requestedBy", "EX_OFFICIO", "granted", true,
                "ground", "ORGAN_DEEMS_NECESSARY", "reason", "再次")).then().statusCode(422).body("code", equalTo("STAY_ALREADY_GRANTED"));
        step(id, "decide-stay-of-execution", obj("date", "2026-05-21", "requestedBy", "EX_OFFICIO", "requestDate", "2026-05-20",
                "granted", false, "reason", "x")).then().statusCode(400).body("errors[0].field", equalTo("requestDate"));
        step(id, "decide-stay-of-execution", obj("date", "2026-05-21", "requestedBy", "APPLICANT", "requestDate", "2026-05-22",
                "granted", false, "reason", "x")).then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("find { it.transition == 'DECIDE_STAY_OF_EXECUTION' }.details.article", equalTo("ARL 42(三)"));

        long received = receive(application(organ, respondent, "2026-05-11"));
        step(received, "decide-stay-of-execution", request).then().statusCode(409).body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"));
        given().get("/api/v1/reconsiderations/" + received).then().body("staysOfExecution", hasSize(0));
    }
}
