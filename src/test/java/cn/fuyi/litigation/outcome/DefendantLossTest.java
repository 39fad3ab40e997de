package cn.fuyi.litigation.outcome;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.LawsuitWalk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A loss belongs to a defendant (法释〔2018〕1号 art. 136): the court judges the reconsideration decision together with
 * the original act and may decide differently on each. Walked through the REST API, down to the loss rates of the
 * whole scope (a suit lost by any defendant) and of each agency (its own outcome).
 */
@QuarkusTest
class DefendantLossTest {

    long organ;
    long agency;
    String court;
    int number;

    @BeforeEach
    void organWithAgency() {
        organ = createOrgan("分被告裁判测试市人民政府", "分裁复〔{year}〕{seq}号", null);
        agency = createRespondent(organ, "分被告裁判测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        court = "分被告裁判测试市人民法院" + System.nanoTime();
    }

    LawsuitWalk coDefendants(String filed) {
        return LawsuitWalk.register(organ, court, "(2025)苏0585行初" + (++number) + "号", "FIRST", null, filed, "PUBLIC_LAWYER",
                List.of(obj("respondentId", agency), obj("organId", organ)));
    }

    LawsuitWalk agencyAlone(String filed) {
        return LawsuitWalk.register(organ, court, "(2025)苏0585行初" + (++number) + "号", "FIRST", null, filed, "PUBLIC_LAWYER",
                List.of(obj("respondentId", agency)));
    }

    static Map<String, Object> judged(long defendant, String outcome) {
        return obj("defendantId", defendant, "outcome", outcome);
    }

    static JsonPath statistics(String path, Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation" + path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void art136Para5TheOrganLosesAndTheAgencyDoesNotWhenOnlyTheDecisionIsRevoked() {
        // the decision revoked, the claim against the original act rejected
        LawsuitWalk split = coDefendants("2025-03-03");
        Response r = split.step("record-outcome", obj("date", "2025-06-10", "outcome", "REVOKE", "defendantOutcomes", List.of(
                judged(split.defendant(0), "REJECT_CLAIMS"), judged(split.defendant(1), "REVOKE"))));
        r.then().body("loss", equalTo(true))
                .body("defendants.outcome", contains("REJECT_CLAIMS", "REVOKE"))
                .body("defendants.lost", contains(false, true))
                .body("defendants[1].outcomeLabel", equalTo("判决撤销"));
        // both revoked: both lost; the agency alone, claims rejected: not lost
        LawsuitWalk both = coDefendants("2025-03-04").outcome("2025-06-11", "REVOKE");
        LawsuitWalk rejected = agencyAlone("2025-03-05").outcome("2025-06-12", "REJECT_CLAIMS");

        // the whole scope: a suit is lost when any of its defendants lost
        JsonPath all = statistics("", "organId", organ, "year", 2025);
        assertEquals(2, all.getInt("counts.suitsLost"));
        assertEquals(3, all.getInt("counts.firstInstanceConcluded"));
        assertEquals("2/3", all.getString("rates.find { it.id == 'litigation.loss' }.fraction"));
        // each agency: its own outcome
        JsonPath agencies = statistics("/agencies", "organId", organ, "year", 2025);
        assertEquals(1, agencies.getInt("rows.find { it.key == 'respondent:" + agency + "' }.suitsLost"));
        assertEquals("1/3", agencies.getString("rows.find { it.key == 'respondent:" + agency + "' }.lossRate.fraction"));
        assertEquals("2/2", agencies.getString("rows.find { it.key == 'organ:" + organ + "' }.lossRate.fraction"));
        JsonPath byDefendant = statistics("/breakdown", "organId", organ, "year", 2025, "by", "respondent");
        assertEquals(1, byDefendant.getInt("rows.find { it.key == 'respondent:" + agency + "' }.counts.suitsLost"));
        assertEquals(2, byDefendant.getInt("total.counts.suitsLost"));
        // the agency's lost suits are those it lost itself
        given().queryParam("respondentId", agency).queryParam("lost", true).get("/api/v1/lawsuits").then().statusCode(200)
                .body("items.id", contains((int) both.id));
        given().queryParam("respondentId", agency).queryParam("lost", false).get("/api/v1/lawsuits").then().statusCode(200)
                .body("items.id", contains((int) rejected.id, (int) split.id));
        given().queryParam("organId", organ).queryParam("lost", true).get("/api/v1/lawsuits").then().statusCode(200)
                .body("items.id", contains((int) both.id, (int) split.id));
    }

    @Test
    void art136Para4OrderingTheOriginalAgencyToActRevokesTheDecisionToo() {
        LawsuitWalk s = coDefendants("2025-04-01");
        Response refused = s.attempt("record-outcome", obj("date", "2025-07-01", "outcome", "ORDER_PERFORMANCE", "defendantOutcomes",
                List.of(judged(s.defendant(0), "ORDER_PERFORMANCE"), judged(s.defendant(1), "CONFIRM_ILLEGAL"))));
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("DECISION_MUST_BE_REVOKED"))
                .body("detail", containsString("第一百三十六条第四款"));
        s.step("record-outcome", obj("date", "2025-07-01", "outcome", "ORDER_PERFORMANCE", "defendantOutcomes",
                List.of(judged(s.defendant(0), "ORDER_PERFORMANCE"), judged(s.defendant(1), "REVOKE"))))
                .then().body("defendants.lost", contains(true, true));
    }

    @Test
    void art136Para1EveryDefendantIsJudgedAndTheSuitIsLostWhenOneOfThemIs() {
        LawsuitWalk s = coDefendants("2025-05-06");
        s.attempt("record-outcome", obj("date", "2025-08-01", "outcome", "REVOKE", "defendantOutcomes",
                List.of(judged(s.defendant(1), "REVOKE")))).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("DEFENDANT_OUTCOME_MISSING"));
        s.attempt("record-outcome", obj("date", "2025-08-01", "outcome", "REJECT_CLAIMS", "defendantOutcomes",
                List.of(judged(s.defendant(0), "REJECT_CLAIMS"), judged(s.defendant(1), "REVOKE")))).then().statusCode(422)
                .body("code", equalTo("SUIT_OUTCOME_MUST_BE_LOSS"));
        given().header("Accept-Language", "en").contentType("application/json").header("If-Match", etag(s.id))
                .body(obj("date", "2025-08-01", "outcome", "DISMISS_SUIT", "defendantOutcomes", List.of(
                        judged(s.defendant(0), "DISMISS_SUIT"), judged(s.defendant(1), "DISMISS_SUIT"))))
                .post("/api/v1/lawsuits/" + s.id + "/transitions/record-outcome").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("DEFENDANT_OUTCOMES_NEED_JUDGMENT"))
                .body("title", equalTo("Only judgments are recorded per defendant"));
        s.attempt("record-outcome", obj("date", "2025-08-01", "outcome", "REVOKE", "defendantOutcomes",
                List.of(judged(s.defendant(0), "REVOKE"), judged(987654321L, "REVOKE")))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("defendantOutcomes[1].defendantId"))
                .body("errors[0].code", equalTo("NOT_A_DEFENDANT"));
        given().get("/api/v1/lawsuits/" + s.id).then().body("state", equalTo("ACTIVE")).body("defendants.lost", contains(null, null));
    }

    @Test
    void aLossTheOrganAloneSufferedNamesNoAgencyToRectifyUnlessTheClerkDoes() {
        LawsuitWalk s = coDefendants("2025-06-02");
        Map<String, Object> organLost = obj("date", "2025-09-01", "outcome", "CONFIRM_ILLEGAL",
                "rectification", obj("problem", "复议审查未发现程序违法", "dueDate", "2025-12-31"),
                "defendantOutcomes", List.of(judged(s.defendant(0), "REJECT_CLAIMS"), judged(s.defendant(1), "CONFIRM_ILLEGAL")));
        s.attempt("record-outcome", organLost).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("respondentId")).body("errors[0].code", equalTo("REQUIRED_AGENCY"));
        organLost.put("rectification", obj("problem", "复议审查未发现程序违法", "dueDate", "2025-12-31", "respondentId", agency));
        s.step("record-outcome", organLost);
        given().queryParam("sourceType", "LAWSUIT").queryParam("organId", organ).get("/api/v1/rectifications").then()
                .body("items.sourceId", contains((int) s.id)).body("items[0].respondentId", equalTo((int) agency));
    }

    @Test
    void theDefendantsOfADecidedSuitNoLongerChange() {
        LawsuitWalk s = agencyAlone("2025-07-01");
        s.outcome("2025-09-02", "REVOKE");
        Map<String, Object> body = given().get("/api/v1/lawsuits/" + s.id).then().extract().jsonPath().getMap("$");
        Map<String, Object> input = obj("organId", organ, "court", body.get("court"), "courtCaseNumber", body.get("courtCaseNumber"),
                "instance", "FIRST", "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "钱多多")),
                "defendants", List.of(obj("respondentId", agency), obj("organId", organ)),
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "NATURAL_RESOURCES", "actDescription", "行政处罚决定",
                "claims", "请求撤销被诉行政行为", "filedDate", "2025-07-01", "counselType", "PUBLIC_LAWYER");
        json().header("If-Match", etag(s.id)).body(input).put("/api/v1/lawsuits/" + s.id).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("DEFENDANTS_LOCKED"));
    }

    static String etag(long id) {
        return given().get("/api/v1/lawsuits/" + id).then().statusCode(200).extract().header("ETag");
    }
}
