package cn.fuyi.reconsideration;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The rules of the Administrative Reconsideration Law that a case's steps must follow, each walked through the API
 * with the article it proves: extensions (ARL 62), what a decision may say (ARL 68, 69, 72), corrections and
 * abandonment (ARL 31, CPL 85), termination (ARL 41), the application period (ARL 20, 21), forwarding by the penalty
 * agency (ARL 32), reconsideration first and the complaint to the superior (ARL 23, 34, 35), and the 2017 law's own
 * rules for the cases it still governs.
 */
@QuarkusTest
class ArlRulesTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("太仓市人民政府", "太政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "太仓市市场监督管理局", "GOVERNMENT_DEPARTMENT");
    }

    private long accepted(String received, Object... extra) {
        long id = receive(application(organ, respondent, received, extra));
        ok(id, "accept", "date", received);
        return id;
    }

    private long inReview(String received, Object... extra) {
        long id = accepted(received, extra);
        ok(id, "choose-procedure", "date", received, "procedure", "ORDINARY");
        return id;
    }

    // ---- ARL 62: extensions --------------------------------------------------------------------------------------

    @Test
    void anExtensionIsRefusedOnceTheDecisionPeriodHasRunOutArl62() {
        long id = inReview("2026-03-03");
        // 60 days from 2026-03-03 end on Saturday 05-02, inside the Labour Day holiday: the period ends on Wednesday 05-06
        assertEquals("2026-05-06", deadline(id, "DECISION", "2026-04-01").get("due"));
        step(id, "extend", obj("date", "2026-05-07", "days", 10, "reason", "案情复杂", "noticeDate", "2026-05-07"))
                .then().statusCode(422).body("code", equalTo("EXTENSION_AFTER_DEADLINE"));
        ok(id, "extend", "date", "2026-05-06", "days", 10, "reason", "案情复杂", "noticeDate", "2026-05-06")
                .body("decisionDueDate", equalTo("2026-05-12"))
                .body("extensions[0].dueBefore", equalTo("2026-05-06"));
    }

    @Test
    void anExtensionNeedsTheWrittenNoticeAndTheApproverTheLawNamesArl62() {
        long id = inReview("2026-03-03");
        step(id, "extend", obj("date", "2026-04-20", "days", 10, "reason", "案情复杂")).then().statusCode(400)
                .body("errors.field", hasItem("noticeDate"));
        step(id, "extend", obj("date", "2026-04-20", "days", 10, "reason", "案情复杂", "noticeDate", "2026-04-19"))
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        // under the 2023 law the office's head approves, not the organ's
        step(id, "extend", obj("date", "2026-04-20", "days", 10, "reason", "案情复杂", "noticeDate", "2026-04-20",
                "approver", "ORGAN_HEAD")).then().statusCode(422).body("code", equalTo("EXTENSION_APPROVER_NOT_COMPETENT"))
                .body("competentApprover", equalTo("BUREAU_HEAD"));
        ok(id, "extend", "date", "2026-04-20", "days", 10, "reason", "案情复杂", "noticeDate", "2026-04-20",
                "approvedBy", "周局长")
                .body("extensions[0].approverRole", equalTo("BUREAU_HEAD"))
                .body("extensions[0].approverRoleLabel", equalTo("行政复议机构负责人"))
                .body("extensions[0].approvedBy", equalTo("周局长"))
                .body("extensions[0].noticeDate", equalTo("2026-04-20"));
        step(id, "extend", obj("date", "2026-04-25", "days", 21, "reason", "再次", "noticeDate", "2026-04-25"))
                .then().statusCode(422).body("code", equalTo("EXTENSION_TOTAL_EXCEEDED")).body("remainingDays", equalTo(20));
    }

    // ---- ARL 68, 69, 72: what a decision may say -------------------------------------------------------------------

    @Test
    void theRequestIsRejectedOnlyInAFailureToPerformCaseArl69() {
        long penalty = accepted("2026-03-03");
        step(penalty, "conclude", obj("date", "2026-04-01", "decisionType", "REJECT_REQUEST")).then().statusCode(422)
                .body("code", equalTo("REJECT_REQUEST_ONLY_FOR_NON_PERFORMANCE"));
        long duty = accepted("2026-03-03", "actCategory", "FAILURE_TO_PERFORM");
        ok(duty, "conclude", "date", "2026-04-01", "decisionType", "REJECT_REQUEST")
                .body("decisionTypeLabel", equalTo("驳回复议请求"))
                .body("correction", equalTo(false));
    }

    @Test
    void aCompensationClaimIsDecidedWithTheActArl72() {
        long noClaim = accepted("2026-03-03");
        step(noClaim, "conclude", obj("date", "2026-04-01", "decisionType", "REJECT_COMPENSATION")).then().statusCode(422)
                .body("code", equalTo("NO_COMPENSATION_CLAIM"));

        long claim = accepted("2026-03-03", "compensationRequested", true);
        step(claim, "conclude", obj("date", "2026-04-01", "decisionType", "UPHOLD")).then().statusCode(400)
                .body("errors[0].field", equalTo("compensationOutcome"));
        step(claim, "conclude", obj("date", "2026-04-01", "decisionType", "UPHOLD", "compensationOutcome", "AWARDED"))
                .then().statusCode(422).body("code", equalTo("COMPENSATION_AWARD_NOT_APPLICABLE"));
        ok(claim, "conclude", "date", "2026-04-01", "decisionType", "UPHOLD", "compensationOutcome", "REJECTED")
                .body("compensationOutcome", equalTo("REJECTED"))
                .body("compensationOutcomeLabel", equalTo("驳回行政赔偿请求"));

        long onlyClaim = accepted("2026-03-03", "compensationRequested", true);
        ok(onlyClaim, "conclude", "date", "2026-04-01", "decisionType", "REJECT_COMPENSATION")
                .body("decisionTypeLabel", equalTo("驳回行政赔偿请求"))
                .body("compensationOutcome", equalTo("REJECTED"));
    }

    @Test
    void theReturnOfPropertyGoesWithARevocationOrChangeArl72() {
        long upheld = accepted("2026-03-03");
        step(upheld, "conclude", obj("date", "2026-04-01", "decisionType", "UPHOLD", "propertyReturnOrdered", true))
                .then().statusCode(422).body("code", equalTo("PROPERTY_RETURN_NOT_APPLICABLE"));
        long revoked = accepted("2026-03-03", "amount", 2000);
        ok(revoked, "conclude", "date", "2026-04-01", "decisionType", "REVOKE", "propertyReturnOrdered", true)
                .body("propertyReturnOrdered", equalTo(true));
    }

    @Test
    void aFindingOfIllegalityForProcedureOnlyIsRecordedAsSuchInterpretation2018Art22() {
        long revoked = accepted("2026-03-03");
        step(revoked, "conclude", obj("date", "2026-04-01", "decisionType", "REVOKE", "illegalForProcedureOnly", true))
                .then().statusCode(422).body("code", equalTo("PROCEDURE_ONLY_NOT_APPLICABLE"));
        long illegal = accepted("2026-03-03");
        ok(illegal, "conclude", "date", "2026-04-01", "decisionType", "CONFIRM_ILLEGAL", "illegalForProcedureOnly", true)
                .body("illegalForProcedureOnly", equalTo(true))
                // still a correction in the statistics (national usage counts every 确认违法)
                .body("correction", equalTo(true));
        long partly = accepted("2026-03-03");
        step(partly, "conclude", obj("date", "2026-04-01", "decisionType", "UPHOLD", "partlyUpholds", true))
                .then().statusCode(422).body("code", equalTo("PARTLY_UPHOLDS_NOT_APPLICABLE"));
        ok(partly, "conclude", "date", "2026-04-01", "decisionType", "PARTIAL_REVOKE", "partlyUpholds", true)
                .body("partlyUpholds", equalTo(true));
    }

    // ---- ARL 31, CPL 85: corrections and abandonment -------------------------------------------------------------

    private long awaitingCorrection() {
        long id = receive(application(organ, respondent, "2026-03-02"));
        // 10 working days from the notice's receipt on 03-04 end on Wednesday 03-18
        ok(id, "request-correction", "date", "2026-03-03", "noticeReceivedDate", "2026-03-04", "items", "请补充身份证明");
        assertEquals("2026-03-18", deadline(id, "CORRECTION_REPLY", "2026-03-05").get("due"));
        return id;
    }

    @Test
    void aCorrectionPostedInTimeIsInTimeWhenItArrivesLaterCpl85() {
        long id = awaitingCorrection();
        ok(id, "receive-correction", "date", "2026-03-20", "postedDate", "2026-03-18")
                .body("state", equalTo("RECEIVED"))
                .body("corrections[0].postedDate", equalTo("2026-03-18"))
                .body("corrections[0].lateReason", nullValue());
    }

    @Test
    void aLateCorrectionIsReceivedOnlyWithAGoodReasonArl31() {
        long id = awaitingCorrection();
        step(id, "receive-correction", obj("date", "2026-03-20")).then().statusCode(422)
                .body("code", equalTo("CORRECTION_LATE")).body("correctionDue", equalTo("2026-03-18"));
        step(id, "receive-correction", obj("date", "2026-03-20", "postedDate", "2026-03-19")).then().statusCode(422)
                .body("code", equalTo("CORRECTION_LATE"));
        ok(id, "receive-correction", "date", "2026-03-20", "lateReason", "申请人住院治疗，有医院证明")
                .body("corrections[0].lateReason", equalTo("申请人住院治疗，有医院证明"));
    }

    @Test
    void abandonmentNeedsThePeriodOverAndRecordsWhatTheApplicantSaidArl31() {
        long id = awaitingCorrection();
        step(id, "abandon", obj("date", "2026-03-18", "reason", "逾期未补正")).then().statusCode(422)
                .body("code", equalTo("CORRECTION_PERIOD_NOT_OVER"));
        step(id, "abandon", obj("date", "2026-03-19")).then().statusCode(400).body("errors.field", hasItem("reason"));
        ok(id, "abandon", "date", "2026-03-19", "reason", "申请人称工作繁忙，不属于正当理由", "applicantExplanation", "工作繁忙")
                .body("state", equalTo("ABANDONED"))
                .body("corrections[0].applicantExplanation", equalTo("工作繁忙"));
    }

    // ---- ARL 41: termination -------------------------------------------------------------------------------------

    @Test
    void sixtyDaysOfSuspensionOnGround124EndTheCaseArl41Item5() {
        long id = inReview("2026-03-03");
        ok(id, "suspend", "date", "2026-03-10", "ground", "APPLICANT_DIED");
        // 03-10 to 05-08 is 59 days
        step(id, "conclude", obj("date", "2026-05-08", "decisionType", "TERMINATION", "terminationGround",
                "SUSPENSION_EXCEEDED_60_DAYS")).then().statusCode(422).body("code", equalTo("SUSPENSION_NOT_60_DAYS"))
                .body("earliestDate", equalTo("2026-05-09"));
        String explanation = (String) deadline(id, "DECISION", "2026-04-01").get("explanation");
        assertTrue(explanation.contains("fuyi.deadlines.exclude-suspension"), explanation);
        ok(id, "conclude", "date", "2026-05-09", "decisionType", "TERMINATION", "terminationGround", "SUSPENSION_EXCEEDED_60_DAYS")
                .body("terminationGroundLabel", equalTo("依照第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日，行政复议中止的原因仍未消除"));

        long forceMajeure = inReview("2026-03-03");
        ok(forceMajeure, "suspend", "date", "2026-03-10", "ground", "FORCE_MAJEURE");
        step(forceMajeure, "conclude", obj("date", "2026-06-01", "decisionType", "TERMINATION", "terminationGround",
                "SUSPENSION_EXCEEDED_60_DAYS")).then().statusCode(422).body("code", equalTo("TERMINATION_NEEDS_SUSPENSION_GROUND"));
    }

    @Test
    void terminationGroundsReadAsArl41WordsThem() {
        given().get("/api/v1/code-lists/TERMINATION_GROUND").then().statusCode(200)
                .body("codes.code", hasItem("CRIMINAL_COMPULSORY_MEASURE"))
                .body("codes.code", not(hasItem("CRIMINAL_DETENTION")))
                .body("codes.find { it.code == 'APPLICANT_DIED_NO_SUCCESSOR' }.labelZh",
                        equalTo("作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利"));
    }

    // ---- ARL 20, 21: the application period ----------------------------------------------------------------------

    @Test
    void anApplicationAfterSixtyDaysIsFlaggedLateAtIntakeArl20() {
        long id = receive(application(organ, respondent, "2026-03-20", "actKnownDate", "2026-01-05"));
        Map<String, Object> d = deadline(id, "APPLICATION_PERIOD", "2026-03-20");
        assertEquals("2026-03-06", d.get("due"));
        assertEquals("ARL 20 ¶1", d.get("article"));
        assertEquals("MET_LATE", d.get("status"));
        given().get("/api/v1/reconsiderations/" + id).then().statusCode(200)
                .body("application.late", equalTo(true))
                .body("application.applicationLastDay", equalTo("2026-03-06"))
                .body("warnings.code", hasItem("APPLICATION_LATE"))
                // the applicant's own period is shown, but the office's next deadline is its review
                .body("nextDeadlineKind", equalTo("ACCEPTANCE_REVIEW"));
        long inTime = receive(application(organ, respondent, "2026-03-06", "actKnownDate", "2026-01-05"));
        given().get("/api/v1/reconsiderations/" + inTime).then().body("application.late", equalTo(false))
                .body("warnings", hasSize(0));
    }

    @Test
    void anActThatDidNotStateTheRightRunsFromLearningItAtMostOneYearArl20Para3() {
        long learned = receive(application(organ, respondent, "2026-03-20", "actDate", "2025-06-01", "actKnownDate", "2025-06-01",
                "actNoticeStatedRights", false, "rightsKnownDate", "2026-02-02"));
        Map<String, Object> d = deadline(learned, "APPLICATION_PERIOD", "2026-03-20");
        assertEquals("RIGHTS_KNOWN", d.get("startEvent"));
        assertEquals("2026-04-03", d.get("due"));
        assertEquals("ARL 20 ¶3", d.get("article"));
        assertEquals("MET", d.get("status"));

        long notLearned = receive(application(organ, respondent, "2026-03-20", "actDate", "2025-06-01", "actKnownDate", "2025-06-01",
                "actNoticeStatedRights", false));
        d = deadline(notLearned, "APPLICATION_PERIOD", "2026-03-20");
        assertEquals("ACT_KNOWN_RIGHTS_NOT_STATED", d.get("startEvent"));
        assertEquals("2026-06-01", d.get("due"));

        json400(application(organ, respondent, "2026-03-20", "actKnownDate", "2026-01-05", "rightsKnownDate", "2026-02-02"),
                "rightsKnownDate");
    }

    @Test
    void anObstacleToApplyingPausesThePeriodArl20Para2() {
        long id = receive(application(organ, respondent, "2026-03-20", "actKnownDate", "2026-01-05",
                "obstacleFrom", "2026-01-10", "obstacleTo", "2026-01-31"));
        Map<String, Object> d = deadline(id, "APPLICATION_PERIOD", "2026-03-20");
        // 60 + 22 days from 01-05 end on Saturday 03-28; the period ends on Monday 03-30
        assertEquals(22, d.get("excludedDays"));
        assertEquals("2026-03-30", d.get("due"));
        assertEquals("MET", d.get("status"));
        json400(application(organ, respondent, "2026-03-20", "actKnownDate", "2026-01-05", "obstacleFrom", "2026-01-10"),
                "obstacleTo");
    }

    @Test
    void fiveYearsFromTheActIsTheLongestPeriodTwentyForRealPropertyArl21() {
        long late = receive(application(organ, respondent, "2026-03-02", "actDate", "2020-12-01", "actKnownDate", "2026-02-02"));
        Map<String, Object> limit = deadline(late, "APPLICATION_LIMIT", "2026-03-02");
        assertEquals("2025-12-01", limit.get("due"));
        assertEquals("MET_LATE", limit.get("status"));
        given().get("/api/v1/reconsiderations/" + late).then().body("application.late", equalTo(true));
        long land = receive(application(organ, respondent, "2026-03-02", "actDate", "2020-12-01", "actKnownDate", "2026-02-02",
                "realProperty", true));
        // 20 years end on Saturday 2040-12-01: the period ends on Monday 12-03
        assertEquals("2040-12-03", deadline(land, "APPLICATION_LIMIT", "2026-03-02").get("due"));
        given().get("/api/v1/reconsiderations/" + land).then().body("application.late", equalTo(false));
    }

    // ---- ARL 32: forwarding by the penalty agency ----------------------------------------------------------------

    @Test
    void thePenaltyAgencyForwardsInFiveWorkingDaysAndTheApplicationCountsFromItsReceiptArl32() {
        long id = receive(application(organ, respondent, "2026-03-12", "actDate", "2026-01-01", "actKnownDate", "2026-01-01",
                "agencyReceivedDate", "2026-03-02"));
        Map<String, Object> forwarding = deadline(id, "AGENCY_FORWARDING", "2026-03-12");
        assertEquals("2026-03-09", forwarding.get("due"));
        assertEquals("MET_LATE", forwarding.get("status"));
        // 60 days from 01-01 end on 03-02, the day the agency received it: in time, though the organ received it later
        Map<String, Object> period = deadline(id, "APPLICATION_PERIOD", "2026-03-12");
        assertEquals("2026-03-02", period.get("due"));
        assertEquals("MET", period.get("status"));
        json400(application(organ, respondent, "2026-03-12", "actCategory", "INFORMATION_DISCLOSURE",
                "agencyReceivedDate", "2026-03-02"), "agencyReceivedDate");
    }

    // ---- ARL 23, 34, 35: reconsideration first -------------------------------------------------------------------

    @Test
    void aRefusalInAReconsiderationFirstCaseOpensFifteenDaysToSueAndACompaintToTheSuperiorArl34Arl35() {
        long id = receive(application(organ, respondent, "2026-03-02", "actCategory", "INFORMATION_DISCLOSURE",
                "reconsiderationFirst", "INFORMATION_NOT_DISCLOSED"));
        given().get("/api/v1/reconsiderations/" + id).then()
                .body("application.reconsiderationFirstLabel", equalTo("申请政府信息公开，行政机关不予公开"));
        ok(id, "not-accept", "date", "2026-03-05", "reason", "不属于本机关管辖");
        Map<String, Object> suit = deadline(id, "SUIT_WINDOW", "2026-03-06");
        assertEquals("ARL 34", suit.get("article"));
        assertEquals("2026-03-20", suit.get("due"));
        step(id, "record-superior-complaint", obj("date", "2026-03-10", "superior", "苏州市人民政府", "ground", "DISMISSED"))
                .then().statusCode(422).body("code", equalTo("COMPLAINT_GROUND_NOT_MET"));
        long complaint = ok(id, "record-superior-complaint", "date", "2026-03-10", "superior", "苏州市人民政府", "ground", "NOT_ACCEPTED")
                .body("superiorComplaints[0].groundLabel", equalTo("无正当理由不予受理"))
                .extract().jsonPath().getLong("superiorComplaints[0].id");
        ok(id, "record-superior-complaint-outcome", "complaintId", complaint, "date", "2026-03-25", "outcome", "ORDERED_TO_CORRECT")
                .body("superiorComplaints[0].outcome", equalTo("ORDERED_TO_CORRECT"));
    }

    @Test
    void aComplaintOfNoDecisionNeedsThePeriodRunOutArl35() {
        long id = inReview("2026-03-03");
        step(id, "record-superior-complaint", obj("date", "2026-04-10", "superior", "苏州市人民政府", "ground",
                "NOT_DECIDED_IN_TIME")).then().statusCode(422).body("code", equalTo("COMPLAINT_GROUND_NOT_MET"));
        ok(id, "record-superior-complaint", "date", "2026-05-07", "superior", "苏州市人民政府", "ground", "NOT_DECIDED_IN_TIME")
                .body("superiorComplaints", hasSize(1));
    }

    @Test
    void aServedDecisionOpensFifteenDaysToSueAll45() {
        long id = accepted("2026-03-03");
        ok(id, "conclude", "date", "2026-04-01", "decisionType", "UPHOLD");
        ok(id, "serve", "date", "2026-04-03");
        Map<String, Object> suit = deadline(id, "SUIT_WINDOW", "2026-04-03");
        assertEquals("ALL 45", suit.get("article"));
        assertEquals("2026-04-20", suit.get("due"));
        given().get("/api/v1/reconsiderations/" + id).then().body("nextDeadlineKind", not(equalTo("SUIT_WINDOW")));
    }

    // ---- the 2017 law ---------------------------------------------------------------------------------------------

    @Test
    void a2017CaseIsAcceptedAsOfItsReceiptArl2017Art17() {
        long id = receive(application(organ, respondent, "2019-03-04", "actDate", "2019-02-01"));
        ok(id, "accept", "date", "2019-03-07")
                .body("acceptedDate", equalTo("2019-03-04"))
                .body("acceptanceKind", equalTo("ON_RECEIPT"));
        // the decision period runs from the receipt: 60 days end on Friday 05-03, a holiday; 05-04 too; Sunday 05-05 is
        // a make-up working day
        assertEquals("2019-05-05", deadline(id, "DECISION", "2019-03-07").get("due"));
    }

    @Test
    void a2017CaseHasNoFiveWorkingDayHearingNoticeAndCountsItsReplyInCalendarDaysArl2017Art40() {
        long id = receive(application(organ, respondent, "2019-03-04", "actDate", "2019-02-01"));
        ok(id, "accept", "date", "2019-03-04");
        ok(id, "choose-procedure", "date", "2019-03-04", "procedure", "ORDINARY");
        ok(id, "send-copy", "date", "2019-03-08");
        Map<String, Object> reply = deadline(id, "RESPONDENT_REPLY", "2019-03-08");
        assertEquals("CALENDAR_DAYS", reply.get("unit"));
        assertEquals("2019-03-18", reply.get("due"));
        assertTrue(((String) reply.get("explanation")).contains("十日答复期限按自然日计算"), (String) reply.get("explanation"));
        ok(id, "schedule-hearing", "noticeDate", "2019-04-01", "hearingDate", "2019-04-03", "place", "第一听证室",
                "issues", "事实认定");
        assertTrue(deadlines(id, "2019-04-01").stream().noneMatch(d -> "HEARING_NOTICE".equals(d.get("kind"))));
    }

    @Test
    void a2017CaseIsExtendedByTheOrgansHeadArl2017Art31() {
        long id = receive(application(organ, respondent, "2019-03-04", "actDate", "2019-02-01"));
        ok(id, "accept", "date", "2019-03-04");
        ok(id, "choose-procedure", "date", "2019-03-04", "procedure", "ORDINARY");
        step(id, "extend", obj("date", "2019-04-10", "days", 30, "reason", "案情复杂", "noticeDate", "2019-04-10",
                "approver", "BUREAU_HEAD")).then().statusCode(422).body("code", equalTo("EXTENSION_APPROVER_NOT_COMPETENT"));
        ok(id, "extend", "date", "2019-04-10", "days", 30, "reason", "案情复杂", "noticeDate", "2019-04-10")
                .body("extensions[0].approverRole", equalTo("ORGAN_HEAD"));
    }

    @Test
    void a2017CorrectionRunsForThePeriodTheNoticeSetRegulations2007Art29() {
        long id = receive(application(organ, respondent, "2019-03-04", "actDate", "2019-02-01"));
        step(id, "request-correction", obj("date", "2019-03-05", "items", "请补充身份证明")).then().statusCode(400)
                .body("errors[0].field", equalTo("periodDays"));
        ok(id, "request-correction", "date", "2019-03-05", "items", "请补充身份证明", "periodDays", 5)
                .body("corrections[0].periodDays", equalTo(5));
        // five calendar days from 03-05 end on Sunday 03-10: the period ends on Monday 03-11
        Map<String, Object> d = deadline(id, "CORRECTION_REPLY", "2019-03-06");
        assertEquals("CALENDAR_DAYS", d.get("unit"));
        assertEquals("2019-03-11", d.get("due"));
        step(id, "abandon", obj("date", "2019-03-11", "reason", "逾期未补正")).then().statusCode(422)
                .body("code", equalTo("CORRECTION_PERIOD_NOT_OVER"));
        ok(id, "abandon", "date", "2019-03-12", "reason", "逾期未补正且无正当理由").body("state", equalTo("ABANDONED"));

        long now = receive(application(organ, respondent, "2026-03-02"));
        step(now, "request-correction", obj("date", "2026-03-03", "items", "请补充身份证明", "periodDays", 5)).then()
                .statusCode(400).body("errors[0].field", equalTo("periodDays"));
    }

    // ---- what the statistics count of them ---------------------------------------------------------------------------

    @Test
    void theStatisticsCountLateApplicationsForwardingReconsiderationFirstComplaintsExtensionsAndCompensation() {
        receive(application(organ, respondent, "2025-03-20", "actDate", "2025-01-05", "actKnownDate", "2025-01-05"));
        receive(application(organ, respondent, "2025-03-12", "actDate", "2025-02-20", "actKnownDate", "2025-02-20",
                "agencyReceivedDate", "2025-03-10"));
        long refused = receive(application(organ, respondent, "2025-04-01", "actDate", "2025-03-01", "actKnownDate", "2025-03-01",
                "actCategory", "INFORMATION_DISCLOSURE", "reconsiderationFirst", "INFORMATION_NOT_DISCLOSED"));
        ok(refused, "not-accept", "date", "2025-04-03", "reason", "不属于本机关管辖");
        ok(refused, "record-superior-complaint", "date", "2025-04-10", "superior", "苏州市人民政府", "ground", "NOT_ACCEPTED");
        long extended = receive(application(organ, respondent, "2025-05-06", "actDate", "2025-04-01", "actKnownDate", "2025-04-01",
                "compensationRequested", true));
        ok(extended, "accept", "date", "2025-05-07");
        ok(extended, "choose-procedure", "date", "2025-05-07", "procedure", "ORDINARY");
        ok(extended, "extend", "date", "2025-06-20", "days", 15, "reason", "案情复杂", "noticeDate", "2025-06-20");
        ok(extended, "hear-party-opinion", "date", "2025-07-01", "respondent", true, "method", "PHONE", "summary", "被申请人坚持原处理意见");
        ok(extended, "conclude", "date", "2025-07-18", "decisionType", "REVOKE", "compensationOutcome", "AWARDED");
        given().accept("application/json").queryParam("organId", organ).queryParam("year", 2025)
                .get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .body("counts.received", equalTo(4))
                .body("counts.receivedLate", equalTo(1))
                .body("counts.forwardedByAgency", equalTo(1))
                .body("counts.reconsiderationFirst", equalTo(1))
                .body("counts.superiorComplaints", equalTo(1))
                .body("counts.extended", equalTo(1))
                .body("counts.compensationAwarded", equalTo(1))
                .body("counts.onTime", equalTo(1));
    }

    private static void json400(Map<String, Object> application, String field) {
        cn.fuyi.support.Api.json().body(application).post("/api/v1/reconsiderations").then().statusCode(400)
                .body("errors.field", hasItem(field));
    }
}
