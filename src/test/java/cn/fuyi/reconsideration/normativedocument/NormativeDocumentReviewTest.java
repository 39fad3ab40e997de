package cn.fuyi.reconsideration.normativedocument;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.deadline;
import static cn.fuyi.support.Api.deadlines;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The incidental review of a normative document through the API (ARL 13, 39 ¶1(九), 56-60): the review suspends the
 * case, the drafting organ is notified and answers, or the document is forwarded and the receiver answers; the case
 * resumes once every review has its result, which the decision then states.
 */
@QuarkusTest
class NormativeDocumentReviewTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("审查测试市人民政府", "审政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "审查测试市城市管理局", "GOVERNMENT_DEPARTMENT");
    }

    private long ordinaryCase(String received, String accepted) {
        long id = receive(application(organ, respondent, received));
        ok(id, "accept", "date", accepted);
        ok(id, "choose-procedure", "date", accepted, "procedure", "ORDINARY");
        return id;
    }

    private static Object[] document(Object... extra) {
        Object[] base = { "documentTitle", "审查测试市城市管理若干规定", "documentNumber", "审政规〔2024〕3号",
                "documentKind", "LOCAL_GOVERNMENT", "issuer", "审查测试市人民政府", "clauses", "第十二条第二款" };
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void aCompetentOrganSuspendsNotifiesTheDraftingOrganAwaitsItsAnswerAndStopsTheUnlawfulClause_ARL56to59() {
        long id = ordinaryCase("2026-06-01", "2026-06-02");
        var raised = ok(id, "raise-normative-document-review", document("date", "2026-06-17", "raisedBy", "APPLICANT",
                "competent", true, "objection", "该条款增设了上位法没有规定的处罚")).extract().jsonPath();
        long review = raised.getLong("normativeDocumentReviews[0].id");
        assertEquals("SUSPENDED", raised.getString("state"));
        assertEquals("NORMATIVE_DOCUMENT_REVIEW", raised.getString("suspensions[0].ground"));
        assertEquals("2026-06-01", raised.getString("normativeDocumentReviews[0].raisedDate"), "the applicant's request comes with the application");
        assertEquals("ARL 13, 56", raised.getString("normativeDocumentReviews[0].raisedByArticle"));
        assertEquals(raised.getLong("suspensions[0].id"), raised.getLong("normativeDocumentReviews[0].suspensionId"));

        // three working days from Wednesday 06-17, over the Dragon Boat holiday (06-19..21)
        Map<String, Object> notice = deadline(id, "DRAFTING_ORGAN_NOTICE", "2026-06-18");
        assertEquals("2026-06-23", notice.get("due"));
        assertEquals("ARL 58", notice.get("article"));
        Map<String, Object> handling = deadline(id, "NORMATIVE_DOCUMENT_HANDLING", "2026-06-18");
        assertEquals("2026-07-17", handling.get("due"));
        String explanation = (String) handling.get("explanation");
        assertTrue(explanation.contains("2026-07-17") && explanation.contains("属于解释"), explanation);
        assertEquals("PAUSED", deadline(id, "DECISION", "2026-06-18").get("status"));

        step(id, "forward-normative-document", obj("reviewId", review, "date", "2026-06-18", "competentOrgan", "苏州市人民政府"))
                .then().statusCode(422).body("code", equalTo("NORMATIVE_DOCUMENT_COMPETENT"));
        step(id, "record-normative-document-result", obj("reviewId", review, "date", "2026-06-22", "result", "LAWFUL", "summary", "合法"))
                .then().statusCode(422).body("code", equalTo("DRAFTING_ORGAN_NOT_NOTIFIED"));
        ok(id, "notify-drafting-organ", "reviewId", review, "date", "2026-06-22", "receivedDate", "2026-06-23")
                .body("normativeDocumentReviews[0].noticeReceivedDate", equalTo("2026-06-23"));
        assertEquals("MET", deadline(id, "DRAFTING_ORGAN_NOTICE", "2026-06-24").get("status"));
        assertEquals("2026-07-07", deadline(id, "DRAFTING_ORGAN_ANSWER", "2026-06-24").get("due"));

        // the drafting organ has ten working days to answer; the organ does not decide before they are over
        step(id, "record-normative-document-result", obj("reviewId", review, "date", "2026-07-01", "result", "LAWFUL", "summary", "合法"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("DRAFTING_ORGAN_ANSWER_PENDING"))
                .body("answerDueDate", equalTo("2026-07-07"))
                .body("detail", containsString("第五十八条"));
        step(id, "resume", obj("date", "2026-07-01")).then().statusCode(422)
                .body("code", equalTo("NORMATIVE_DOCUMENT_REVIEW_OPEN"))
                .body("detail", containsString("第三十九条第二款"));
        ok(id, "receive-drafting-organ-answer", "reviewId", review, "date", "2026-07-03", "summary", "制定机关认为该条款有上位法依据");
        step(id, "record-normative-document-result", obj("reviewId", review, "date", "2026-07-10", "result", "UNLAWFUL",
                "summary", "超越权限")).then().statusCode(400).body("errors[0].field", equalTo("stoppedClauses"));
        ok(id, "record-normative-document-result", "reviewId", review, "date", "2026-07-10", "result", "UNLAWFUL",
                "stoppedClauses", "第十二条第二款", "summary", "该款增设罚款种类，违反行政处罚法，决定停止执行并责令制定机关纠正")
                .body("normativeDocumentReviews[0].result", equalTo("UNLAWFUL"))
                .body("normativeDocumentReviews[0].resultLabel", containsString("停止执行"));
        assertEquals("MET", deadline(id, "NORMATIVE_DOCUMENT_HANDLING", "2026-07-11").get("status"));
        assertEquals("MET", deadline(id, "DRAFTING_ORGAN_ANSWER", "2026-07-11").get("status"));
        step(id, "record-normative-document-result", obj("reviewId", review, "date", "2026-07-11", "result", "LAWFUL", "summary", "再议"))
                .then().statusCode(422).body("code", equalTo("NORMATIVE_DOCUMENT_REVIEW_CLOSED"));

        ok(id, "resume", "date", "2026-07-13").body("state", equalTo("IN_REVIEW"));
        // the 26 suspended days (06-17 to 07-13) do not count: 60 + 26 days from 06-02
        assertEquals(26, deadline(id, "DECISION", "2026-07-14").get("excludedDays"));
        assertEquals("2026-08-27", deadline(id, "DECISION", "2026-07-14").get("due"));
        ok(id, "hear-party-opinion", "date", "2026-07-20", "respondent", true, "method", "PHONE", "summary", "被申请人无新意见");
        ok(id, "conclude", "date", "2026-08-20", "decisionType", "REVOKE")
                .body("decisionBasis.kind", hasItem("NORMATIVE_DOCUMENT_REVIEW"))
                .body("decisionBasis.find { it.kind == 'NORMATIVE_DOCUMENT_REVIEW' }.article", equalTo("ARL 59"))
                .body("decisionBasis.find { it.kind == 'NORMATIVE_DOCUMENT_REVIEW' }.refId", equalTo((int) review));

        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", hasItems("RAISE_NORMATIVE_DOCUMENT_REVIEW", "NOTIFY_DRAFTING_ORGAN",
                        "RECEIVE_DRAFTING_ORGAN_ANSWER", "RECORD_NORMATIVE_DOCUMENT_RESULT", "RESUME"))
                .body("find { it.transition == 'RAISE_NORMATIVE_DOCUMENT_REVIEW' }.toState", equalTo("SUSPENDED"))
                .body("find { it.transition == 'RECORD_NORMATIVE_DOCUMENT_RESULT' }.details.stoppedClauses", equalTo("第十二条第二款"));
    }

    @Test
    void anOrganNotCompetentForwardsWithinSevenWorkingDaysAndTheReceiversAnswerIsTheResult_ARL57and60() {
        long id = ordinaryCase("2026-09-01", "2026-09-01");
        // a case already suspended on ground (九) takes the document into that suspension
        ok(id, "suspend", "date", "2026-09-22", "ground", "NORMATIVE_DOCUMENT_REVIEW", "reason", "被申请人依据的规章可能不合法");
        var raised = ok(id, "raise-normative-document-review", document("date", "2026-09-23", "raisedBy", "EX_OFFICIO",
                "documentKind", "RULE", "documentTitle", "某省城市管理办法", "issuer", "某省人民政府", "competent", false))
                .body("suspensions", hasSize(1))
                .body("normativeDocumentReviews[0].raisedDate", equalTo("2026-09-23"))
                .body("normativeDocumentReviews[0].startedDate", equalTo("2026-09-22"))
                .extract().jsonPath();
        long review = raised.getLong("normativeDocumentReviews[0].id");
        // from the suspension's first day, Tuesday 09-22: 23, 24, (中秋) 28, 29, 30, (国庆) 10-08, 10-09
        Map<String, Object> forwarding = deadline(id, "NORMATIVE_DOCUMENT_FORWARDING", "2026-09-24");
        assertEquals("2026-10-09", forwarding.get("due"));
        assertEquals("NORMATIVE_REVIEW_STARTED", forwarding.get("startEvent"));
        assertEquals("ARL 57", forwarding.get("article"));
        assertTrue(deadlines(id, "2026-09-24").stream().noneMatch(d -> d.get("kind").equals("DRAFTING_ORGAN_NOTICE")));

        step(id, "notify-drafting-organ", obj("reviewId", review, "date", "2026-09-24")).then().statusCode(422)
                .body("code", equalTo("NORMATIVE_DOCUMENT_NOT_COMPETENT"));
        step(id, "record-normative-document-result", obj("reviewId", review, "date", "2026-09-24", "result", "LAWFUL", "summary", "合法"))
                .then().statusCode(422).body("code", equalTo("NORMATIVE_DOCUMENT_NOT_FORWARDED"));
        step(id, "forward-normative-document", obj("reviewId", review, "date", "2026-09-21", "competentOrgan", "国务院"))
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        ok(id, "forward-normative-document", "reviewId", review, "date", "2026-10-09", "competentOrgan", "某省人民政府法制机构",
                "receivedDate", "2026-10-12").body("normativeDocumentReviews[0].forwardedTo", equalTo("某省人民政府法制机构"));
        assertEquals("MET", deadline(id, "NORMATIVE_DOCUMENT_FORWARDING", "2026-10-13").get("status"));
        Map<String, Object> reply = deadline(id, "NORMATIVE_DOCUMENT_FORWARD_REPLY", "2026-10-13");
        assertEquals("2026-12-11", reply.get("due"));
        assertEquals("ARL 60", reply.get("article"));
        step(id, "forward-normative-document", obj("reviewId", review, "date", "2026-10-10", "competentOrgan", "国务院"))
                .then().statusCode(422).body("code", equalTo("NORMATIVE_DOCUMENT_ALREADY_FORWARDED"));

        ok(id, "record-normative-document-result", "reviewId", review, "date", "2026-11-20", "result", "LAWFUL",
                "summary", "接受转送机关回复：相关条款合法").body("normativeDocumentReviews[0].resultDate", equalTo("2026-11-20"));
        assertEquals("MET", deadline(id, "NORMATIVE_DOCUMENT_FORWARD_REPLY", "2026-11-21").get("status"));
        ok(id, "resume", "date", "2026-11-23").body("state", equalTo("IN_REVIEW"));
    }

    @Test
    void aFurtherDocumentJoinsTheRunningSuspensionFromTheDayItIsRaisedAndTheCaseResumesWhenEveryReviewHasAResult_ARL39() {
        long id = ordinaryCase("2026-08-03", "2026-08-03");
        long first = ok(id, "raise-normative-document-review", document("date", "2026-08-10", "raisedBy", "APPLICANT", "competent", false))
                .extract().jsonPath().getLong("normativeDocumentReviews[0].id");
        var both = ok(id, "raise-normative-document-review", document("date", "2026-08-12", "raisedBy", "EX_OFFICIO",
                "documentTitle", "审查测试市城市管理执法程序规定", "competent", false)).extract().jsonPath();
        assertEquals(1, both.getList("suspensions").size());
        assertEquals(both.getLong("normativeDocumentReviews[0].suspensionId"), both.getLong("normativeDocumentReviews[1].suspensionId"));
        assertEquals("2026-08-12", both.getString("normativeDocumentReviews[1].startedDate"));
        long second = both.getLong("normativeDocumentReviews[1].id");
        // Wednesday 08-12 + 7 working days
        assertEquals("2026-08-21", deadlines(id, "2026-08-13").stream()
                .filter(d -> d.get("kind").equals("NORMATIVE_DOCUMENT_FORWARDING") && ((Number) d.get("refId")).longValue() == second)
                .findFirst().orElseThrow().get("due"));

        step(id, "resume", obj("date", "2026-08-14")).then().statusCode(422).body("code", equalTo("NORMATIVE_DOCUMENT_REVIEW_OPEN"))
                .body("detail", containsString("2 件"));
        ok(id, "forward-normative-document", "reviewId", first, "date", "2026-08-14", "competentOrgan", "某省人民政府");
        ok(id, "record-normative-document-result", "reviewId", first, "date", "2026-09-01", "result", "LAWFUL", "summary", "合法");
        step(id, "resume", obj("date", "2026-09-02")).then().statusCode(422).body("detail", containsString("1 件"));
        ok(id, "forward-normative-document", "reviewId", second, "date", "2026-08-14", "competentOrgan", "某省人民政府");
        ok(id, "record-normative-document-result", "reviewId", second, "date", "2026-09-03", "result", "LAWFUL", "summary", "合法");
        ok(id, "resume", "date", "2026-09-04").body("state", equalTo("IN_REVIEW"));
    }

    @Test
    void anApplicantCannotAskForTheReviewOfARuleAndAReviewCannotJoinASuspensionOnAnotherGround_ARL13and39() {
        long id = ordinaryCase("2026-05-06", "2026-05-07");
        step(id, "raise-normative-document-review", obj(document("date", "2026-05-11", "raisedBy", "APPLICANT",
                "documentKind", "RULE", "competent", false))).then().statusCode(422)
                .body("code", equalTo("NORMATIVE_DOCUMENT_RULE_NOT_REVIEWABLE"))
                .body("detail", containsString("第十三条第二款"));
        given().header("Accept-Language", "en").contentType("application/json").header("If-Match", cn.fuyi.support.Api.etag(id))
                .body(obj(document("date", "2026-05-11", "raisedBy", "APPLICANT", "documentKind", "RULE", "competent", false)))
                .post("/api/v1/reconsiderations/" + id + "/transitions/raise-normative-document-review").then().statusCode(422)
                .body("detail", containsString("ARL 13 ¶2"));
        step(id, "raise-normative-document-review", obj(document("date", "2026-05-11", "raisedBy", "APPLICANT")))
                .then().statusCode(400).body("errors.field", hasItem("competent"));

        ok(id, "suspend", "date", "2026-05-12", "ground", "FORCE_MAJEURE");
        step(id, "raise-normative-document-review", obj(document("date", "2026-05-13", "raisedBy", "EX_OFFICIO", "competent", true)))
                .then().statusCode(422).body("code", equalTo("CASE_SUSPENDED_ON_OTHER_GROUND"));
        step(id, "notify-drafting-organ", obj("reviewId", 999999999, "date", "2026-05-13")).then().statusCode(404)
                .body("code", equalTo("NORMATIVE_DOCUMENT_REVIEW_NOT_FOUND"));
        given().get("/api/v1/reconsiderations/" + id).then().body("normativeDocumentReviews", hasSize(0));
    }

    @Test
    void aReviewStartsOnlyOnceTheCaseIsUnderReview() {
        long id = receive(application(organ, respondent, "2026-04-01"));
        step(id, "raise-normative-document-review", obj(document("date", "2026-04-02", "raisedBy", "APPLICANT", "competent", true)))
                .then().statusCode(409).body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void aCaseUnderThe2017LawHasNoNoticeToTheDraftingOrganAndCitesItsOwnArticles() {
        long id = receive(application(organ, respondent, "2023-12-18", "actDate", "2023-11-01"));
        ok(id, "accept", "date", "2023-12-19");
        ok(id, "choose-procedure", "date", "2023-12-19", "procedure", "ORDINARY");
        long review = ok(id, "raise-normative-document-review", document("date", "2024-01-08", "raisedBy", "APPLICANT", "competent", true))
                .extract().jsonPath().getLong("normativeDocumentReviews[0].id");
        assertEquals("ARL 2017 art. 26", deadline(id, "NORMATIVE_DOCUMENT_HANDLING", "2024-01-09").get("article"));
        assertTrue(deadlines(id, "2024-01-09").stream().noneMatch(d -> ((String) d.get("kind")).startsWith("DRAFTING_ORGAN")));
        ok(id, "record-normative-document-result", "reviewId", review, "date", "2024-01-20", "result", "LAWFUL", "summary", "条款合法")
                .body("normativeDocumentReviews[0].result", equalTo("LAWFUL"));
    }
}
