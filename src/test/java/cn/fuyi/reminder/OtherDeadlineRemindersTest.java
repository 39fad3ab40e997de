package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.TimeSource;
import cn.fuyi.support.Api;
import cn.fuyi.support.SmtpServerResource;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deadlines that are dates on a record remind too: a statistics report an organ owes its parent (until it is
 * submitted), a recommendation's answer, a rectification item; and on a quiet rest day the e-mail still goes out for
 * an item due that very day.
 */
@QuarkusTest
class OtherDeadlineRemindersTest {

    @Inject
    TimeSource time;
    @Inject
    DeadlineJobs deadlineJobs;

    @BeforeEach
    void startOfJune() {
        time.moveTo(LocalDate.of(2026, 6, 2), 9);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    private static void prefs(String token, Object... kv) {
        Map<String, Object> body = obj("inboxEnabled", true, "emailEnabled", false, "webhookEnabled", false,
                "digestEnabled", false, "quietRestDays", true);
        body.putAll(obj(kv));
        json().header("Authorization", token).body(body).put("/api/v1/reminder-preferences/me").then().statusCode(200);
    }

    private static List<Map<String, Object>> inbox(String token, String subjectType, long subjectId) {
        return given().header("Authorization", token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.subjectType == '" + subjectType + "' && it.subjectId == "
                        + subjectId + " }");
    }

    private static List<String> subjectsTo(String address, String containing) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            for (var a : m.getRecipients(Message.RecipientType.TO)) {
                if (a.toString().equalsIgnoreCase(address) && m.getSubject().contains(containing)) {
                    out.add(m.getSubject());
                }
            }
        }
        return out;
    }

    private static List<Object> points(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("point")).sorted().map(Object.class::cast).toList();
    }

    @Test
    void aReportOwedToTheParentRemindsTheOrgansReviewersUntilItIsSubmitted() throws Exception {
        time.moveTo(LocalDate.of(2026, 1, 20), 9);
        String cityName = Api.unique("上报提醒市");
        long city = createOrgan(cityName, "报提〔{year}〕{seq}号", null);
        long county = createOrgan(Api.unique("上报提醒县"), "报县〔{year}〕{seq}号", city);
        String reviewer = Api.unique("reviewer.sub.");
        String mail = reviewer.replace('-', '.') + "@fuyi.test";
        String token = Tokens.bearer(Tokens.of(reviewer, "负责人丁", Set.of("reviewer"), List.of(county), "SUBTREE", null));
        String clerk = Api.unique("clerk.sub.");
        String clerkToken = Tokens.bearer(Tokens.of(clerk, "承办人戊", Set.of("clerk"), List.of(county), "SUBTREE", null));
        prefs(token, "email", mail, "emailEnabled", true);
        prefs(clerkToken);
        // The city wants the 2025 reports by Friday 2026-01-30.
        long deadline = json().body(obj("parentOrganId", city, "year", 2025, "dueDate", "2026-01-30"))
                .put("/api/v1/statistics/submission-deadlines").then().statusCode(200).extract().jsonPath().getLong("id");

        // Tuesday 01-27: three working days ahead; two runs store one reminder.
        time.moveTo(LocalDate.of(2026, 1, 27), 9);
        deadlineJobs.reminders();
        deadlineJobs.reminders();
        List<Map<String, Object>> items = inbox(token, "SUBMISSION_DEADLINE", deadline);
        assertEquals(1, items.size(), items.toString());
        assertEquals("AHEAD", items.get(0).get("point"));
        assertEquals("STATISTICS_SUBMISSION", items.get(0).get("deadlineKind"));
        assertEquals("2025年度统计报表（报送" + cityName + "）", items.get(0).get("reference"));
        List<String> mails = subjectsTo(mail, cityName);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).contains("2025年度") && mails.get(0).contains("还有 3 个工作日"), mails.get(0));
        // A report is the reviewers' (or statisticians'), not the clerks'.
        assertEquals(List.of(), inbox(clerkToken, "SUBMISSION_DEADLINE", deadline));
        // The stored reminder belongs to the owing organ: its people see it among the organ's reminders.
        given().header("Authorization", token).queryParam("subjectType", "SUBMISSION_DEADLINE").queryParam("subjectId", deadline)
                .queryParam("channel", "INBOX").get("/api/v1/reminders").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].recipient", equalTo(reviewer));

        // Wednesday 01-28 the county submits: while the city has not decided, nothing is owed, so no "due today".
        time.moveTo(LocalDate.of(2026, 1, 28), 9);
        long frozen = json().body(obj("organId", county, "year", 2025)).post("/api/v1/statistics/frozen-reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long submission = json().body(obj("frozenReportId", frozen)).post("/api/v1/statistics/submissions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        time.moveTo(LocalDate.of(2026, 1, 30), 9);
        deadlineJobs.reminders();
        assertEquals(List.of("AHEAD"), points(inbox(token, "SUBMISSION_DEADLINE", deadline)));

        // The city returns it that day: owed again, overdue on Monday 02-02 and escalated to the organ's reviewers.
        String cityReviewer = Tokens.bearer(Tokens.role("reviewer", city));
        String etag = given().get("/api/v1/statistics/submissions/" + submission).then().extract().header("ETag");
        json().header("Authorization", cityReviewer).header("If-Match", etag).body(obj("comment", "请补录案件"))
                .post("/api/v1/statistics/submissions/" + submission + "/return").then().statusCode(200);
        time.moveTo(LocalDate.of(2026, 2, 2), 9);
        deadlineJobs.reminders();
        deadlineJobs.reminders();
        assertEquals(List.of("AHEAD", "ESCALATED", "OVERDUE"), points(inbox(token, "SUBMISSION_DEADLINE", deadline)));
        mails = subjectsTo(mail, cityName);
        assertEquals(3, mails.size(), mails.toString());
        assertTrue(mails.stream().anyMatch(m -> m.contains("已于 2026-01-30 到期")), mails.toString());

        // Resubmitted and accepted: nothing more; deciding again says the state in the caller's language.
        long second = json().body(obj("organId", county, "year", 2025)).post("/api/v1/statistics/frozen-reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long s2 = json().body(obj("frozenReportId", second)).post("/api/v1/statistics/submissions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String tag2 = given().get("/api/v1/statistics/submissions/" + s2).then().extract().header("ETag");
        json().header("Authorization", cityReviewer).header("If-Match", tag2).body(obj())
                .post("/api/v1/statistics/submissions/" + s2 + "/accept").then().statusCode(200);
        time.moveTo(LocalDate.of(2026, 2, 3), 9);
        deadlineJobs.reminders();
        assertEquals(3, inbox(token, "SUBMISSION_DEADLINE", deadline).size());
        assertEquals(3, subjectsTo(mail, cityName).size());
        String tag3 = given().get("/api/v1/statistics/submissions/" + s2).then().extract().header("ETag");
        json().header("Authorization", cityReviewer).header("If-Match", tag3).header("Accept-Language", "en").body(obj())
                .post("/api/v1/statistics/submissions/" + s2 + "/accept").then().statusCode(409)
                .body("code", equalTo("SUBMISSION_NOT_PENDING"))
                .body("detail", containsString("\"Accepted\"")).body("detail", not(containsString("已接收")));
        json().header("Authorization", cityReviewer).header("If-Match", tag3).header("Accept-Language", "zh-CN").body(obj())
                .post("/api/v1/statistics/submissions/" + s2 + "/accept").then().statusCode(409)
                .body("detail", containsString("“已接收”"));
    }

    /** A case decided by revocation under the 2023 law, the source of a rectification item. */
    private static long correctedCase(long organ, long agency) {
        long c = receive(application(organ, agency, "2026-01-05"));
        ok(c, "accept", "date", "2026-01-06");
        ok(c, "choose-procedure", "date", "2026-01-06", "procedure", "ORDINARY");
        ok(c, "hear-party-opinion", "date", "2026-02-02", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        ok(c, "conclude", "date", "2026-02-10", "decisionType", "REVOKE");
        ok(c, "serve", "date", "2026-02-12");
        return c;
    }

    private static long rectification(long sourceCase, String dueDate) {
        return json().body(obj("sourceType", "RECONSIDERATION_CASE", "sourceId", sourceCase, "problem", "处罚前未告知陈述申辩权利",
                "dueDate", dueDate)).post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void onAQuietRestDayTheEmailGoesOutForWhatIsDueThatDay() throws Exception {
        long organ = createOrgan(Api.unique("休息日提醒"), "休提〔{year}〕{seq}号", null);
        long agency = createRespondent(organ, "某区市场监督管理局", "GOVERNMENT_DEPARTMENT");
        String clerk = Api.unique("clerk.quiet.");
        String mail = clerk.replace('-', '.') + "@fuyi.test";
        String token = Tokens.bearer(Tokens.of(clerk, "承办人己", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        prefs(token, "email", mail, "emailEnabled", true, "quietRestDays", true);
        long source = correctedCase(organ, agency);
        long dueSaturday = rectification(source, "2026-06-06");
        long dueMonday = rectification(source, "2026-06-08");

        time.moveTo(LocalDate.of(2026, 6, 6), 10); // Saturday
        deadlineJobs.reminders();
        assertEquals(List.of("DUE_TODAY"), points(inbox(token, "RECTIFICATION", dueSaturday)));
        assertEquals(List.of("AHEAD"), points(inbox(token, "RECTIFICATION", dueMonday)));
        List<String> today = subjectsTo(mail, "整改事项 " + dueSaturday + " ");
        assertEquals(1, today.size(), today.toString());
        assertTrue(today.get(0).contains("今日（2026-06-06）到期"), today.get(0));
        assertEquals(List.of(), subjectsTo(mail, "整改事项 " + dueMonday + " "), "held until Monday");

        // Closed on Monday before the run: the Monday item reminds no more.
        time.moveTo(LocalDate.of(2026, 6, 8), 8);
        String tag = given().get("/api/v1/rectifications/" + dueMonday).then().extract().header("ETag");
        json().header("If-Match", tag).body(obj("date", "2026-06-08", "actions", "修订执法文书模板")).post("/api/v1/rectifications/"
                + dueMonday + "/close").then().statusCode(200);
        deadlineJobs.reminders();
        assertEquals(List.of("AHEAD"), points(inbox(token, "RECTIFICATION", dueMonday)));
        assertEquals(List.of(), subjectsTo(mail, "整改事项 " + dueMonday + " "));
        // The Saturday item, still open, is overdue on Monday.
        assertEquals(List.of("DUE_TODAY", "OVERDUE"), points(inbox(token, "RECTIFICATION", dueSaturday)));
    }

    @Test
    void aRecommendationsAnswerRemindsTheOrgansClerksUntilAnswered() throws Exception {
        long organ = createOrgan(Api.unique("建议提醒"), "建提〔{year}〕{seq}号", null);
        String clerk = Api.unique("clerk.rec.");
        String mail = clerk.replace('-', '.') + "@fuyi.test";
        String token = Tokens.bearer(Tokens.of(clerk, "承办人庚", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        prefs(token, "email", mail, "emailEnabled", true);
        String number = "(2026)苏0585司建" + (System.nanoTime() % 100_000) + "号";
        long rec = json().body(obj("kind", "JUDICIAL", "issuer", "测试市人民法院", "documentNumber", number, "organId", organ,
                "addressee", "测试市生态环境局", "subject", "督促依法履行监管职责", "receivedDate", "2026-06-01",
                "answerDueDate", "2026-06-10")).post("/api/v1/recommendations").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Friday 06-05: due Wednesday 06-10, three working days ahead.
        time.moveTo(LocalDate.of(2026, 6, 5), 9);
        deadlineJobs.reminders();
        List<Map<String, Object>> items = inbox(token, "RECOMMENDATION", rec);
        assertEquals(1, items.size(), items.toString());
        assertEquals("AHEAD", items.get(0).get("point"));
        assertEquals("RECOMMENDATION_ANSWER", items.get(0).get("deadlineKind"));
        assertEquals(number, items.get(0).get("reference"));
        List<String> mails = subjectsTo(mail, number);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).contains("答复期限") && mails.get(0).contains("2026-06-10"), mails.get(0));

        time.moveTo(LocalDate.of(2026, 6, 10), 9);
        deadlineJobs.reminders();
        assertEquals(List.of("AHEAD", "DUE_TODAY"), points(inbox(token, "RECOMMENDATION", rec)));

        // Answered that day: the next day brings no overdue reminder.
        String tag = given().get("/api/v1/recommendations/" + rec).then().extract().header("ETag");
        json().header("If-Match", tag).body(obj("date", "2026-06-10", "summary", "已督促整改")).post("/api/v1/recommendations/"
                + rec + "/answer").then().statusCode(200);
        time.moveTo(LocalDate.of(2026, 6, 11), 9);
        deadlineJobs.reminders();
        assertEquals(List.of("AHEAD", "DUE_TODAY"), points(inbox(token, "RECOMMENDATION", rec)));
        assertEquals(2, subjectsTo(mail, number).size());
    }
}
