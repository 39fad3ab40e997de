package cn.fuyi.litigation;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Lawsuits through every path of their lifecycle, through the REST API against the real database. */
@QuarkusTest
class LitigationLifecycleTest {

    long organ;
    long agency;

    @BeforeEach
    void organWithAgency() {
        organ = createOrgan("应诉测试市人民政府", "诉政复〔{year}〕{seq}号", null);
        agency = createRespondent(organ, "应诉测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
    }

    static String court() {
        return "测试市人民法院" + System.nanoTime();
    }

    static Map<String, Object> suit(long organ, String court, String number, String instance, Object... extra) {
        Map<String, Object> m = obj("organId", organ, "court", court, "courtCaseNumber", number, "instance", instance,
                "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "钱多多", "idType", "RESIDENT_ID_CARD",
                        "idNumber", "11010519491231002X")),
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "NATURAL_RESOURCES",
                "actDescription", "责令限期拆除决定", "claims", "请求撤销被诉行政行为",
                "filedDate", "2026-03-02", "counselType", "PUBLIC_LAWYER", "counselName", "周公律");
        m.putAll(obj(extra));
        return m;
    }

    static long register(Map<String, Object> body) {
        return json().body(body).post("/api/v1/lawsuits").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(long id) {
        return given().get("/api/v1/lawsuits/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response step(long id, String name, Map<String, Object> body) {
        return json().header("If-Match", etag(id)).body(body).post("/api/v1/lawsuits/" + id + "/transitions/" + name);
    }

    static ValidatableResponse done(long id, String name, Object... body) {
        return step(id, name, obj(body)).then().statusCode(200);
    }

    static Map<String, Object> deadline(long id, String kind, String asOf) {
        List<Map<String, Object>> all = given().queryParam("asOf", asOf).get("/api/v1/lawsuits/" + id + "/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow();
    }

    /** A reconsideration case decided with {@code decision} and served. */
    long decidedCase(String decision) {
        long c = receive(application(organ, agency, "2026-01-05"));
        ok(c, "accept", "date", "2026-01-06");
        ok(c, "choose-procedure", "date", "2026-01-06", "procedure", "ORDINARY");
        ok(c, "hear-party-opinion", "date", "2026-02-02", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        ok(c, "conclude", "date", "2026-02-10", "decisionType", decision);
        ok(c, "serve", "date", "2026-02-12");
        return c;
    }

    @Test
    void upheldCaseMakesTheOrganACoDefendantAndALostJudgmentIsAppealed() {
        long upheld = decidedCase("UPHOLD");
        given().queryParam("reconsiderationCaseId", upheld).get("/api/v1/lawsuits/defendant-proposal").then().statusCode(200)
                .body("respondentId", hasItem((int) agency))
                .body("organId", hasItem((int) organ))
                .body("basis", hasItem("UPHELD_CO_DEFENDANTS"));
        long changed = decidedCase("REVOKE");
        given().queryParam("reconsiderationCaseId", changed).get("/api/v1/lawsuits/defendant-proposal").then()
                .body("$", hasSize(1)).body("[0].organId", equalTo((int) organ)).body("[0].basis", equalTo("CHANGED_ORGAN_ALONE"));

        String court = court();
        var created = json().body(suit(organ, court, "(2026)苏0585行初12号", "FIRST", "reconsiderationCaseId", upheld,
                "defendants", List.of(obj("respondentId", agency), obj("organId", organ)), "servedDate", "2026-03-04"))
                .post("/api/v1/lawsuits").then().statusCode(201)
                .body("state", equalTo("ACTIVE"))
                .body("defendants.kind", contains("AGENCY", "ORGAN"))
                .body("proposedDefendants", hasSize(2))
                .body("defendantsMatchProposal", equalTo(true))
                .body("reconsiderationCaseNumber", equalTo("诉政复〔2026〕1号"))
                .body("reportDueDate", equalTo("2026-03-09"))
                .body("reportStatus", equalTo("NOT_REPORTED"))
                .extract();
        long id = created.jsonPath().getLong("id");
        long agencyDefendant = created.jsonPath().getLong("defendants[0].id");
        long organDefendant = created.jsonPath().getLong("defendants[1].id");

        // defence: 15 days after service; report: 3 working days after service
        assertEquals("2026-03-19", deadline(id, "DEFENCE", "2026-03-05").get("due"));
        assertEquals("ALL 67", deadline(id, "DEFENCE", "2026-03-05").get("article"));
        assertEquals("2026-09-02", deadline(id, "TRIAL", "2026-03-05").get("due"));
        done(id, "record-report", "date", "2026-03-10").body("reportStatus", equalTo("LATE"));
        done(id, "submit-defence", "date", "2026-03-18");
        assertEquals("MET", deadline(id, "DEFENCE", "2026-03-20").get("status"));

        done(id, "hold-session", "date", "2026-04-10", "courtRoom", "第三法庭", "appearances", List.of(
                obj("defendantId", agencyDefendant, "headAppeared", true, "headName", "吴局长", "headPosition", "局长",
                        "headRank", "PRINCIPAL", "headSpoke", true, "courtNotifiedHead", true, "counselType", "PUBLIC_LAWYER",
                        "counselName", "周公律"),
                obj("defendantId", organDefendant, "headAppeared", true, "headName", "郑副市长", "headRank", "DEPUTY",
                        "headSpoke", false)))
                .body("sessions", hasSize(1))
                .body("sessions[0].appearances.headCounts", contains(true, true));
        var second = done(id, "hold-session", "date", "2026-05-12", "appearances", List.of(
                obj("defendantId", agencyDefendant, "headAppeared", false, "courtNotifiedHead", true,
                        "absenceReason", "DUTY_NO_ONE_ELSE", "entrustedStaff", List.of("冯科长")),
                obj("defendantId", organDefendant, "headAppeared", false)))
                .body("sessions", hasSize(2))
                .body("sessions[1].appearances[0].absenceReasonLabel", equalTo("需要履行他人不能代替的公务"))
                .extract();
        long secondSession = second.jsonPath().getLong("sessions[1].id");
        // the agency's deputy head had in fact attended: the record is corrected and the old one kept
        done(id, "correct-attendance", "sessionId", secondSession, "reason", "庭审笔录核对后更正",
                "appearance", obj("defendantId", agencyDefendant, "headAppeared", true, "headName", "王副局长",
                        "headRank", "DEPUTY", "headSpoke", true))
                .body("sessions[1].appearances.find { it.defendantId == " + agencyDefendant + " }.revision", equalTo(2))
                .body("sessions[1].appearances.find { it.defendantId == " + agencyDefendant + " }.headName", equalTo("王副局长"))
                .body("sessions[1].corrections", hasSize(1))
                .body("sessions[1].corrections[0].absenceReason", equalTo("DUTY_NO_ONE_ELSE"));

        var decided = done(id, "record-outcome", "date", "2026-06-15", "outcome", "REVOKE", "orderToRedo", true,
                "servedDate", "2026-06-18", "summary", "撤销被诉决定，责令重新作出",
                "rectification", obj("problem", "拆除决定认定事实不清、程序违法", "dueDate", "2026-09-30"))
                .body("state", equalTo("DECIDED"))
                .body("loss", equalTo(true))
                .body("outcomeLabel", equalTo("判决撤销"))
                .extract();
        assertEquals("2026-07-03", deadline(id, "APPEAL_WINDOW", "2026-06-20").get("due"));
        given().queryParam("sourceType", "LAWSUIT").queryParam("respondentId", agency).get("/api/v1/rectifications").then()
                .body("totalItems", equalTo(1))
                .body("items[0].sourceId", equalTo((int) id))
                .body("items[0].problem", equalTo("拆除决定认定事实不清、程序违法"))
                .body("items[0].open", equalTo(true));
        given().queryParam("organId", organ).queryParam("asOf", "2026-10-01").get("/api/v1/rectifications/by-agency").then()
                .body("find { it.respondentId == " + agency + " }.open", equalTo(1))
                .body("find { it.respondentId == " + agency + " }.overdue", equalTo(1));

        long appeal = register(suit(organ, "测试市中级人民法院" + System.nanoTime(), "(2026)苏05行终88号", "APPEAL",
                "previousLawsuitId", id, "filedDate", "2026-07-01",
                "defendants", List.of(obj("respondentId", agency), obj("organId", organ))));
        given().get("/api/v1/lawsuits/" + id).then().body("state", equalTo("APPEALED"))
                .body("continuedBy", contains((int) appeal));
        assertEquals("MET", deadline(id, "APPEAL_WINDOW", "2026-07-10").get("status"));
        step(id, "become-final", obj("date", "2026-07-10")).then().statusCode(409)
                .body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED")).body("state", equalTo("APPEALED"));
        // three months end on 10-01, National Day: the period runs to 10-08
        assertEquals("2026-10-08", deadline(appeal, "TRIAL", "2026-07-02").get("due"));
        done(appeal, "record-outcome", "date", "2026-09-10", "outcome", "APPEAL_REJECTED", "servedDate", "2026-09-12");
        done(appeal, "become-final", "date", "2026-09-12").body("state", equalTo("FINAL"));

        given().get("/api/v1/lawsuits/" + id + "/events").then()
                .body("transition", contains("REGISTER", "RECORD_REPORT", "SUBMIT_DEFENCE", "HOLD_SESSION", "HOLD_SESSION",
                        "CORRECT_ATTENDANCE", "RECORD_OUTCOME", "APPEAL_FILED"))
                .body("[5].reason", equalTo("庭审笔录核对后更正"));
        assertEquals(true, decided.jsonPath().getBoolean("loss"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void periodsTheCourtDoesNotCountMoveTheTrialDeadlineOnceEach() {
        long id = register(suit(organ, court(), "(2026)苏0585行初21号", "FIRST", "defendants", List.of(obj("respondentId", agency))));
        assertEquals("2026-09-02", deadline(id, "TRIAL", "2026-03-05").get("due"));
        step(id, "record-court-exclusion", obj("date", "2026-03-10", "ground", "NOTICE_BY_PUBLICATION", "from", "2026-03-01",
                "to", "2026-03-20")).then().statusCode(400).body("errors[0].field", equalTo("from"));
        step(id, "record-court-exclusion", obj("date", "2026-03-10", "ground", "NOTICE_BY_PUBLICATION", "from", "2026-03-10",
                "to", "2026-03-09")).then().statusCode(400).body("errors[0].field", equalTo("to"));
        // publication 03-10..04-08 (30 days) and an appraisal 04-01..04-20 (20 days, 8 of them already excluded)
        done(id, "record-court-exclusion", "date", "2026-03-10", "ground", "NOTICE_BY_PUBLICATION", "from", "2026-03-10",
                "to", "2026-04-08", "note", "法院公告送达起诉状副本")
                .body("courtExclusions[0].groundLabel", equalTo("公告期间"));
        done(id, "record-court-exclusion", "date", "2026-04-01", "ground", "APPRAISAL", "from", "2026-04-01", "to", "2026-04-20")
                .body("courtExclusions.ground", contains("NOTICE_BY_PUBLICATION", "APPRAISAL"));
        Map<String, Object> trial = deadline(id, "TRIAL", "2026-04-21");
        assertEquals(42, trial.get("excludedDays"));
        assertEquals("2026-10-14", trial.get("due"));
        assertEquals(List.of(30, 12), ((List<Map<String, Object>>) trial.get("exclusions")).stream().map(x -> x.get("days")).toList());
    }

    @Test
    void aWithdrawalAfterTheAgencyChangedItsActIsRecordedAndIsNoLoss() {
        long id = register(suit(organ, court(), "(2026)苏0585行初30号", "FIRST", "filedDate", "2026-04-01",
                "servedDate", "2026-04-03", "defendants", List.of(obj("respondentId", agency))));
        // 3 working days after Friday 04-03, over Qingming (04-04..06): 04-09
        assertEquals("2026-04-09", deadline(id, "REPORT", "2026-04-04").get("due"));
        // no statute sets it: the explanation names the setting
        assertTrue(((String) deadline(id, "REPORT", "2026-04-04").get("explanation")).contains("不是法定期限"));
        step(id, "record-outcome", obj("date", "2026-05-06", "outcome", "REJECT_CLAIMS", "withdrawnAfterActChanged", true))
                .then().statusCode(422).body("code", equalTo("WITHDRAWAL_FLAG_NOT_APPLICABLE"));
        step(id, "record-outcome", obj("date", "2026-05-06", "outcome", "WITHDRAWAL_APPROVED",
                "rectification", obj("problem", "x", "dueDate", "2026-06-01")))
                .then().statusCode(422).body("code", equalTo("RECTIFICATION_NEEDS_LOSS"));
        done(id, "record-outcome", "date", "2026-05-06", "outcome", "WITHDRAWAL_APPROVED", "withdrawnAfterActChanged", true,
                "servedDate", "2026-05-07")
                .body("withdrawnAfterActChanged", equalTo(true))
                .body("loss", equalTo(false));
        done(id, "become-final", "date", "2026-05-07").body("state", equalTo("FINAL"));
        given().queryParam("organId", organ).queryParam("lost", false).get("/api/v1/lawsuits").then()
                .body("items.id", hasItem((int) id));
        given().queryParam("organId", organ).queryParam("servedFrom", "2026-04-01").queryParam("servedTo", "2026-04-30")
                .queryParam("asOf", "2026-06-01").get("/api/v1/lawsuits/reporting").then()
                .body("items.find { it.lawsuitId == " + id + " }.status", equalTo("NOT_REPORTED"))
                .body("items.find { it.lawsuitId == " + id + " }.reportDueDate", equalTo("2026-04-09"));
    }

    @Test
    void aRulingDismissingTheSuitBecomesFinalAfterTenDays() {
        long id = register(suit(organ, court(), "(2026)苏0585行初41号", "FIRST", "filedDate", "2026-05-06",
                "servedDate", "2026-05-08", "reportedDate", "2026-05-11", "defendants", List.of(obj("respondentId", agency))));
        given().get("/api/v1/lawsuits/" + id).then().body("reportStatus", equalTo("ON_TIME"));
        done(id, "record-outcome", "date", "2026-05-20", "outcome", "DISMISS_SUIT", "servedDate", "2026-05-22")
                .body("loss", equalTo(false));
        // 10 days after service end on Monday 06-01
        assertEquals("2026-06-01", deadline(id, "APPEAL_WINDOW", "2026-05-25").get("due"));
        step(id, "become-final", obj("date", "2026-05-30")).then().statusCode(422)
                .body("code", equalTo("APPEAL_WINDOW_OPEN"));
        done(id, "become-final", "date", "2026-06-02").body("state", equalTo("FINAL")).body("finalDate", equalTo("2026-06-02"));
        assertEquals("LAPSED", deadline(id, "APPEAL_WINDOW", "2026-06-03").get("status"));
    }

    @Test
    void recommendationsAreTrackedUntilAnswered() {
        long id = register(suit(organ, court(), "(2026)苏0585行初55号", "FIRST", "defendants", List.of(obj("respondentId", agency))));
        var rec = json().body(obj("kind", "JUDICIAL", "issuer", "测试市人民法院", "documentNumber", "(2026)苏0585司建1号",
                "lawsuitId", id, "respondentId", agency, "addressee", "应诉测试市自然资源和规划局",
                "subject", "负责人无正当理由未出庭应诉", "receivedDate", "2026-06-20", "answerDueDate", "2026-08-20"))
                .post("/api/v1/recommendations").then().statusCode(201)
                .body("kindLabel", equalTo("司法建议")).body("organId", equalTo((int) organ)).extract();
        long recId = rec.jsonPath().getLong("id");
        given().queryParam("organId", organ).queryParam("overdue", true).queryParam("asOf", "2026-09-01")
                .get("/api/v1/recommendations").then().body("items.id", contains((int) recId));
        json().body(obj("date", "2026-08-01", "summary", "已建立负责人出庭应诉台账")).post("/api/v1/recommendations/" + recId + "/answer")
                .then().statusCode(428);
        String tag = given().get("/api/v1/recommendations/" + recId).then().extract().header("ETag");
        json().header("If-Match", tag).body(obj("date", "2026-08-01", "summary", "已建立负责人出庭应诉台账"))
                .post("/api/v1/recommendations/" + recId + "/answer").then().statusCode(200)
                .body("answeredDate", equalTo("2026-08-01")).body("overdue", equalTo(false));
        given().queryParam("organId", organ).queryParam("overdue", true).queryParam("asOf", "2026-09-01")
                .get("/api/v1/recommendations").then().body("totalItems", equalTo(0));
        json().body(obj("kind", "PROCURATORIAL", "issuer", "测试市人民检察院", "addressee", "某局", "subject", "s",
                "receivedDate", "2026-06-20", "answerDueDate", "2026-08-20")).post("/api/v1/recommendations")
                .then().statusCode(400).body("errors[0].field", equalTo("organId"));
    }

    @Test
    void rectificationFromACorrectedCaseIsClosedWithEvidence() {
        long corrected = decidedCase("REVOKE");
        long upheld = decidedCase("UPHOLD");
        json().body(obj("sourceType", "RECONSIDERATION_CASE", "sourceId", upheld, "problem", "p", "dueDate", "2026-05-01"))
                .post("/api/v1/rectifications").then().statusCode(422).body("code", equalTo("RECTIFICATION_SOURCE_NOT_CORRECTED"));
        long item = json().body(obj("sourceType", "RECONSIDERATION_CASE", "sourceId", corrected,
                "problem", "处罚前未告知陈述申辩权利", "dueDate", "2026-05-01")).post("/api/v1/rectifications")
                .then().statusCode(201).body("respondentId", equalTo((int) agency)).extract().jsonPath().getLong("id");
        String tag = given().get("/api/v1/rectifications/" + item).then().extract().header("ETag");
        json().header("If-Match", tag).body(obj("date", "2026-04-20", "actions", "修订执法文书模板，组织培训",
                "evidenceNote", "培训签到表、新模板")).post("/api/v1/rectifications/" + item + "/close").then().statusCode(200)
                .body("open", equalTo(false)).body("closedDate", equalTo("2026-04-20"));
        json().header("If-Match", "\"" + 1 + "\"").body(obj("date", "2026-04-21", "actions", "again"))
                .post("/api/v1/rectifications/" + item + "/close").then().statusCode(409).body("code", equalTo("RECTIFICATION_CLOSED"));
    }

    @Test
    void listsFilterByAgencyOutcomeAndSearch() {
        String court = court();
        long a = register(suit(organ, court, "(2026)苏0585行初61号", "FIRST", "defendants", List.of(obj("respondentId", agency)),
                "plaintiffs", List.of(obj("kind", "LEGAL_PERSON", "name", "某某置业有限公司", "legalRepresentative", "孙总"))));
        long other = createRespondent(organ, "应诉测试市公安局", "GOVERNMENT_DEPARTMENT");
        long b = register(suit(organ, court, "(2026)苏0585行初62号", "FIRST", "defendants", List.of(obj("respondentId", other))));
        done(b, "record-outcome", "date", "2026-05-06", "outcome", "CONFIRM_ILLEGAL");
        given().queryParam("respondentId", agency).get("/api/v1/lawsuits").then().body("items.id", contains((int) a));
        given().queryParam("organId", organ).queryParam("lost", true).get("/api/v1/lawsuits").then()
                .body("items.id", contains((int) b)).body("items[0].defendantNames", contains("应诉测试市公安局"));
        given().queryParam("q", "置业").get("/api/v1/lawsuits").then().body("items.id", contains((int) a));
        given().queryParam("organId", organ).queryParam("sort", "courtCaseNumber").get("/api/v1/lawsuits").then()
                .body("items.id", containsInAnyOrder((int) a, (int) b)).body("items[0].id", equalTo((int) a));
    }

    @Test
    void badLawsuitInputIsRejectedClearly() {
        long c = decidedCase("UPHOLD");
        json().body(suit(organ, court(), "苏0585行初12号", "FIRST", "defendants", List.of(obj("respondentId", agency))))
                .post("/api/v1/lawsuits").then().statusCode(400).body("errors[0].field", equalTo("courtCaseNumber"));
        json().body(suit(organ, court(), "(2026)苏05行终1号", "FIRST", "defendants", List.of(obj("respondentId", agency))))
                .post("/api/v1/lawsuits").then().statusCode(400).body("errors[0].field", equalTo("instance"))
                .body("errors[0].code", equalTo("INSTANCE_MISMATCH"));
        json().body(suit(organ, court(), "(2026)苏0585行初13号", "FIRST", "defendants", List.of(obj("respondentId", agency, "organId", organ))))
                .post("/api/v1/lawsuits").then().statusCode(400).body("errors[0].code", equalTo("ONE_OF_RESPONDENT_OR_ORGAN"));
        json().body(suit(organ, court(), "(2026)苏05行终2号", "APPEAL", "defendants", List.of(obj("respondentId", agency))))
                .post("/api/v1/lawsuits").then().statusCode(400).body("errors[0].field", equalTo("previousLawsuitId"));
        json().body(suit(organ, court(), "(2026)苏0585行初14号", "FIRST", "instance", "SUPREME",
                "defendants", List.of(obj("respondentId", agency)))).post("/api/v1/lawsuits").then().statusCode(400)
                .body("errors[0].field", equalTo("instance"));
        long id = register(suit(organ, court(), "(2026)苏0585行初15号", "FIRST", "reconsiderationCaseId", c,
                "defendants", List.of(obj("respondentId", agency))));
        given().get("/api/v1/lawsuits/" + id).then().body("defendantsMatchProposal", equalTo(false));
        step(id, "submit-defence", obj("date", "2026-03-10")).then().statusCode(422).body("code", equalTo("COMPLAINT_NOT_SERVED"));
        step(id, "become-final", obj("date", "2026-03-10")).then().statusCode(409)
                .body("allowedTransitions", hasItem("RECORD_OUTCOME"));
        long defendant = given().get("/api/v1/lawsuits/" + id).then().extract().jsonPath().getLong("defendants[0].id");
        step(id, "hold-session", obj("date", "2026-04-01", "appearances", List.of(obj("defendantId", defendant, "headAppeared", true))))
                .then().statusCode(400).body("errors.field", hasItem("appearances[0].headName"));
        step(id, "record-outcome", obj("date", "2026-05-01", "outcome", "APPEAL_REJECTED")).then().statusCode(422)
                .body("code", equalTo("OUTCOME_NOT_FOR_INSTANCE"));
        json().header("If-Match", "\"99\"").body(obj("date", "2026-03-05")).post("/api/v1/lawsuits/" + id + "/transitions/record-service")
                .then().statusCode(412);
        given().get("/api/v1/lawsuits/987654321").then().statusCode(404).body("code", equalTo("LAWSUIT_NOT_FOUND"));
        step(id, "take-a-break", obj("date", "2026-03-05")).then().statusCode(404).body("code", equalTo("CASE_TRANSITION_UNKNOWN"));
    }
}
