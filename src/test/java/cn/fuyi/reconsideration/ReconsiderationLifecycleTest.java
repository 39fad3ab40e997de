package cn.fuyi.reconsideration;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.deadline;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Walks reconsideration cases through every path of their lifecycle, through the REST API. */
@QuarkusTest
class ReconsiderationLifecycleTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("太仓市人民政府", "太政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "太仓市市场监督管理局", "GOVERNMENT_DEPARTMENT");
    }

    @Test
    void intakeNumbersTheCaseFromTheOrganPatternAndRecordsItsParties() {
        var app = application(organ, respondent, "2026-03-02",
                "agents", List.of(obj("kind", "NATURAL_PERSON", "name", "李律师", "agentKind", "LAWYER", "phone", "0512-53500000")),
                "thirdParties", List.of(obj("kind", "LEGAL_PERSON", "name", "太仓某某贸易有限公司", "legalRepresentative", "赵六")));
        var created = json().body(app).post("/api/v1/reconsiderations").then().statusCode(201)
                .header("Location", containsString("/api/v1/reconsiderations/"))
                .header("ETag", equalTo("\"0\""))
                .body("caseNumber", equalTo("太政复〔2026〕1号"))
                .body("state", equalTo("RECEIVED"))
                .body("stateLabel", equalTo("收到申请，受理审查中"))
                .body("ruleSet", equalTo("ARL_2023"))
                .body("applicants[0].name", equalTo("王建国"))
                .body("agents[0].agentKindLabel", equalTo("律师"))
                .body("thirdParties[0].legalRepresentative", equalTo("赵六"))
                .body("actCategoryLabel", equalTo("行政处罚"))
                .body("respondentName", equalTo("太仓市市场监督管理局"))
                .body("nextDeadlineKind", equalTo("ACCEPTANCE_REVIEW"))
                .body("nextDueDate", equalTo("2026-03-09"))
                .body("allowedTransitions.name", hasItem("ACCEPT"))
                .extract();
        long id = created.jsonPath().getLong("id");
        given().get(created.header("Location")).then().statusCode(200).body("id", equalTo((int) id));

        long second = receive(application(organ, respondent, "2026-03-03"));
        given().get("/api/v1/reconsiderations/" + second).then().body("caseNumber", equalTo("太政复〔2026〕2号"));
        long lastYear = receive(application(organ, respondent, "2025-12-30", "actDate", "2025-12-01"));
        given().get("/api/v1/reconsiderations/" + lastYear).then().body("caseNumber", equalTo("太政复〔2025〕1号"));

        given().get("/api/v1/reconsiderations/" + id + "/events").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].transition", equalTo("RECEIVE"))
                .body("[0].toState", equalTo("RECEIVED"))
                .body("[0].date", equalTo("2026-03-02"))
                .body("[0].details.caseNumber", equalTo("太政复〔2026〕1号"));
    }

    @Test
    void ordinaryCaseRunsFromAcceptanceToAnAnsweredOpinionLetter() {
        long id = receive(application(organ, respondent, "2026-03-02"));
        ok(id, "accept", "date", "2026-03-04").body("state", equalTo("ACCEPTED"))
                .body("acceptanceKind", equalTo("DECIDED"));
        ok(id, "choose-procedure", "date", "2026-03-04", "procedure", "ORDINARY").body("state", equalTo("IN_REVIEW"));

        Map<String, Object> copy = deadline(id, "COPY_TO_RESPONDENT", "2026-03-05");
        assertEquals("2026-03-13", copy.get("due"));
        assertEquals("WORKING_DAYS", copy.get("unit"));
        assertEquals("ARL 48", copy.get("article"));
        assertEquals("OPEN", copy.get("status"));

        ok(id, "send-copy", "date", "2026-03-06", "receivedDate", "2026-03-09");
        assertEquals("2026-03-23", deadline(id, "RESPONDENT_REPLY", "2026-03-10").get("due"));
        ok(id, "receive-reply", "date", "2026-03-20");
        assertEquals("MET", deadline(id, "RESPONDENT_REPLY", "2026-03-25").get("status"));

        // a notice six calendar but only four working days ahead is refused, naming the latest possible day
        step(id, "schedule-hearing", obj("noticeDate", "2026-03-24", "hearingDate", "2026-03-30", "place", "第一听证室"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("HEARING_NOTICE_TOO_SHORT"))
                .body("latestNoticeDate", equalTo("2026-03-23"));
        var scheduled = ok(id, "schedule-hearing", "noticeDate", "2026-03-23", "hearingDate", "2026-03-30",
                "place", "第一听证室", "issues", "处罚程序是否合法").extract();
        long hearing = scheduled.jsonPath().getLong("hearings[0].id");
        ok(id, "hold-hearing", "hearingId", hearing, "date", "2026-03-30", "presidingOfficer", "陈主持",
                "hearingOfficers", List.of("周听证", "吴听证"), "recorder", "郑记录", "respondentHeadAttended", true,
                "respondentHeadName", "钱局长", "respondentHeadPosition", "副局长")
                .body("hearings[0].status", equalTo("HELD"))
                .body("hearings[0].hearingOfficers", contains("周听证", "吴听证"));

        // 60 days from 2026-03-04 end on Sunday 2026-05-03, inside the Labour Day holiday: the period ends on 05-06
        Map<String, Object> decision = deadline(id, "DECISION", "2026-04-01");
        assertEquals("2026-05-03", decision.get("rawEnd"));
        assertEquals("2026-05-06", decision.get("due"));
        assertEquals(true, decision.get("movedPastHoliday"));
        // ARL 62: extended in two approvals, 30 days in all; a third is refused
        ok(id, "extend", "date", "2026-04-20", "days", 20, "reason", "案情复杂", "noticeDate", "2026-04-21")
                .body("extensionDays", equalTo(20))
                .body("decisionDueDate", equalTo("2026-05-25"));
        ok(id, "extend", "date", "2026-05-20", "days", 10, "reason", "需补充鉴定", "noticeDate", "2026-05-20")
                .body("extensionDays", equalTo(30))
                .body("extensions", hasSize(2))
                .body("extensions[1].approverRole", equalTo("BUREAU_HEAD"))
                .body("extensionApprovedBy", equalTo("孙明"))
                .body("decisionDueDate", equalTo("2026-06-02"));
        step(id, "extend", obj("date", "2026-04-21", "days", 5, "reason", "再次", "noticeDate", "2026-04-21"))
                .then().statusCode(422).body("code", equalTo("EXTENSION_TOTAL_EXCEEDED"))
                .body("remainingDays", equalTo(0));

        ok(id, "conclude", "date", "2026-05-20", "decisionType", "REVOKE", "orderToRedo", true,
                "summary", "撤销原处罚决定，责令重新作出")
                .body("state", equalTo("CONCLUDED"))
                .body("decisionTypeLabel", equalTo("撤销"))
                .body("correction", equalTo(true))
                .body("orderToRedo", equalTo(true));
        assertEquals("MET", deadline(id, "DECISION", "2026-05-21").get("status"));
        ok(id, "serve", "date", "2026-05-22").body("state", equalTo("SERVED"));
        ok(id, "publish", "date", "2026-05-25", "place", "太仓市人民政府门户网站")
                .body("publicationStatus", equalTo("PUBLISHED"));
        step(id, "record-not-published", obj("date", "2026-05-26", "reason", "涉及个人隐私"))
                .then().statusCode(422).body("code", equalTo("PUBLICATION_ALREADY_RECORDED"));

        var issued = ok(id, "issue-opinion-letter", "date", "2026-05-26", "documentNumber", "太复意〔2026〕1号",
                "subject", "规范行政处罚程序").extract();
        long letter = issued.jsonPath().getLong("opinionLetters[0].id");
        // 60 days from 05-26 end on Saturday 07-25: the answer is due Monday 07-27
        assertEquals("2026-07-27", deadline(id, "OPINION_LETTER_ANSWER", "2026-06-01").get("due"));
        ok(id, "answer-opinion-letter", "letterId", letter, "date", "2026-07-10", "summary", "已完成整改")
                .body("opinionLetters[0].answeredDate", equalTo("2026-07-10"));
        assertEquals("MET", deadline(id, "OPINION_LETTER_ANSWER", "2026-08-01").get("status"));

        given().get("/api/v1/reconsiderations/" + id + "/events").then().statusCode(200)
                .body("transition", contains("RECEIVE", "ACCEPT", "CHOOSE_PROCEDURE", "SEND_COPY", "RECEIVE_REPLY",
                        "SCHEDULE_HEARING", "HOLD_HEARING", "EXTEND", "EXTEND", "CONCLUDE", "SERVE", "PUBLISH",
                        "ISSUE_OPINION_LETTER", "ANSWER_OPINION_LETTER"))
                .body("seq", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))
                .body("find { it.transition == 'EXTEND' }.details.approvedBy", equalTo("孙明"))
                .body("find { it.transition == 'CONCLUDE' }.actor", equalTo("sun.ming"))
                .body("find { it.transition == 'EXTEND' }.reason", equalTo("案情复杂"));
        // what is left is the order to redo: 60 days from service (Regulations 2007 art. 49)
        given().get("/api/v1/reconsiderations/" + id).then().body("nextDeadlineKind", equalTo("PERFORMANCE"))
                .body("nextDueDate", equalTo("2026-07-21"));
    }

    @Test
    void correctionRestartsTheReviewAcrossTheSpringFestival() {
        long id = receive(application(organ, respondent, "2026-02-12"));
        Map<String, Object> review = deadline(id, "ACCEPTANCE_REVIEW", "2026-02-13");
        // Fri 13, make-up Saturday 14, then the holiday 15-23, then 24, 25, 26
        assertEquals("2026-02-26", review.get("due"));
        assertEquals("ARL 30", review.get("article"));
        List<Map<String, Object>> skipped = castList(review.get("skippedDays"));
        assertTrue(skipped.stream().anyMatch(d -> d.get("date").equals("2026-02-16") && d.get("reason").equals("春节")));
        assertTrue(skipped.stream().noneMatch(d -> d.get("date").equals("2026-02-14")), "a make-up Saturday is a working day");
        assertTrue(((String) review.get("explanation")).contains("2026-02-26"));

        ok(id, "request-correction", "date", "2026-02-13", "noticeReceivedDate", "2026-02-24",
                "items", "请补充身份证明复印件及处罚决定书").body("state", equalTo("AWAITING_CORRECTION"));
        assertEquals("MET", deadline(id, "ACCEPTANCE_REVIEW", "2026-02-25").get("status"));
        // 10 working days from 02-24, counting the make-up Saturday 02-28
        assertEquals("2026-03-09", deadline(id, "CORRECTION_REPLY", "2026-02-25").get("due"));
        step(id, "abandon", obj("date", "2026-03-09", "reason", "逾期未补正")).then().statusCode(422)
                .body("code", equalTo("CORRECTION_PERIOD_NOT_OVER"))
                .body("detail", containsString("2026-03-09"));
        ok(id, "extend-correction-period", "date", "2026-03-05", "days", 3, "reason", "申请人住院")
                .body("corrections[0].extendedDays", equalTo(3));
        assertEquals("2026-03-12", deadline(id, "CORRECTION_REPLY", "2026-03-06").get("due"));

        ok(id, "receive-correction", "date", "2026-03-11").body("state", equalTo("RECEIVED"))
                .body("reviewStartDate", equalTo("2026-03-11"));
        Map<String, Object> again = deadline(id, "ACCEPTANCE_REVIEW", "2026-03-12");
        assertEquals("CORRECTION_RECEIVED", again.get("startEvent"));
        assertEquals("2026-03-18", again.get("due"));
        ok(id, "accept", "date", "2026-03-16").body("acceptedDate", equalTo("2026-03-16"));
    }

    @Test
    void unansweredCorrectionIsAbandonedAndTheCaseIsClosed() {
        long id = receive(application(organ, respondent, "2026-04-01"));
        ok(id, "request-correction", "date", "2026-04-02", "items", "请补充申请人签名");
        // Qingming 04-04..06 is skipped: 10 working days end on 04-17
        assertEquals("2026-04-17", deadline(id, "CORRECTION_REPLY", "2026-04-03").get("due"));
        ok(id, "abandon", "date", "2026-04-20", "reason", "逾期未补正且无正当理由").body("state", equalTo("ABANDONED"))
                .body("abandonedDate", equalTo("2026-04-20"))
                .body("allowedTransitions", hasSize(0));
        assertEquals("LAPSED", deadline(id, "CORRECTION_REPLY", "2026-04-21").get("status"));
        step(id, "accept", obj("date", "2026-04-21")).then().statusCode(409)
                .body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"))
                .body("state", equalTo("ABANDONED"))
                .body("allowedTransitions", hasSize(0));
    }

    @Test
    void notAcceptedNamesTheCompetentOrganAndClosesTheCase() {
        long id = receive(application(organ, respondent, "2026-05-06"));
        ok(id, "not-accept", "date", "2026-05-08", "reason", "不属于本机关管辖", "competentOrgan", "苏州市人民政府")
                .body("state", equalTo("NOT_ACCEPTED"))
                .body("competentOrgan", equalTo("苏州市人民政府"))
                .body("notAcceptedReason", equalTo("不属于本机关管辖"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("[1].reason", equalTo("不属于本机关管辖"));
    }

    @Test
    void applicationIsDeemedAcceptedOnTheLastDayOfTheReview() {
        long id = receive(application(organ, respondent, "2026-06-01"));
        ok(id, "deem-accepted", "reason", "审查期限届满").body("state", equalTo("ACCEPTED"))
                .body("acceptedDate", equalTo("2026-06-08"))
                .body("acceptanceKind", equalTo("DEEMED"));
        assertEquals("LAPSED", deadline(id, "ACCEPTANCE_REVIEW", "2026-06-09").get("status"));
        assertEquals("DEEMED_ACCEPTED", deadline(id, "DECISION", "2026-06-09").get("startEvent"));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long fresh = receive(application(organ, respondent, today, "actDate", today));
        step(fresh, "deem-accepted", obj()).then().statusCode(422).body("code", equalTo("REVIEW_PERIOD_NOT_OVER"));
    }

    @Test
    void simplifiedProcedureHasShortPeriodsNoExtensionAndConvertsWithApproval() {
        long id = receive(application(organ, respondent, "2026-07-01", "actCategory", "INFORMATION_DISCLOSURE"));
        ok(id, "accept", "date", "2026-07-01");
        step(id, "choose-procedure", obj("date", "2026-07-01", "procedure", "SIMPLIFIED")).then().statusCode(400)
                .body("errors[0].field", equalTo("simplifiedGround"));
        ok(id, "choose-procedure", "date", "2026-07-01", "procedure", "SIMPLIFIED",
                "simplifiedGround", "INFORMATION_DISCLOSURE").body("procedureLabel", equalTo("简易程序"));
        assertEquals("2026-07-06", deadline(id, "COPY_TO_RESPONDENT", "2026-07-02").get("due"));
        assertEquals("ARL 54", deadline(id, "COPY_TO_RESPONDENT", "2026-07-02").get("article"));
        assertEquals("2026-07-31", deadline(id, "DECISION", "2026-07-02").get("due"));
        step(id, "extend", obj("date", "2026-07-10", "days", 10, "reason", "复杂", "noticeDate", "2026-07-10"))
                .then().statusCode(422).body("code", equalTo("EXTENSION_NOT_FOR_SIMPLIFIED"));
        step(id, "convert-to-ordinary", obj("date", "2026-07-10")).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        ok(id, "convert-to-ordinary", "date", "2026-07-10", "reason", "案情复杂")
                .body("procedure", equalTo("ORDINARY"))
                .body("conversionApprovedBy", equalTo("孙明"))
                .body("decisionDueDate", equalTo("2026-08-31"));
        step(id, "convert-to-ordinary", obj("date", "2026-07-11", "reason", "再转"))
                .then().statusCode(422).body("code", equalTo("NOT_SIMPLIFIED"));
    }

    @Test
    void casesReceivedBefore2024FollowThe2017Law() {
        long id = receive(application(organ, respondent, "2023-12-20", "actDate", "2023-11-01"));
        given().get("/api/v1/reconsiderations/" + id).then().body("ruleSet", equalTo("ARL_2017"));
        ok(id, "accept", "date", "2023-12-21");
        step(id, "choose-procedure", obj("date", "2023-12-21", "procedure", "SIMPLIFIED", "simplifiedGround", "ALL_PARTIES_AGREE"))
                .then().statusCode(422).body("code", equalTo("SIMPLIFIED_NOT_AVAILABLE"));
        ok(id, "choose-procedure", "date", "2023-12-21", "procedure", "ORDINARY");
        ok(id, "send-copy", "date", "2023-12-22");
        Map<String, Object> reply = deadline(id, "RESPONDENT_REPLY", "2023-12-25");
        // the 2017 law's 十日 reply period is in calendar days: 2024-01-01 is New Year's Day, the period ends 01-02
        assertEquals("CALENDAR_DAYS", reply.get("unit"));
        assertEquals("2024-01-02", reply.get("due"));
        assertEquals("ARL 2017 art. 31", deadline(id, "DECISION", "2023-12-25").get("article"));
    }

    @Test
    void suspendedDaysDoNotCountAndOnlyTerminationEndsASuspendedCase() {
        long id = receive(application(organ, respondent, "2026-08-03"));
        ok(id, "accept", "date", "2026-08-03");
        ok(id, "choose-procedure", "date", "2026-08-03", "procedure", "ORDINARY");
        // 60 days end on 10-02, inside National Day: the period ends on 10-08
        assertEquals("2026-10-08", deadline(id, "DECISION", "2026-08-04").get("due"));
        ok(id, "send-copy", "date", "2026-08-04");
        ok(id, "receive-reply", "date", "2026-08-05");

        ok(id, "suspend", "date", "2026-08-10", "ground", "AWAITING_OTHER_CASE", "reason", "等待相关诉讼结果")
                .body("state", equalTo("SUSPENDED"))
                .body("suspensions[0].groundLabel", startsWith("案件审理需要以其他案件"));
        assertEquals("PAUSED", deadline(id, "DECISION", "2026-08-15").get("status"));
        given().queryParam("overdue", true).queryParam("organId", organ).queryParam("asOf", "2026-12-31")
                .get("/api/v1/reconsiderations").then().body("items.id", not(hasItem((int) id)));
        ok(id, "resume", "date", "2026-08-20").body("state", equalTo("IN_REVIEW"));
        Map<String, Object> decision = deadline(id, "DECISION", "2026-08-21");
        assertEquals(10, decision.get("excludedDays"));
        assertEquals("2026-10-12", decision.get("due"));

        ok(id, "suspend", "date", "2026-09-01", "ground", "APPLICANT_DIED");
        step(id, "conclude", obj("date", "2026-09-10", "decisionType", "UPHOLD")).then().statusCode(422)
                .body("code", equalTo("ONLY_TERMINATION_WHILE_SUSPENDED"));
        step(id, "conclude", obj("date", "2026-09-10", "decisionType", "TERMINATION")).then().statusCode(400)
                .body("errors[0].field", equalTo("terminationGround"));
        ok(id, "conclude", "date", "2026-09-10", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN",
                "respondentCorrectedAct", true)
                .body("state", equalTo("CONCLUDED"))
                .body("indirectCorrection", equalTo(true))
                .body("correction", equalTo(false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void siteInspectionAndAppraisalDaysDoNotCountAndADayCoveredTwiceCountsOnce() {
        long id = receive(application(organ, respondent, "2026-08-03"));
        ok(id, "accept", "date", "2026-08-03");
        ok(id, "choose-procedure", "date", "2026-08-03", "procedure", "ORDINARY");
        assertEquals("2026-10-08", deadline(id, "DECISION", "2026-08-04").get("due"));

        ok(id, "start-excluded-period", "date", "2026-08-10", "kind", "SITE_INSPECTION", "reason", "现场勘验争议地块")
                .body("state", equalTo("IN_REVIEW"))
                .body("excludedPeriods[0].kindLabel", equalTo("现场勘验"))
                .body("excludedPeriods[0].article", equalTo("Regulations 2007 art. 34"));
        assertEquals("PAUSED", deadline(id, "DECISION", "2026-08-12").get("status"));
        step(id, "start-excluded-period", obj("date", "2026-08-11", "kind", "SITE_INSPECTION")).then().statusCode(409)
                .body("code", equalTo("EXCLUDED_PERIOD_ALREADY_OPEN"));
        step(id, "end-excluded-period", obj("date", "2026-08-11", "kind", "EXPERT_APPRAISAL")).then().statusCode(409)
                .body("code", equalTo("EXCLUDED_PERIOD_NOT_OPEN"));
        step(id, "end-excluded-period", obj("date", "2026-08-09", "kind", "SITE_INSPECTION")).then().statusCode(422);
        ok(id, "end-excluded-period", "date", "2026-08-15", "kind", "SITE_INSPECTION")
                .body("excludedPeriods[0].endedDate", equalTo("2026-08-15"));

        // an appraisal 08-20..09-04 and a suspension 08-25..09-09 overlap for 10 days, which count once
        ok(id, "start-excluded-period", "date", "2026-08-20", "kind", "EXPERT_APPRAISAL");
        ok(id, "suspend", "date", "2026-08-25", "ground", "AWAITING_OTHER_CASE");
        ok(id, "end-excluded-period", "date", "2026-09-04", "kind", "EXPERT_APPRAISAL");
        ok(id, "resume", "date", "2026-09-09");
        Map<String, Object> decision = deadline(id, "DECISION", "2026-09-10");
        // 5 + 15 + 5 days: 60 + 25 days from 08-03
        assertEquals(25, decision.get("excludedDays"));
        assertEquals("2026-10-27", decision.get("due"));
        List<Map<String, Object>> exclusions = (List<Map<String, Object>>) decision.get("exclusions");
        assertEquals(List.of("SITE_INSPECTION", "EXPERT_APPRAISAL", "AWAITING_OTHER_CASE"), exclusions.stream().map(x -> x.get("reason")).toList());
        assertEquals(List.of(5, 15, 5), exclusions.stream().map(x -> x.get("days")).toList());

        ok(id, "hear-party-opinion", "date", "2026-10-12", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        ok(id, "conclude", "date", "2026-10-20", "decisionType", "UPHOLD");
        assertEquals("MET", deadline(id, "DECISION", "2026-10-21").get("status"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", hasItem("START_EXCLUDED_PERIOD"))
                .body("transition", hasItem("END_EXCLUDED_PERIOD"));
    }

    @Test
    void acceptedApplicationCanBeDismissed() {
        long id = receive(application(organ, respondent, "2026-09-01"));
        ok(id, "accept", "date", "2026-09-02");
        ok(id, "dismiss-application", "date", "2026-09-10", "reason", "申请人不具备申请资格")
                .body("state", equalTo("CONCLUDED"))
                .body("decisionType", equalTo("DISMISS_APPLICATION"))
                .body("decisionArticle", equalTo("ARL 33"));
    }

    @Test
    void hearingsCanBePostponedWithANewNoticeOrCancelled() {
        long id = receive(application(organ, respondent, "2026-03-02"));
        ok(id, "accept", "date", "2026-03-02");
        ok(id, "choose-procedure", "date", "2026-03-02", "procedure", "ORDINARY");
        long hearing = ok(id, "schedule-hearing", "noticeDate", "2026-03-10", "hearingDate", "2026-03-20",
                "place", "第二听证室").extract().jsonPath().getLong("hearings[0].id");
        step(id, "postpone-hearing", obj("hearingId", hearing, "date", "2026-03-18", "newHearingDate", "2026-03-23",
                "reason", "申请人请求")).then().statusCode(422).body("code", equalTo("HEARING_NOTICE_TOO_SHORT"));
        ok(id, "postpone-hearing", "hearingId", hearing, "date", "2026-03-18", "newHearingDate", "2026-03-27",
                "reason", "申请人请求").body("hearings[0].scheduledDate", equalTo("2026-03-27"));
        step(id, "hold-hearing", obj("hearingId", hearing, "date", "2026-03-20", "presidingOfficer", "陈",
                "hearingOfficers", List.of("周", "吴"), "recorder", "郑")).then().statusCode(422)
                .body("code", equalTo("HEARING_DATE_MISMATCH"));
        step(id, "conclude", obj("date", "2026-03-25", "decisionType", "UPHOLD")).then().statusCode(422)
                .body("code", equalTo("HEARING_PENDING"));
        ok(id, "cancel-hearing", "hearingId", hearing, "date", "2026-03-25", "reason", "申请人撤回听证申请")
                .body("hearings[0].status", equalTo("CANCELLED"));
        step(id, "hold-hearing", obj("hearingId", hearing, "date", "2026-03-27", "presidingOfficer", "陈",
                "hearingOfficers", List.of("周", "吴"), "recorder", "郑")).then().statusCode(422)
                .body("code", equalTo("HEARING_NOT_SCHEDULED"));
        ok(id, "record-opinion-not-heard", "date", "2026-03-26", "respondent", true, "reason", "被申请人经两次电话通知未派员陈述意见");
        ok(id, "conclude", "date", "2026-03-30", "decisionType", "UPHOLD").body("correction", equalTo(false));
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictNamingTheAllowedSteps() {
        long id = receive(application(organ, respondent, "2026-03-02"));
        step(id, "serve", obj("date", "2026-03-03")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"))
                .body("state", equalTo("RECEIVED"))
                .body("transition", equalTo("SERVE"))
                .body("allowedTransitions", hasItem("ACCEPT"))
                .body("allowedTransitions", hasItem("REQUEST_CORRECTION"))
                .body("detail", containsString("收到申请，受理审查中"));
        given().header("Accept-Language", "en").contentType("application/json").header("If-Match", cn.fuyi.support.Api.etag(id))
                .body(obj("date", "2026-03-03")).post("/api/v1/reconsiderations/" + id + "/transitions/serve")
                .then().statusCode(409).body("detail", containsString("Received, under acceptance review"));
        step(id, "accept", obj("date", "2026-03-01")).then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        step(id, "accept", obj("date", "2099-01-01")).then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then().body("$", hasSize(1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
