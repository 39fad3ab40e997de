package cn.fuyi.litigation.defendant;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.LawsuitWalk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The defendants Fuyi proposes for a suit after a reconsideration, walked through the REST API: what the organ's
 * decision did to the act decides who is sued (ALL 26; 法释〔2018〕1号 arts. 22, 133, 134).
 */
@QuarkusTest
class DefendantProposalTest {

    long organ;
    long agency;

    @BeforeEach
    void organWithAgency() {
        organ = createOrgan("被告确定测试市人民政府", "被告复〔{year}〕{seq}号", null);
        agency = createRespondent(organ, "被告确定测试市生态环境局", "GOVERNMENT_DEPARTMENT");
    }

    /** An accepted case; {@code application} adds to the application, e.g. a compensation claim. */
    long accepted(Object... application) {
        long c = receive(application(organ, agency, "2026-01-05", application));
        ok(c, "accept", "date", "2026-01-06");
        ok(c, "choose-procedure", "date", "2026-01-06", "procedure", "ORDINARY");
        ok(c, "hear-party-opinion", "date", "2026-02-02", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        return c;
    }

    /** A case decided with {@code decision}; {@code details} adds to the decision, e.g. illegalForProcedureOnly. */
    long decided(long accepted, String decision, Object... details) {
        Map<String, Object> body = obj("date", "2026-02-10", "decisionType", decision);
        body.putAll(obj(details));
        step(accepted, "conclude", body).then().statusCode(200);
        return accepted;
    }

    long decided(String decision) {
        return decided(accepted(), decision);
    }

    static ValidatableResponse proposal(long caseId) {
        return given().queryParam("reconsiderationCaseId", caseId).get("/api/v1/lawsuits/defendant-proposal").then().statusCode(200);
    }

    @Test
    void art133RejectingTheCompensationClaimUpholdsTheActSoAgencyAndOrganAreSuedTogether() {
        proposal(decided(accepted("compensationRequested", true), "REJECT_COMPENSATION"))
                .body("$", hasSize(2))
                .body("[0].respondentId", equalTo((int) agency)).body("[1].organId", equalTo((int) organ))
                .body("basis", everyItem(equalTo("UPHELD_CO_DEFENDANTS")))
                .body("[0].basisLabel", containsString("第一百三十三条"));
    }

    @Test
    void art22Para2ConfirmingTheActInvalidChangesItSoTheOrganAloneIsSued() {
        proposal(decided("CONFIRM_INVALID"))
                .body("$", hasSize(1)).body("[0].organId", equalTo((int) organ)).body("[0].respondentId", nullValue())
                .body("[0].basis", equalTo("CHANGED_ORGAN_ALONE"))
                .body("[0].basisLabel", containsString("第二十二条"));
    }

    @Test
    void art22Para3ConfirmingTheActIllegalOnTheMeritsChangesIt() {
        proposal(decided("CONFIRM_ILLEGAL")).body("organId", contains((int) organ)).body("basis", contains("CHANGED_ORGAN_ALONE"));
    }

    @Test
    void art22Para3ConfirmingTheActIllegalForBreachOfProcedureOnlyIsNoChangeSoAgencyAndOrganAreSuedTogether() {
        proposal(decided(accepted(), "CONFIRM_ILLEGAL", "illegalForProcedureOnly", true))
                .body("$", hasSize(2))
                .body("basis", everyItem(equalTo("PROCEDURE_ONLY_ILLEGAL_CO_DEFENDANTS")))
                .body("[0].basisLabel", containsString("第二十二条第三款"));
    }

    @Test
    void art134Para2ADecisionThatPartlyUpholdsTheActMakesAgencyAndOrganCoDefendants() {
        proposal(decided(accepted(), "PARTIAL_REVOKE", "partlyUpholds", true))
                .body("respondentId", contains((int) agency, null)).body("organId", contains(null, (int) organ))
                .body("basis", everyItem(equalTo("PARTLY_UPHELD_CO_DEFENDANTS")))
                .body("[1].basisLabel", containsString("第一百三十四条第二款"));
    }

    @Test
    void art133RejectingTheRequestInANonPerformanceCaseUpholdsTheAct() {
        proposal(decided(accepted("actCategory", "FAILURE_TO_PERFORM"), "REJECT_REQUEST"))
                .body("$", hasSize(2)).body("basis", everyItem(equalTo("UPHELD_CO_DEFENDANTS")));
    }

    @Test
    void art133ADismissalOfTheApplicationAsInadmissibleIsNoUpholdingSoTheOriginalAgencyIsSued() {
        long c = accepted();
        ok(c, "dismiss-application", "date", "2026-02-10", "reason", "不符合受理条件");
        proposal(c).body("$", hasSize(1)).body("[0].respondentId", equalTo((int) agency))
                .body("[0].basis", equalTo("NOT_DECIDED_ON_THE_ACT"))
                .body("[0].basisLabel", containsString("第一百三十三条"));
    }

    @Test
    void aSuitNamingTheProposedDefendantsShowsItMatchesAndWhy() {
        long c = decided("UPHOLD");
        LawsuitWalk s = LawsuitWalk.register(organ, "被告确定测试市人民法院" + System.nanoTime(), "(2026)苏0585行初301号", "FIRST", null,
                "2026-03-02", "PUBLIC_LAWYER", List.of(obj("respondentId", agency), obj("organId", organ)), "reconsiderationCaseId", c);
        given().get("/api/v1/lawsuits/" + s.id).then().statusCode(200)
                .body("defendantsMatchProposal", equalTo(true))
                .body("proposedDefendants.basis", everyItem(equalTo("UPHELD_CO_DEFENDANTS")))
                .body("proposedDefendants[0].basisLabel", containsString("行政诉讼法第二十六条第二款"));
        given().queryParam("reconsiderationCaseId", 987654321).get("/api/v1/lawsuits/defendant-proposal").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
    }
}
