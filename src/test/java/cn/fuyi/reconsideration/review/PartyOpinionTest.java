package cn.fuyi.reconsideration.review;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.etag;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Hearing the parties' opinions through the API (ARL 49): per party, heard with date, method and summary, or not
 * heard and why; a decision on the merits in the ordinary procedure of the 2023 law waits for at least one record.
 */
@QuarkusTest
class PartyOpinionTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("意见测试市人民政府", "意政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "意见测试市公安局", "GOVERNMENT_DEPARTMENT");
    }

    private JsonPath inReview(String received, String procedure, Object... extra) {
        long id = receive(application(organ, respondent, received, extra));
        ok(id, "accept", "date", received);
        return ok(id, "choose-procedure", "date", received, "procedure", procedure, "simplifiedGround",
                "SIMPLIFIED".equals(procedure) ? "ALL_PARTIES_AGREE" : null).extract().jsonPath();
    }

    @Test
    void anOrdinaryCaseIsNotDecidedUntilThePartiesAreHeardOrWhyNotIsRecorded_ARL49() {
        JsonPath c = inReview("2026-03-02", "ORDINARY",
                "agents", List.of(obj("kind", "NATURAL_PERSON", "name", "李律师", "agentKind", "LAWYER")),
                "thirdParties", List.of(obj("kind", "LEGAL_PERSON", "name", "某某贸易有限公司", "legalRepresentative", "赵六")));
        long id = c.getLong("id");
        long applicant = c.getLong("applicants[0].id");
        long agent = c.getLong("agents[0].id");
        long thirdParty = c.getLong("thirdParties[0].id");

        step(id, "conclude", obj("date", "2026-04-01", "decisionType", "UPHOLD")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTY_OPINIONS_NOT_HEARD"))
                .body("detail", containsString("第四十九条"));
        given().header("Accept-Language", "en").contentType("application/json").header("If-Match", cn.fuyi.support.Api.etag(id))
                .body(obj("date", "2026-04-01", "decisionType", "UPHOLD"))
                .post("/api/v1/reconsiderations/" + id + "/transitions/conclude").then().statusCode(422)
                .body("detail", containsString("ARL 49"));

        step(id, "hear-party-opinion", obj("date", "2026-03-10", "partyId", applicant, "respondent", true, "method", "PHONE",
                "summary", "x")).then().statusCode(400).body("errors[0].field", equalTo("partyId"))
                .body("errors[0].code", equalTo("ONE_OF_PARTY_OR_RESPONDENT"));
        step(id, "hear-party-opinion", obj("date", "2026-03-10", "method", "PHONE", "summary", "x")).then().statusCode(400)
                .body("errors[0].code", equalTo("ONE_OF_PARTY_OR_RESPONDENT"));
        step(id, "hear-party-opinion", obj("date", "2026-03-10", "partyId", agent, "method", "PHONE", "summary", "x"))
                .then().statusCode(400).body("errors[0].code", equalTo("NOT_A_PARTY_OF_CASE"));
        step(id, "hear-party-opinion", obj("date", "2026-03-10", "partyId", applicant, "method", "TELEPATHY", "summary", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("method"));
        step(id, "hear-party-opinion", obj("date", "2026-03-01", "partyId", applicant, "method", "PHONE", "summary", "x"))
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE"));

        ok(id, "hear-party-opinion", "date", "2026-03-10", "partyId", applicant, "method", "ONLINE", "heardPerson", "委托代理人李律师",
                "summary", "申请人认为处罚程序违法，未告知陈述申辩权利")
                .body("partyOpinions[0].partyName", equalTo("王建国"))
                .body("partyOpinions[0].partyRole", equalTo("APPLICANT"))
                .body("partyOpinions[0].methodLabel", equalTo("通过互联网听取"))
                .body("partyOpinions[0].heard", equalTo(true));
        ok(id, "record-opinion-not-heard", "date", "2026-03-11", "partyId", thirdParty, "reason", "第三人明确表示不发表意见")
                .body("partyOpinions[1].partyRole", equalTo("THIRD_PARTY"))
                .body("partyOpinions[1].heard", equalTo(false))
                .body("partyOpinions[1].notHeardReason", equalTo("第三人明确表示不发表意见"));
        ok(id, "hear-party-opinion", "date", "2026-03-12", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见")
                .body("partyOpinions[2].partyName", equalTo("意见测试市公安局"))
                .body("partyOpinions[2].partyRoleLabel", equalTo("被申请人"));
        ok(id, "conclude", "date", "2026-04-01", "decisionType", "UPHOLD").body("state", equalTo("CONCLUDED"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", hasItem("HEAR_PARTY_OPINION"))
                .body("find { it.transition == 'RECORD_OPINION_NOT_HEARD' }.reason", equalTo("第三人明确表示不发表意见"));
    }

    @Test
    void correctingTheCasesPartiesKeepsTheOpinionAsItWasHeard() {
        JsonPath c = inReview("2026-03-16", "ORDINARY");
        long id = c.getLong("id");
        ok(id, "hear-party-opinion", "date", "2026-03-17", "partyId", c.getLong("applicants[0].id"), "method", "IN_PERSON",
                "summary", "申请人请求撤销处罚");
        json().header("If-Match", etag(id)).body(application(organ, respondent, "2026-03-16", "applicants",
                List.of(obj("kind", "NATURAL_PERSON", "name", "王建军")))).put("/api/v1/reconsiderations/" + id).then().statusCode(200)
                .body("applicants[0].name", equalTo("王建军"))
                .body("partyOpinions[0].partyName", equalTo("王建国"))
                .body("partyOpinions[0].summary", equalTo("申请人请求撤销处罚"));
    }

    @ParameterizedTest(name = "{0}, {1} {2}, received {3}: decided without recorded opinions")
    @CsvSource({
            "SIMPLIFIED, conclude,            UPHOLD,      2026-05-04",  // ARL 54 ¶2: may be reviewed on the papers
            "ORDINARY,   conclude,            TERMINATION, 2026-05-04",  // not a decision on the act
            "ORDINARY,   dismiss-application, ,            2026-05-04",  // ARL 33: the application, not the act
            "ORDINARY,   conclude,            UPHOLD,      2023-12-04" }) // ARL 2017 art. 22: on the papers in principle
    void decisionsThatDoNotWaitForTheParties(String procedure, String step, String type, String received) {
        long id = inReview(received, procedure, "actDate", "2023-11-01").getLong("id");
        ok(id, step, "date", received, "decisionType", type, "terminationGround", "TERMINATION".equals(type) ? "WITHDRAWN" : null,
                "reason", type == null ? "申请人与被申请行政复议的行政行为没有利害关系" : null).body("state", equalTo("CONCLUDED"));
    }
}
