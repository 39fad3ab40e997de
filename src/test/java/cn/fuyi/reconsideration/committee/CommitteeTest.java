package cn.fuyi.reconsideration.committee;

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
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The reconsideration committee through the API (ARL 52, 61 ¶3): the referral on a ground of ARL 52 ¶2, the opinion
 * the office must record before a decision on the merits, and whether the decision followed it.
 */
@QuarkusTest
class CommitteeTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("委员会测试市人民政府", "委政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "委员会测试市自然资源局", "GOVERNMENT_DEPARTMENT");
    }

    private long ordinaryCaseHeard(String received) {
        long id = receive(application(organ, respondent, received));
        ok(id, "accept", "date", received);
        ok(id, "choose-procedure", "date", received, "procedure", "ORDINARY");
        ok(id, "hear-party-opinion", "date", received, "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        return id;
    }

    @ParameterizedTest(name = "ARL 52 ¶2 {1}: {0}, mandatory {2}")
    @CsvSource({
            "MAJOR_DIFFICULT_COMPLEX, ARL 52 ¶2(一), true",
            "SPECIALISED_TECHNICAL,   ARL 52 ¶2(二), true",
            "PROVINCIAL_OWN_ACT,      ARL 52 ¶2(三), true",
            "OFFICE_DEEMS_NECESSARY,  ARL 52 ¶2(四), false" })
    void aReferralRecordsItsGroundAndWhetherTheCasesFeaturesMadeItADuty_ARL52(String ground, String article, boolean mandatory) {
        long id = ordinaryCaseHeard("2026-04-07");
        ok(id, "refer-to-committee", "date", "2026-04-20", "ground", ground, "questions", "征收补偿标准的适用")
                .body("committeeReferrals[0].ground", equalTo(ground))
                .body("committeeReferrals[0].article", equalTo(article))
                .body("committeeReferrals[0].mandatory", equalTo(mandatory))
                .body("state", equalTo("IN_REVIEW"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("find { it.transition == 'REFER_TO_COMMITTEE' }.details.mandatory", equalTo(mandatory));
    }

    @Test
    void noDecisionOnTheMeritsUntilTheOpinionIsRecordedThenTheDecisionSaysWhetherItFollowedIt_ARL52and61() {
        long id = ordinaryCaseHeard("2026-05-06");
        long referral = ok(id, "refer-to-committee", "date", "2026-05-20", "ground", "SPECIALISED_TECHNICAL",
                "questions", "土壤污染鉴定结论能否作为处罚依据").extract().jsonPath().getLong("committeeReferrals[0].id");
        step(id, "refer-to-committee", obj("date", "2026-05-21", "ground", "MAJOR_DIFFICULT_COMPLEX", "questions", "再次提请"))
                .then().statusCode(422).body("code", equalTo("COMMITTEE_REFERRAL_OPEN"));

        step(id, "conclude", obj("date", "2026-06-01", "decisionType", "UPHOLD")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("COMMITTEE_OPINION_MISSING"))
                .body("referralId", equalTo((int) referral))
                .body("detail", containsString("第六十一条第三款"))
                .body("detail", containsString("专业性、技术性较强"));

        step(id, "record-committee-opinion", obj("referralId", referral, "date", "2026-06-05", "meetingDate", "2026-05-19",
                "members", List.of("张教授"), "opinion", "x")).then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        step(id, "record-committee-opinion", obj("referralId", referral, "date", "2026-06-05", "meetingDate", "2026-06-03",
                "members", List.of(), "opinion", "x")).then().statusCode(400).body("errors[0].field", equalTo("members"));
        ok(id, "record-committee-opinion", "referralId", referral, "date", "2026-06-05", "meetingDate", "2026-06-03",
                "members", List.of("张教授", "李研究员", "市生态环境局王处长"), "opinion", "鉴定程序合法，结论可以采信；建议维持")
                .body("committeeReferrals[0].members", contains("张教授", "李研究员", "市生态环境局王处长"))
                .body("committeeReferrals[0].opinionDate", equalTo("2026-06-05"));
        step(id, "record-committee-opinion", obj("referralId", referral, "date", "2026-06-06", "meetingDate", "2026-06-03",
                "members", List.of("张教授"), "opinion", "再议")).then().statusCode(422)
                .body("code", equalTo("COMMITTEE_OPINION_ALREADY_RECORDED"));
        step(id, "record-committee-opinion-adoption", obj("referralId", referral, "date", "2026-06-06", "followed", true))
                .then().statusCode(409).body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"));

        ok(id, "conclude", "date", "2026-06-20", "decisionType", "REVOKE", "summary", "撤销原处罚决定")
                .body("decisionBasis.find { it.kind == 'COMMITTEE_OPINION' }.article", equalTo("ARL 61 ¶3"))
                .body("decisionBasis.find { it.kind == 'COMMITTEE_OPINION' }.summary", containsString("建议维持"));
        step(id, "record-committee-opinion-adoption", obj("referralId", referral, "date", "2026-06-20", "followed", false))
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        step(id, "record-committee-opinion-adoption", obj("referralId", referral, "date", "2026-06-19", "followed", false,
                "note", "x")).then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        ok(id, "record-committee-opinion-adoption", "referralId", referral, "date", "2026-06-20", "followed", false,
                "note", "鉴定样本采集程序违法，未采纳维持的建议")
                .body("committeeReferrals[0].followed", equalTo(false))
                .body("committeeReferrals[0].adoptionNote", containsString("未采纳"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", hasItems("REFER_TO_COMMITTEE", "RECORD_COMMITTEE_OPINION", "CONCLUDE",
                        "RECORD_COMMITTEE_OPINION_ADOPTION"));
    }

    @ParameterizedTest(name = "{0} {1} does not wait for the committee")
    @CsvSource({ "conclude, TERMINATION", "dismiss-application, " })
    void endingsThatAreNotDecisionsOnTheActDoNotWaitForTheOpinion(String step, String type) {
        long id = ordinaryCaseHeard("2026-07-01");
        ok(id, "refer-to-committee", "date", "2026-07-02", "ground", "OFFICE_DEEMS_NECESSARY", "questions", "是否需要听证");
        ok(id, step, "date", "2026-07-10", "decisionType", type, "terminationGround", type == null ? null : "WITHDRAWN",
                "reason", type == null ? "申请人与被申请行政复议的行政行为没有利害关系" : null).body("state", equalTo("CONCLUDED"));
    }
}
