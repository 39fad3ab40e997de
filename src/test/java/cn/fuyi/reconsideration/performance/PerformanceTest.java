package cn.fuyi.reconsideration.performance;

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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Carrying out decisions, agreements and opinion letters (履行, ARL 64, 66, 76, 77, 85; Regulations 2007 art. 49) and
 * the copies to the respondent's superior (ARL 79 ¶2), walked through the REST API.
 */
@QuarkusTest
class PerformanceTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("太仓市人民政府", "太政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "太仓市市场监督管理局", "GOVERNMENT_DEPARTMENT");
    }

    long decided(String type, Object... extra) {
        long id = receive(application(organ, respondent, "2026-03-02"));
        ok(id, "accept", "date", "2026-03-02");
        ok(id, "choose-procedure", "date", "2026-03-02", "procedure", "ORDINARY");
        ok(id, "hear-party-opinion", "date", "2026-04-10", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        Object[] body = new Object[4 + extra.length];
        body[0] = "date";
        body[1] = "2026-04-20";
        body[2] = "decisionType";
        body[3] = type;
        System.arraycopy(extra, 0, body, 4, extra.length);
        ok(id, "conclude", body);
        return id;
    }

    static List<Map<String, Object>> ofKind(long id, String kind) {
        return deadlines(id, "2026-11-28").stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    @Test
    void anActToBeMadeAgainIsDueSixtyDaysAfterServiceByRule_ARL64_Regulations2007Art49() {
        long id = decided("REVOKE", "orderToRedo", true);
        given().get("/api/v1/reconsiderations/" + id).then()
                .body("obligations", hasSize(1))
                .body("obligations[0].kind", equalTo("REDO"))
                .body("obligations[0].source", equalTo("DECISION"))
                .body("obligations[0].aroseDate", equalTo("2026-04-20"))
                .body("obligations[0].dueDate", nullValue());
        // the period runs from service, when the decision takes effect (ARL 75 ¶2)
        assertEquals(0, ofKind(id, "PERFORMANCE").size());
        ok(id, "serve", "date", "2026-04-22").body("obligations[0].dueDate", equalTo("2026-06-22"));
        Map<String, Object> d = deadline(id, "PERFORMANCE", "2026-05-01");
        // 60 days from 04-22 end on Sunday 06-21, the Dragon Boat holiday: the period ends on Monday 06-22
        assertEquals("2026-06-21", d.get("rawEnd"));
        assertEquals("2026-06-22", d.get("due"));
        assertEquals("ARL 64; Regulations 2007 art. 49", d.get("article"));
        assertEquals("DECISION_SERVED", d.get("startEvent"));
        assertEquals("CALENDAR_DAYS", d.get("unit"));
        assertTrue(((String) d.get("explanation")).contains("第七十五条第二款"), (String) d.get("explanation"));
        long obligation = given().get("/api/v1/reconsiderations/" + id).then().extract().jsonPath().getLong("obligations[0].id");
        step(id, "report-performance", obj("obligationId", obligation, "date", "2026-06-22", "performedDate", "2026-06-23",
                "summary", "已重新作出处罚决定")).then().statusCode(400).body("errors[0].field", equalTo("performedDate"));
        ok(id, "report-performance", "obligationId", obligation, "date", "2026-06-22", "summary", "已重新作出处罚决定")
                .body("obligations[0].performedDate", equalTo("2026-06-22"))
                .body("obligations[0].onTime", equalTo(true))
                .body("obligations[0].overdue", equalTo(false));
        assertEquals("MET", deadline(id, "PERFORMANCE", "2026-07-01").get("status"));
        step(id, "report-performance", obj("obligationId", obligation, "date", "2026-06-23", "summary", "再次")).then()
                .statusCode(409).body("code", equalTo("OBLIGATION_ALREADY_PERFORMED"));
    }

    @Test
    void anOrderToPerformTakesThePeriodTheDecisionSetsAndAClerkMayChangeItWithAReason_ARL66() {
        long id = decided("ORDER_PERFORMANCE");
        long obligation = ok(id, "serve", "date", "2026-04-22")
                .body("obligations[0].kind", equalTo("PERFORM_DUTY"))
                .body("obligations[0].dueDate", nullValue())
                .extract().jsonPath().getLong("obligations[0].id");
        assertEquals(0, ofKind(id, "PERFORMANCE").size(), "ARL 66 sets no period: the decision does");

        step(id, "set-performance-due", obj("obligationId", obligation, "date", "2026-04-23", "basis", "DOCUMENT")).then()
                .statusCode(400).body("errors[0].code", equalTo("PERIOD_OR_DATE"));
        ok(id, "set-performance-due", "obligationId", obligation, "date", "2026-04-23", "basis", "DOCUMENT", "periodDays", 30)
                .body("obligations[0].periodDays", equalTo(30))
                .body("obligations[0].dueDate", equalTo("2026-05-22"));
        assertEquals("ARL 66", deadline(id, "PERFORMANCE", "2026-05-01").get("article"));

        step(id, "set-performance-due", obj("obligationId", obligation, "date", "2026-05-20", "basis", "OVERRIDE",
                "dueDate", "2026-06-20")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        step(id, "set-performance-due", obj("obligationId", obligation, "date", "2026-05-20", "basis", "OVERRIDE",
                "periodDays", 60, "reason", "延期")).then().statusCode(400).body("errors[0].field", equalTo("periodDays"));
        ok(id, "set-performance-due", "obligationId", obligation, "date", "2026-05-20", "basis", "OVERRIDE",
                "dueDate", "2026-06-20", "reason", "被申请人因系统改造申请延期，经核实有正当理由")
                .body("obligations[0].overrideDueDate", equalTo("2026-06-20"))
                .body("obligations[0].overrideBy", equalTo("孙明"))
                .body("obligations[0].overrideDate", equalTo("2026-05-20"))
                .body("obligations[0].periodDays", equalTo(30))
                .body("obligations[0].dueDate", equalTo("2026-06-20"));
        Map<String, Object> d = deadline(id, "PERFORMANCE", "2026-06-01");
        // a date set by hand is the date, even on a holiday
        assertEquals("2026-06-20", d.get("due"));
        assertEquals(false, d.get("movedPastHoliday"));
        assertEquals("PERFORMANCE_DUE_OVERRIDDEN", d.get("startEvent"));
        assertTrue(((String) d.get("explanation")).contains("承办人改定"), (String) d.get("explanation"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("findAll { it.transition == 'SET_PERFORMANCE_DUE' }[1].details.previousDue", equalTo("2026-05-22"))
                .body("findAll { it.transition == 'SET_PERFORMANCE_DUE' }[1].reason", containsString("正当理由"));
    }

    @Test
    void nonPerformanceIsOrderedByADateThenSummonedCriticisedAndTransferred_ARL77_85() {
        long id = decided("ORDER_PERFORMANCE");
        long obligation = ok(id, "serve", "date", "2026-04-22").extract().jsonPath().getLong("obligations[0].id");
        ok(id, "set-performance-due", "obligationId", obligation, "date", "2026-04-23", "basis", "DOCUMENT", "periodDays", 30);
        given().get("/api/v1/reconsiderations/" + id).then().body("obligations[0].overdue", equalTo(true));

        // 约谈 and 通报批评 come with an order to perform by a date (ARL 77 ¶2)
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "SUMMONS", "date", "2026-06-01",
                "persons", List.of("局长 张三"))).then().statusCode(422).body("code", equalTo("ORDER_TO_PERFORM_FIRST"));
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "ORDER_TO_PERFORM", "date", "2026-06-01"))
                .then().statusCode(400).body("errors[0].field", equalTo("limitDate")).body("errors[0].code", equalTo("REQUIRED_FOR_KIND"));
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "ORDER_TO_PERFORM", "date", "2026-06-01",
                "limitDate", "2026-06-30", "persons", List.of("局长 张三"))).then().statusCode(400)
                .body("errors[0].field", equalTo("persons")).body("errors[0].code", equalTo("ONLY_FOR_KIND"));
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "ORDER_TO_PERFORM", "date", "2026-06-01",
                "limitDate", "2026-06-01")).then().statusCode(400).body("errors[0].code", equalTo("MUST_BE_AFTER"));
        ok(id, "supervise-performance", "obligationId", obligation, "kind", "ORDER_TO_PERFORM", "date", "2026-06-01",
                "limitDate", "2026-06-30", "documentNumber", "太政复督〔2026〕1号")
                .body("obligations[0].supervisions[0].kind", equalTo("ORDER_TO_PERFORM"))
                .body("obligations[0].supervisions[0].takenBy", equalTo("太仓市人民政府"))
                .body("obligations[0].supervisions[0].article", equalTo("ARL 77"));
        Map<String, Object> order = deadline(id, "PERFORMANCE_ORDER", "2026-06-02");
        assertEquals("2026-06-30", order.get("due"));
        assertEquals("ARL 77", order.get("article"));
        ok(id, "supervise-performance", "obligationId", obligation, "kind", "SUMMONS", "date", "2026-06-10",
                "persons", List.of("局长 张三", "副局长 李四"))
                .body("obligations[0].supervisions[1].persons[1]", equalTo("副局长 李四"));
        ok(id, "supervise-performance", "obligationId", obligation, "kind", "CIRCULAR_CRITICISM", "date", "2026-07-01",
                "takenBy", "苏州市人民政府");
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "TRANSFER", "date", "2026-07-02",
                "recipient", "太仓市监察委员会")).then().statusCode(400).body("errors[0].field", equalTo("recipientKind"));

        ok(id, "report-performance", "obligationId", obligation, "date", "2026-07-06", "performedDate", "2026-07-03",
                "summary", "已依法履行")
                .body("obligations[0].onTime", equalTo(false))
                .body("obligations[0].overdue", equalTo(false));
        assertEquals("MET_LATE", deadline(id, "PERFORMANCE", "2026-07-10").get("status"));
        assertEquals("MET_LATE", deadline(id, "PERFORMANCE_ORDER", "2026-07-10").get("status"));
        step(id, "supervise-performance", obj("obligationId", obligation, "kind", "ORDER_TO_PERFORM", "date", "2026-07-08",
                "limitDate", "2026-07-30")).then().statusCode(409).body("code", equalTo("OBLIGATION_ALREADY_PERFORMED"));
        // the officials' delay can still be handed on (ARL 83, 85)
        ok(id, "supervise-performance", "obligationId", obligation, "kind", "TRANSFER", "date", "2026-07-08",
                "recipient", "太仓市监察委员会", "recipientKind", "SUPERVISORY_COMMISSION")
                .body("obligations[0].supervisions", hasSize(4))
                .body("obligations[0].supervisions[3].article", equalTo("ARL 85"));
    }

    @Test
    void whatElseADecisionOrdersIsRecordedWithItsPeriod_ARL72() {
        long other = createRespondent(organ, "太仓市城厢镇人民政府", "TOWNSHIP_GOVERNMENT");
        long id = decided("CONFIRM_ILLEGAL");
        given().get("/api/v1/reconsiderations/" + id).then().body("obligations", hasSize(0));
        step(id, "record-obligation", obj("kind", "REMEDY", "description", "采取补救措施", "dueDate", "2026-04-20")).then()
                .statusCode(400).body("errors[0].code", equalTo("MUST_BE_AFTER"));
        step(id, "record-obligation", obj("kind", "OPINION_LETTER_REPORT", "description", "整改")).then()
                .statusCode(400).body("errors[0].code", equalTo("NOT_FROM_DECISION"));
        step(id, "record-obligation", obj("kind", "REMEDY", "description", "补救", "periodDays", 30, "dueDate", "2026-06-01"))
                .then().statusCode(400).body("errors[0].code", equalTo("PERIOD_OR_DATE"));
        ok(id, "record-obligation", "kind", "REMEDY", "description", "恢复申请人经营场所原状", "periodDays", 45,
                "respondentId", other)
                .body("obligations[0].respondentName", equalTo("太仓市城厢镇人民政府"))
                .body("obligations[0].article", equalTo("ARL 72"));
        // 45 days from service on 04-22 end on Saturday 06-06: due Monday 06-08
        ok(id, "serve", "date", "2026-04-22").body("obligations[0].dueDate", equalTo("2026-06-08"));

        long terminated = decided("TERMINATION", "terminationGround", "WITHDRAWN");
        step(terminated, "record-obligation", obj("kind", "OTHER", "description", "无")).then().statusCode(422)
                .body("code", equalTo("DECISION_ORDERS_NOTHING"));
    }

    @Test
    void anOpinionLettersSixtyDaysRunFromTheAgencysReceipt_ARL76() {
        long id = decided("REVOKE");
        ok(id, "serve", "date", "2026-04-22");
        long letter = ok(id, "issue-opinion-letter", "date", "2026-05-26", "subject", "规范行政处罚程序")
                .body("obligations[0].source", equalTo("OPINION_LETTER"))
                .body("obligations[0].kind", equalTo("OPINION_LETTER_REPORT"))
                .body("obligations[0].dueDate", equalTo("2026-07-27"))
                .extract().jsonPath().getLong("opinionLetters[0].id");
        Map<String, Object> unknown = deadline(id, "OPINION_LETTER_ANSWER", "2026-06-01");
        assertEquals("OPINION_LETTER_ISSUED", unknown.get("startEvent"));
        assertTrue(((String) unknown.get("explanation")).contains("收到意见书的日期尚未记录"), (String) unknown.get("explanation"));

        step(id, "record-opinion-letter-receipt", obj("letterId", letter, "date", "2026-05-25")).then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE"));
        ok(id, "record-opinion-letter-receipt", "letterId", letter, "date", "2026-06-01")
                .body("opinionLetters[0].receivedDate", equalTo("2026-06-01"))
                .body("obligations[0].dueDate", equalTo("2026-07-31"));
        Map<String, Object> received = deadline(id, "OPINION_LETTER_ANSWER", "2026-06-02");
        assertEquals("OPINION_LETTER_RECEIVED", received.get("startEvent"));
        assertEquals("2026-06-01", received.get("start"));
        assertEquals("2026-07-31", received.get("due"));
        step(id, "record-opinion-letter-receipt", obj("letterId", letter, "date", "2026-06-02")).then().statusCode(409)
                .body("code", equalTo("OPINION_LETTER_RECEIPT_RECORDED"));

        long obligation = given().get("/api/v1/reconsiderations/" + id).then().extract().jsonPath().getLong("obligations[0].id");
        step(id, "set-performance-due", obj("obligationId", obligation, "date", "2026-06-02", "basis", "OVERRIDE",
                "dueDate", "2026-09-01", "reason", "延期")).then().statusCode(422).body("code", equalTo("LETTER_PERIOD_IS_STATUTORY"));
        step(id, "report-performance", obj("obligationId", obligation, "date", "2026-07-30", "summary", "已整改")).then()
                .statusCode(422).body("code", equalTo("USE_ANSWER_OPINION_LETTER"));
        ok(id, "answer-opinion-letter", "letterId", letter, "date", "2026-07-30", "summary", "已完成整改")
                .body("obligations[0].performedDate", equalTo("2026-07-30"))
                .body("obligations[0].onTime", equalTo(true));
        assertEquals("MET", deadline(id, "OPINION_LETTER_ANSWER", "2026-08-01").get("status"));
    }

    @Test
    void aGovernmentDecidingAgainstItsOwnDepartmentCopiesTheDecisionAndLettersToTheDepartmentsSuperior_ARL79() {
        long id = decided("REVOKE");
        given().get("/api/v1/reconsiderations/" + id).then().body("superiorCopyRequired", equalTo(true));
        // only the decision in effect, i.e. served (ARL 75 ¶2), is copied
        step(id, "copy-decision-to-superior", obj("date", "2026-04-21", "recipient", "苏州市市场监督管理局")).then()
                .statusCode(409).body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"));
        ok(id, "serve", "date", "2026-04-22");
        step(id, "copy-decision-to-superior", obj("date", "2026-04-21", "recipient", "苏州市市场监督管理局")).then()
                .statusCode(422).body("code", equalTo("DATE_BEFORE"));
        ok(id, "copy-decision-to-superior", "date", "2026-04-23", "recipient", "苏州市市场监督管理局")
                .body("superiorCopies[0].document", equalTo("DECISION"))
                .body("superiorCopies[0].recipient", equalTo("苏州市市场监督管理局"))
                .body("superiorCopies[0].copiedDate", equalTo("2026-04-23"));
        step(id, "copy-decision-to-superior", obj("date", "2026-04-24", "recipient", "苏州市市场监督管理局")).then()
                .statusCode(409).body("code", equalTo("SUPERIOR_COPY_RECORDED"));
        long letter = ok(id, "issue-opinion-letter", "date", "2026-05-26", "subject", "规范执法")
                .extract().jsonPath().getLong("opinionLetters[0].id");
        ok(id, "copy-opinion-letter-to-superior", "letterId", letter, "date", "2026-05-26", "recipient", "苏州市市场监督管理局")
                .body("superiorCopies[1].document", equalTo("OPINION_LETTER"))
                .body("superiorCopies[1].letterId", equalTo((int) letter));
        step(id, "copy-opinion-letter-to-superior", obj("letterId", letter, "date", "2026-05-27", "recipient", "其他")).then()
                .statusCode(409).body("code", equalTo("SUPERIOR_COPY_RECORDED"));

        long town = createRespondent(organ, "太仓市城厢镇人民政府", "TOWNSHIP_GOVERNMENT");
        long againstTown = receive(application(organ, town, "2026-03-02"));
        long old = receive(application(organ, respondent, "2023-12-20", "actDate", "2023-11-01"));
        for (long notRequired : List.of(againstTown, old)) {
            given().get("/api/v1/reconsiderations/" + notRequired).then().body("superiorCopyRequired", equalTo(false));
        }

        // a mediation agreement is not a decision (决定书) and is not copied
        long mediated = receive(application(organ, respondent, "2026-03-02"));
        ok(mediated, "accept", "date", "2026-03-02");
        ok(mediated, "consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2026-03-03");
        ok(mediated, "consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-03-03");
        ok(mediated, "draw-up-mediation-agreement", "date", "2026-03-04", "content", "罚款减半", "lawful", true);
        ok(mediated, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-03-05");
        ok(mediated, "sign-mediation-agreement", "side", "RESPONDENT", "date", "2026-03-05");
        ok(mediated, "seal-mediation-agreement", "date", "2026-03-05");
        ok(mediated, "conclude", "date", "2026-03-06", "decisionType", "MEDIATION");
        ok(mediated, "serve", "date", "2026-03-09");
        step(mediated, "copy-decision-to-superior", obj("date", "2026-03-10", "recipient", "苏州市市场监督管理局")).then()
                .statusCode(422).body("code", equalTo("SUPERIOR_COPY_NOT_FOR_MEDIATION"));
    }
}
