package cn.fuyi.casefile;

import static cn.fuyi.casefile.Documents.file;
import static cn.fuyi.casefile.Documents.upload;
import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.deadline;
import static cn.fuyi.support.Api.deadlines;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The case file's registers through the REST API: evidence (ARL 43-46), investigations (ARL 45), file inspection
 * (ARL 47) and service (ARL 75, CPL 87-95) with each applicant's period to sue (ALL 45).
 */
@QuarkusTest
class CaseFileRegistersTest {

    private static final String CASES = "reconsiderations";

    long organ;
    long respondent;
    long caseId;
    long applicantA;
    long applicantB;
    long thirdParty;
    long agent;

    @BeforeEach
    void aCaseInReview() {
        organ = createOrgan(Api.unique("卷宗测试市人民政府"), "卷复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, Api.unique("卷宗测试市自然资源和规划局"), "GOVERNMENT_DEPARTMENT");
        Map<String, Object> app = application(organ, respondent, "2026-03-02");
        app.put("applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "王建国"), obj("kind", "NATURAL_PERSON", "name", "李秀英")));
        app.put("thirdParties", List.of(obj("kind", "LEGAL_PERSON", "name", "太仓某建设有限公司")));
        app.put("agents", List.of(obj("kind", "NATURAL_PERSON", "name", "赵律师", "agentKind", "LAWYER")));
        caseId = receive(app);
        ok(caseId, "accept", "date", "2026-03-02");
        ok(caseId, "choose-procedure", "date", "2026-03-02", "procedure", "ORDINARY");
        // the copy reached the respondent on Thursday 03-05: ten working days to reply, to Thursday 03-19 (ARL 48)
        var c = ok(caseId, "send-copy", "date", "2026-03-04", "receivedDate", "2026-03-05").extract().jsonPath();
        applicantA = c.getLong("applicants[0].id");
        applicantB = c.getLong("applicants[1].id");
        thirdParty = c.getLong("thirdParties[0].id");
        agent = c.getLong("agents[0].id");
    }

    private long document(String name, String kind, long seed) {
        return upload(CASES, caseId, name, file("pdf", 2000, seed), kind, null).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String evidence() {
        return "/api/v1/reconsiderations/" + caseId + "/evidence";
    }

    private Response submit(Object... body) {
        return json().body(obj(body)).post(evidence());
    }

    private static String auditor(long organ) {
        return Tokens.bearer(Tokens.of("file.auditor", "审计", Set.of("auditor"), List.of(organ), "EXACT", null));
    }

    @Test
    void theEvidenceRegisterIsWalkedThroughArl43To46() {
        long photo = document("现场照片.pdf", "EVIDENCE", 101);
        long permit = document("规划许可证.pdf", "EVIDENCE", 102);
        long survey = document("测绘报告.pdf", "EVIDENCE", 103);
        String replyDue = (String) deadline(caseId, "RESPONDENT_REPLY", "2026-03-10").get("due");
        assertEquals("2026-03-19", replyDue);

        Response first = submit("type", "AUDIO_VISUAL", "description", "违建现场照片", "submitterRole", "APPLICANT",
                "submitterPartyId", applicantA, "submittedDate", "2026-03-02", "documentIds", List.of(photo));
        first.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("typeLabel", equalTo("视听资料"))
                .body("submitterName", equalTo("王建国")).body("timeliness", equalTo("NOT_APPLICABLE"))
                .body("reviewStatus", equalTo("PENDING")).body("documentIds", contains((int) photo));
        long applicantItem = first.jsonPath().getLong("id");
        assertTrue(first.header("Location").endsWith("/api/v1/reconsiderations/" + caseId + "/evidence/" + applicantItem));

        long inTime = submit("type", "DOCUMENTARY", "description", "建设工程规划许可证", "submitterRole", "RESPONDENT",
                "submittedDate", "2026-03-19", "documentIds", List.of(permit, permit)).then().statusCode(201)
                .body("timeliness", equalTo("IN_TIME")).body("replyDueDate", equalTo("2026-03-19"))
                .body("documentIds", contains((int) permit)).extract().jsonPath().getLong("id");
        // a day after the reply period: flagged, computed from the copy's dates, not typed in (ARL 48, 70)
        long late = submit("type", "EXPERT_OPINION", "description", "测绘报告", "submitterRole", "RESPONDENT",
                "submittedDate", "2026-03-20", "documentIds", List.of(survey)).then().statusCode(201)
                .body("timeliness", equalTo("LATE")).body("timelinessLabel", equalTo("逾期提交"))
                .extract().jsonPath().getLong("id");

        // supplementary evidence of the respondent: refused without the office's permission, then entered with it (ARL 46 ¶2)
        submit("type", "WITNESS_TESTIMONY", "description", "证人证言", "submitterRole", "RESPONDENT",
                "submittedDate", "2026-03-25", "supplementary", true).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("SUPPLEMENTARY_EVIDENCE_NOT_PERMITTED"))
                .body("detail", containsString("第四十六条"));
        submit("type", "WITNESS_TESTIMONY", "description", "证人证言", "submitterRole", "APPLICANT", "submitterPartyId",
                applicantA, "submittedDate", "2026-03-25", "supplementary", true, "permissionDate", "2026-03-24").then()
                .statusCode(400).body("errors[0].field", equalTo("supplementary"));
        submit("type", "WITNESS_TESTIMONY", "description", "证人证言", "submitterRole", "RESPONDENT",
                "submittedDate", "2026-03-25", "supplementary", true, "permissionDate", "2026-03-24", "permittedBy", "陈科长",
                "permissionReason", "申请人提出了新的证据").then().statusCode(201)
                .body("timeliness", equalTo("PERMITTED_SUPPLEMENT")).body("permittedBy", equalTo("陈科长"))
                .body("permissionDate", equalTo("2026-03-24"));

        // documents must be active documents of this case's file; parties must be of this case
        long otherCase = receive(application(organ, respondent, "2026-03-02"));
        long foreign = upload(CASES, otherCase, "别案.pdf", file("pdf", 2000, 104), "EVIDENCE", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        submit("type", "DOCUMENTARY", "description", "x", "submitterRole", "APPLICANT", "submitterPartyId", applicantA,
                "submittedDate", "2026-03-02", "documentIds", List.of(foreign)).then().statusCode(400)
                .body("errors[0].field", equalTo("documentIds")).body("errors[0].code", equalTo("DOCUMENT_NOT_IN_CASE_FILE"));
        submit("type", "DOCUMENTARY", "description", "x", "submitterRole", "THIRD_PARTY", "submitterPartyId", applicantA,
                "submittedDate", "2026-03-02").then().statusCode(400).body("errors[0].code", equalTo("PARTY_NOT_IN_CASE"));

        // the review is a step of its own, on the item's version
        String review = evidence() + "/" + late + "/review";
        json().body(obj("admitted", false, "date", "2026-03-26", "reason", "逾期提交且系复议期间自行收集")).post(review)
                .then().statusCode(428).contentType("application/problem+json");
        json().header("If-Match", "\"7\"").body(obj("admitted", false, "date", "2026-03-26", "reason", "x")).post(review)
                .then().statusCode(412);
        json().header("If-Match", "\"0\"").body(obj("admitted", false, "date", "2026-03-26")).post(review)
                .then().statusCode(400).body("errors[0].code", equalTo("REQUIRED_WHEN_EXCLUDED"));
        json().header("If-Match", "\"0\"").body(obj("admitted", false, "date", "2026-03-26", "reason", "逾期提交且系复议期间自行收集"))
                .post(review).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("reviewStatus", equalTo("EXCLUDED"))
                .body("reviewStatusLabel", equalTo("不予采纳")).body("reviewReason", equalTo("逾期提交且系复议期间自行收集"));
        json().header("If-Match", "\"0\"").body(obj("admitted", true, "date", "2026-03-26")).post(evidence() + "/" + inTime + "/review")
                .then().statusCode(200).body("reviewStatus", equalTo("ADMITTED"));

        given().queryParam("sort", "submittedDate").get(evidence()).then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.id", contains((int) applicantItem, (int) inTime, (int) late, (int) late + 1))
                .body("items.timeliness", contains("NOT_APPLICABLE", "IN_TIME", "LATE", "PERMITTED_SUPPLEMENT"))
                .body("items.reviewStatus", contains("PENDING", "ADMITTED", "EXCLUDED", "PENDING"));
        given().header("Accept-Language", "en").get(evidence() + "/" + late).then().statusCode(200)
                .body("typeLabel", equalTo("Expert opinion")).body("timelinessLabel", equalTo("After the reply period"));
        given().get(evidence() + "/999999999").then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
        given().queryParam("sort", "password").get(evidence()).then().statusCode(400).body("code", equalTo("INVALID_SORT"));

        Api.awaitSequenced();
        given().header("Authorization", auditor(organ)).queryParam("subjectType", "EVIDENCE").queryParam("subjectId", late)
                .queryParam("sort", "seq").get("/api/v1/audit").then().statusCode(200)
                .body("items.operation", contains("SUBMIT", "REVIEW"))
                .body("items[0].changes.timeliness", equalTo("LATE"))
                .body("items[1].changes.reviewStatus.after", equalTo("EXCLUDED"))
                .body("items[1].reason", equalTo("逾期提交且系复议期间自行收集"));
    }

    @Test
    void agencyStaffReadTheirOwnCasesEvidenceAndServiceMaskedAndStrangersGet404() {
        long photo = document("照片.pdf", "EVIDENCE", 201);
        long decision = document("决定书.pdf", "DECISION", 202);
        long item = submit("type", "AUDIO_VISUAL", "description", "照片", "submitterRole", "APPLICANT", "submitterPartyId",
                applicantA, "submittedDate", "2026-03-02", "documentIds", List.of(photo)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ok(caseId, "hear-party-opinion", "date", "2026-03-20", "respondent", true, "method", "IN_PERSON", "summary", "坚持原意见");
        ok(caseId, "conclude", "date", "2026-04-20", "decisionType", "UPHOLD");
        long served = json().body(obj("documentId", decision, "recipientPartyId", applicantA, "method", "IN_PERSON",
                "sentDate", "2026-04-21", "deliveredDate", "2026-04-21")).post("/api/v1/reconsiderations/" + caseId + "/service-records")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String agency = Tokens.bearer(Tokens.of("file.agency", "机关", Set.of("agency"), List.of(organ), "EXACT", respondent));
        given().header("Authorization", agency).get(evidence()).then().statusCode(200)
                .body("items[0].submitterName", equalTo("王**")).body("items[0].createdBy", nullValue());
        given().header("Authorization", agency).get("/api/v1/reconsiderations/" + caseId + "/service-records/" + served).then()
                .statusCode(200).body("recipientName", equalTo("王**"));
        given().header("Authorization", agency).get("/api/v1/reconsiderations/" + caseId + "/investigations").then().statusCode(403);
        json().header("Authorization", agency).body(obj("type", "DOCUMENTARY", "description", "x", "submitterRole", "RESPONDENT",
                "submittedDate", "2026-03-10")).post(evidence()).then().statusCode(403);

        long otherRespondent = createRespondent(organ, Api.unique("另一局"), "GOVERNMENT_DEPARTMENT");
        String otherAgency = Tokens.bearer(Tokens.of("file.agency2", "他机关", Set.of("agency"), List.of(organ), "EXACT", otherRespondent));
        given().header("Authorization", otherAgency).get(evidence() + "/" + item).then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Authorization", otherAgency).get("/api/v1/reconsiderations/" + caseId + "/service-records").then()
                .statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));

        long otherOrgan = createOrgan(Api.unique("另一卷宗市人民政府"), "另卷复〔{year}〕{seq}号", null);
        String stranger = Tokens.bearer(Tokens.role("clerk", otherOrgan));
        given().header("Authorization", stranger).get(evidence()).then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        json().header("Authorization", stranger).body(obj("date", "2026-03-10", "place", "现场", "staff", List.of("甲", "乙")))
                .post("/api/v1/reconsiderations/" + caseId + "/investigations").then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
        json().header("Authorization", stranger).body(obj("requestDate", "2026-03-10", "requesterPartyId", applicantA,
                "materials", "答复书")).post("/api/v1/reconsiderations/" + caseId + "/inspections").then().statusCode(404);
    }

    @Test
    void anInvestigationNeedsTwoStaffArl45() {
        long record = document("调查笔录.pdf", "INVESTIGATION_RECORD", 301);
        String path = "/api/v1/reconsiderations/" + caseId + "/investigations";
        json().body(obj("date", "2026-03-12", "place", "城厢镇某村", "staff", List.of("周复议"), "personsQuestioned", List.of("村委会主任")))
                .post(path).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("INVESTIGATION_STAFF_TOO_FEW")).body("detail", containsString("第四十五条"));
        // the same person twice is still one
        json().body(obj("date", "2026-03-12", "place", "城厢镇某村", "staff", List.of("周复议", "周复议"))).post(path).then()
                .statusCode(422).body("code", equalTo("INVESTIGATION_STAFF_TOO_FEW"));
        Response r = json().body(obj("date", "2026-03-12", "place", "城厢镇某村", "staff", List.of("周复议", "吴复议"),
                "personsQuestioned", List.of("村委会主任", "邻居张某"), "matters", "核实违建时间", "documentIds", List.of(record)))
                .post(path);
        r.then().statusCode(201).body("staff", contains("周复议", "吴复议")).body("personsQuestioned", contains("村委会主任", "邻居张某"))
                .body("documentIds", contains((int) record));
        long id = r.jsonPath().getLong("id");
        given().get(r.header("Location")).then().statusCode(200).body("place", equalTo("城厢镇某村"));
        given().get(path).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
        Api.awaitSequenced();
        given().header("Authorization", auditor(organ)).queryParam("subjectType", "INVESTIGATION").queryParam("subjectId", id)
                .get("/api/v1/audit").then().statusCode(200).body("items.operation", contains("RECORD"));
    }

    @Test
    void aFileInspectionIsPartlyGrantedOnAStatutoryGroundArl47() {
        String path = "/api/v1/reconsiderations/" + caseId + "/inspections";
        Response r = json().body(obj("requestDate", "2026-03-20", "requesterPartyId", agent, "materials", "答复书及全部证据")).post(path);
        r.then().statusCode(201).body("requesterRole", equalTo("AGENT")).body("requesterName", equalTo("赵律师"))
                .body("outcome", nullValue());
        String one = r.header("Location");
        json().header("If-Match", "\"0\"").body(obj("date", "2026-03-23", "outcome", "PARTLY_GRANTED")).post(one + "/decision")
                .then().statusCode(400).body("errors[0].code", equalTo("INSPECTION_GROUND_REQUIRED"));
        json().header("If-Match", "\"0\"").body(obj("date", "2026-03-23", "outcome", "GRANTED", "ground", "STATE_SECRET"))
                .post(one + "/decision").then().statusCode(400).body("errors[0].code", equalTo("INSPECTION_GROUND_ONLY_WHEN_REFUSED"));
        json().header("If-Match", "\"0\"").body(obj("date", "2026-03-23", "outcome", "PARTLY_GRANTED", "ground", "PERSONAL_PRIVACY",
                "note", "第三人身份信息不予查阅")).post(one + "/decision").then().statusCode(200)
                .body("outcome", equalTo("PARTLY_GRANTED")).body("outcomeLabel", equalTo("部分同意"))
                .body("ground", equalTo("PERSONAL_PRIVACY")).body("groundLabel", equalTo("涉及个人隐私"))
                .body("providedDate", nullValue());
        json().header("If-Match", "\"1\"").body(obj("date", "2026-03-23", "outcome", "GRANTED")).post(one + "/decision")
                .then().statusCode(409).body("code", equalTo("FILE_INSPECTION_ALREADY_DECIDED"));
        json().header("If-Match", "\"1\"").body(obj("date", "2026-03-25")).post(one + "/provision").then().statusCode(200)
                .body("providedDate", equalTo("2026-03-25")).header("ETag", equalTo("\"2\""));

        long refused = json().body(obj("requestDate", "2026-03-20", "requesterPartyId", thirdParty, "materials", "申请人病历"))
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
        json().header("If-Match", "\"0\"").body(obj("date", "2026-03-23", "outcome", "REFUSED", "ground", "PERSONAL_PRIVACY"))
                .post(path + "/" + refused + "/decision").then().statusCode(200);
        json().header("If-Match", "\"1\"").body(obj("date", "2026-03-25")).post(path + "/" + refused + "/provision").then()
                .statusCode(422).body("code", equalTo("FILE_INSPECTION_NOT_GRANTED"));
        given().get(path).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.outcome", contains("PARTLY_GRANTED", "REFUSED"));
        Api.awaitSequenced();
        long first = Long.parseLong(one.substring(one.lastIndexOf('/') + 1));
        given().header("Authorization", auditor(organ)).queryParam("subjectType", "FILE_INSPECTION").queryParam("subjectId", first)
                .queryParam("sort", "seq").get("/api/v1/audit").then().statusCode(200)
                .body("items.operation", contains("REQUEST", "DECIDE", "PROVIDE"));
    }

    @Test
    void eachApplicantsServiceOfTheDecisionStartsTheirOwnPeriodToSueAll45Arl75() {
        ok(caseId, "hear-party-opinion", "date", "2026-03-20", "respondent", true, "method", "IN_PERSON", "summary", "坚持原意见");
        ok(caseId, "conclude", "date", "2026-04-20", "decisionType", "UPHOLD");
        long decision = document("行政复议决定书.pdf", "DECISION", 401);
        long receipt = document("送达回证.pdf", "SERVICE_RECEIPT", 402);
        String path = "/api/v1/reconsiderations/" + caseId + "/service-records";

        // by post: served on the date of the postal receipt (CPL 91)
        json().body(obj("documentId", decision, "recipientPartyId", applicantA, "method", "POST", "sentDate", "2026-04-21",
                "deliveredDate", "2026-04-23", "proofDocumentId", receipt)).post(path).then().statusCode(201)
                .body("servedDate", equalTo("2026-04-23")).body("recipientRole", equalTo("APPLICANT"))
                .body("methodLabel", equalTo("邮寄送达"));
        // in person, the signed proof not back yet: no service date
        Response b = json().body(obj("documentId", decision, "recipientPartyId", applicantB, "method", "IN_PERSON",
                "sentDate", "2026-04-21")).post(path);
        b.then().statusCode(201).body("servedDate", nullValue());
        String bRecord = b.header("Location");

        // the case's single served date stands in for the applicant not yet served, and the explanation says so
        ok(caseId, "serve", "date", "2026-04-22");
        List<Map<String, Object>> windows = suitWindows();
        assertEquals(2, windows.size());
        assertEquals(((Number) windows.get(0).get("refId")).longValue(), applicantA);
        assertEquals("2026-05-08", windows.get(0).get("due"));
        assertEquals("DECISION_SERVED_ON_APPLICANT", windows.get(0).get("startEvent"));
        assertEquals("2026-05-07", windows.get(1).get("due"));
        assertEquals("DECISION_SERVED", windows.get(1).get("startEvent"));
        assertTrue(((String) windows.get(1).get("explanation")).contains("暂以案件登记的送达日期起算"), (String) windows.get(1).get("explanation"));

        Api.awaitSequenced();
        long feedBefore = given().header("Authorization", auditor(organ)).get("/api/v1/feed/status").then().statusCode(200)
                .extract().jsonPath().getLong("feedSeq");
        json().body(obj("deliveredDate", "2026-04-27")).post(bRecord + "/delivery").then().statusCode(428);
        json().header("If-Match", "\"0\"").body(obj("deliveredDate", "2026-04-27", "proofDocumentId", receipt))
                .post(bRecord + "/delivery").then().statusCode(200).body("servedDate", equalTo("2026-04-27"))
                .body("proofDocumentId", equalTo((int) receipt)).header("ETag", equalTo("\"1\""));
        json().header("If-Match", "\"1\"").body(obj("deliveredDate", "2026-04-28")).post(bRecord + "/delivery").then()
                .statusCode(409).body("code", equalTo("SERVICE_ALREADY_DELIVERED"));

        windows = suitWindows();
        assertEquals(2, windows.size());
        assertEquals("2026-05-08", windows.get(0).get("due"));
        assertEquals(((Number) windows.get(1).get("refId")).longValue(), applicantB);
        assertEquals("2026-04-27", windows.get(1).get("start"));
        assertEquals("2026-05-12", windows.get(1).get("due"));
        assertEquals("ALL 45", windows.get(1).get("article"));
        given().get("/api/v1/reconsiderations/" + caseId).then().statusCode(200)
                .body("applicantService", hasSize(2))
                .body("applicantService.servedDate", contains("2026-04-23", "2026-04-27"))
                .body("applicantService.suitWindowDue", contains("2026-05-08", "2026-05-12"))
                .body("applicantService.source", contains("SERVICE_RECORD", "SERVICE_RECORD"))
                .body("nextDeadlineKind", org.hamcrest.Matchers.not(equalTo("SUIT_WINDOW")));

        // electronic service needs the recipient's consent (CPL 90)
        json().body(obj("documentId", decision, "recipientPartyId", thirdParty, "method", "ELECTRONIC", "sentDate", "2026-04-21",
                "deliveredDate", "2026-04-21")).post(path).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ELECTRONIC_SERVICE_WITHOUT_CONSENT")).body("detail", containsString("第九十条"));
        json().body(obj("documentId", decision, "recipientPartyId", thirdParty, "method", "ELECTRONIC", "sentDate", "2026-04-21",
                "consentDate", "2026-03-02", "deliveredDate", "2026-04-21")).post(path).then().statusCode(201)
                .body("servedDate", equalTo("2026-04-21"));
        // by public notice: served 30 days after publication, computed (CPL 95)
        json().body(obj("documentId", decision, "recipientPartyId", agent, "method", "PUBLICATION", "sentDate", "2026-05-06",
                "deliveredDate", "2026-05-07")).post(path).then().statusCode(400)
                .body("errors[0].code", equalTo("SERVED_DATE_COMPUTED_FOR_PUBLICATION"));
        long published = json().body(obj("documentId", decision, "recipientPartyId", agent, "method", "PUBLICATION",
                "sentDate", "2026-05-06", "note", "太仓日报")).post(path).then().statusCode(201)
                .body("servedDate", equalTo("2026-06-05")).body("recipientRole", equalTo("AGENT")).extract().jsonPath().getLong("id");
        json().header("If-Match", "\"0\"").body(obj("deliveredDate", "2026-05-08")).post(path + "/" + published + "/delivery")
                .then().statusCode(422).body("code", equalTo("SERVICE_BY_PUBLICATION_COMPUTED"));
        // left at the residence: the circumstances are recorded (CPL 89)
        json().body(obj("documentId", decision, "respondent", true, "method", "LEFT_AT_RESIDENCE", "sentDate", "2026-04-21",
                "deliveredDate", "2026-04-21")).post(path).then().statusCode(400)
                .body("errors[0].code", equalTo("REQUIRED_FOR_LEFT_AT_RESIDENCE"));
        json().body(obj("documentId", decision, "respondent", true, "recipientPartyId", applicantA, "method", "IN_PERSON",
                "sentDate", "2026-04-21")).post(path).then().statusCode(400).body("errors[0].code", equalTo("ONE_RECIPIENT"));
        json().body(obj("documentId", decision, "respondent", true, "method", "IN_PERSON", "sentDate", "2026-04-21",
                "deliveredDate", "2026-04-21")).post(path).then().statusCode(201).body("recipientRole", equalTo("RESPONDENT"));

        given().queryParam("documentId", decision).get(path).then().statusCode(200).body("totalItems", equalTo(5))
                .body("items.method", hasItem("PUBLICATION"));
        // neither the third party's nor the agent's service changes the applicants' windows
        assertEquals(2, suitWindows().size());

        Api.awaitSequenced();
        long bId = Long.parseLong(bRecord.substring(bRecord.lastIndexOf('/') + 1));
        given().header("Authorization", auditor(organ)).queryParam("subjectType", "SERVICE_RECORD").queryParam("subjectId", bId)
                .queryParam("sort", "seq").get("/api/v1/audit").then().statusCode(200)
                .body("items.operation", contains("RECORD", "DELIVER"))
                .body("items[1].changes.servedDate.after", equalTo("2026-04-27"));
        given().header("Authorization", auditor(organ)).queryParam("after", feedBefore).queryParam("limit", 1000)
                .get("/api/v1/feed").then().statusCode(200)
                .body("events.find { it.type == 'SERVICE_DELIVERED' }.subjectId", equalTo((int) bId))
                .body("events.find { it.type == 'SERVICE_DELIVERED' }.payload.servedDate", equalTo("2026-04-27"))
                .body("events.find { it.type == 'SERVICE_DELIVERED' }.payload.recipientRole", equalTo("APPLICANT"));
    }

    @Test
    void correctingTheCasesPartiesKeepsEachApplicantsServiceByTheNameRecorded() {
        ok(caseId, "hear-party-opinion", "date", "2026-03-20", "respondent", true, "method", "IN_PERSON", "summary", "坚持原意见");
        ok(caseId, "conclude", "date", "2026-04-20", "decisionType", "UPHOLD");
        long decision = document("决定书.pdf", "DECISION", 501);
        String path = "/api/v1/reconsiderations/" + caseId + "/service-records";
        json().body(obj("documentId", decision, "recipientPartyId", applicantB, "method", "IN_PERSON", "sentDate", "2026-04-24",
                "deliveredDate", "2026-04-24")).post(path).then().statusCode(201);
        // the correction replaces the party rows: the service recorded on 李秀英 still counts for her
        Map<String, Object> app = application(organ, respondent, "2026-03-02");
        app.put("applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "王建国"), obj("kind", "NATURAL_PERSON", "name", "李秀英")));
        long newB = json().header("If-Match", Api.etag(caseId)).body(app).put("/api/v1/reconsiderations/" + caseId).then()
                .statusCode(200).extract().jsonPath().getLong("applicants[1].id");
        assertTrue(newB != applicantB);
        List<Map<String, Object>> windows = suitWindows();
        assertEquals(1, windows.size());
        assertEquals(newB, ((Number) windows.get(0).get("refId")).longValue());
        // 15 days from Friday 04-24 end on Saturday 05-09, a make-up working day of 2026: the period ends that day
        assertEquals("2026-04-24", windows.get(0).get("start"));
        assertEquals("2026-05-09", windows.get(0).get("due"));
    }

    @Test
    void withoutServiceRecordsTheCasesServedDateStillSetsTheWindowAndSaysSo() {
        ok(caseId, "hear-party-opinion", "date", "2026-03-20", "respondent", true, "method", "IN_PERSON", "summary", "坚持原意见");
        ok(caseId, "conclude", "date", "2026-04-01", "decisionType", "UPHOLD");
        ok(caseId, "serve", "date", "2026-04-03");
        Map<String, Object> w = deadline(caseId, "SUIT_WINDOW", "2026-04-03");
        assertEquals("2026-04-20", w.get("due"));
        assertEquals(null, w.get("refId"));
        String en = given().header("Accept-Language", "en").queryParam("asOf", "2026-04-03")
                .get("/api/v1/reconsiderations/" + caseId + "/deadlines").then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'SUIT_WINDOW' }.explanation");
        assertTrue(en.contains("No service record of the decision"), en);
        given().get("/api/v1/reconsiderations/" + caseId).then()
                .body("applicantService.source", contains("CASE_SERVED_DATE", "CASE_SERVED_DATE"))
                .body("applicantService.suitWindowDue", contains("2026-04-20", "2026-04-20"));
    }

    private List<Map<String, Object>> suitWindows() {
        return deadlines(caseId, "2026-04-28").stream().filter(d -> "SUIT_WINDOW".equals(d.get("kind"))).toList();
    }
}
