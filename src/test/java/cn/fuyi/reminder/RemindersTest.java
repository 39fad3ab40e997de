package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import io.restassured.path.json.JsonPath;

/**
 * Reminders of a case's deadlines reach the clerk's inbox and mailbox once per point, however many schedulers run
 * the job at the same time; an overdue item escalates to the reviewers; preferences and quiet rest days hold.
 */
@QuarkusTest
class RemindersTest {

    @Inject
    TimeSource time;
    @Inject
    JobRuns jobs;
    @Inject
    DeadlineJobs deadlineJobs;

    long organ;
    long respondent;
    String clerk;
    String clerkToken;
    String clerkMail;
    String reviewer;
    String reviewerToken;
    String reviewerMail;

    @BeforeEach
    void setUp() {
        time.moveTo(LocalDate.of(2026, 6, 2), 9);
        organ = createOrgan(Api.unique("提醒"), "提醒〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "某区自然资源局", "GOVERNMENT_DEPARTMENT");
        clerk = Api.unique("clerk.rem.");
        clerkMail = clerk.replace('-', '.') + "@fuyi.test";
        clerkToken = Tokens.bearer(Tokens.of(clerk, "承办人甲", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        reviewer = Api.unique("reviewer.rem.");
        reviewerMail = reviewer.replace('-', '.') + "@fuyi.test";
        reviewerToken = Tokens.bearer(Tokens.of(reviewer, "负责人乙", Set.of("reviewer"), List.of(organ), "SUBTREE", null));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    private void prefs(String token, Object... kv) {
        Map<String, Object> body = obj("inboxEnabled", true, "emailEnabled", false, "webhookEnabled", false,
                "digestEnabled", false, "quietRestDays", true);
        body.putAll(obj(kv));
        String etag = given().header("Authorization", token).get("/api/v1/reminder-preferences/me").then().statusCode(200)
                .extract().header("ETag");
        var req = json().header("Authorization", token).body(body);
        if (etag != null) {
            req = req.header("If-Match", etag);
        }
        req.put("/api/v1/reminder-preferences/me").then().statusCode(200);
    }

    /** The job run by the app's Quartz scheduler and, at the same moment, by two other workers on the same database. */
    private void runEverywhere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Object>> runs = new ArrayList<>();
            runs.add(() -> {
                jobs.runNow("fuyi-reminders", Duration.ofSeconds(60));
                return null;
            });
            runs.add(() -> {
                deadlineJobs.reminders();
                return null;
            });
            runs.add(() -> {
                deadlineJobs.reminders();
                return null;
            });
            for (Future<Object> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> subjectsTo(String address) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            for (var a : m.getRecipients(Message.RecipientType.TO)) {
                if (a.toString().equalsIgnoreCase(address)) {
                    out.add(m.getSubject());
                }
            }
        }
        return out;
    }

    private JsonPath inbox(String token) {
        return given().header("Authorization", token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .extract().jsonPath();
    }

    private String caseNumber(long id) {
        return given().get("/api/v1/reconsiderations/" + id).then().extract().path("caseNumber");
    }

    @Test
    void clerkIsRemindedOncePerPointAndOverdueItemsEscalate() throws Exception {
        prefs(clerkToken, "email", clerkMail, "emailEnabled", true);
        prefs(reviewerToken, "email", reviewerMail, "emailEnabled", true);
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));
        String number = caseNumber(id);

        // Wednesday 06-03: the acceptance review ends 06-08, three working days ahead.
        time.moveTo(LocalDate.of(2026, 6, 3), 9);
        runEverywhere();
        runEverywhere();
        List<String> mails = subjectsTo(clerkMail);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).contains(number) && mails.get(0).contains("受理审查期限") && mails.get(0).contains("还有 3 个工作日"),
                mails.get(0));
        JsonPath box = inbox(clerkToken);
        assertEquals(List.of("AHEAD"), box.getList("items.findAll { it.subjectId == " + id + " }.point"));

        // Monday 06-08, the last day.
        time.moveTo(LocalDate.of(2026, 6, 8), 9);
        runEverywhere();
        // Tuesday 06-09, not yet deemed accepted (that job has not run): overdue, and the reviewer is told.
        time.moveTo(LocalDate.of(2026, 6, 9), 9);
        runEverywhere();
        runEverywhere();
        mails = subjectsTo(clerkMail);
        assertEquals(3, mails.size(), mails.toString());
        assertEquals(3, Set.copyOf(mails).size(), "one e-mail per point: " + mails);
        assertTrue(mails.stream().anyMatch(s -> s.contains("今日（2026-06-08）到期")), mails.toString());
        assertTrue(mails.stream().anyMatch(s -> s.contains("已于 2026-06-08 到期")), mails.toString());
        List<String> toReviewer = subjectsTo(reviewerMail);
        assertEquals(1, toReviewer.size(), toReviewer.toString());
        assertTrue(toReviewer.get(0).contains("请督办") && toReviewer.get(0).contains(number), toReviewer.get(0));
        assertEquals(List.of("ESCALATED"), inbox(reviewerToken).getList("items.findAll { it.subjectId == " + id + " }.point"));

        // No personal data of the applicant in any message.
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            String text = String.valueOf(m.getContent());
            assertFalse(text.contains("王建国") || text.contains("11010519491231002X") || text.contains("13912345678"), text);
        }

        // The stored records say each e-mail was delivered on its first attempt.
        given().header("Authorization", reviewerToken).queryParam("subjectId", id).queryParam("channel", "EMAIL")
                .get("/api/v1/reminders").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("SENT")))
                .body("items.attempts", org.hamcrest.Matchers.everyItem(equalTo(1)));

        // Then the law accepts it; the clerk is told once, and the lapsed review reminds no more.
        jobs.runNow("fuyi-deemed-acceptance", Duration.ofSeconds(30));
        runEverywhere();
        mails = subjectsTo(clerkMail);
        assertEquals(4, mails.size(), mails.toString());
        assertTrue(mails.get(3).contains("依法视为受理"), mails.get(3));
    }

    @Test
    void inboxCountsUnreadAndMarksReadOnlyTheCallersOwn() throws Exception {
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));
        time.moveTo(LocalDate.of(2026, 6, 8), 9);
        deadlineJobs.reminders();
        JsonPath box = inbox(clerkToken);
        assertEquals(1, box.getInt("totalItems"));
        long item = box.getLong("items[0].id");
        assertEquals(id, box.getLong("items[0].subjectId"));
        assertEquals("DUE_TODAY", box.getString("items[0].point"));
        given().header("Authorization", clerkToken).get("/api/v1/inbox/unread-count").then().statusCode(200)
                .body("unread", equalTo(1));
        // Someone else's reminder is not there for another user.
        given().header("Authorization", reviewerToken).post("/api/v1/inbox/" + item + "/read").then().statusCode(404)
                .body("code", equalTo("REMINDER_NOT_FOUND"));
        given().header("Authorization", clerkToken).post("/api/v1/inbox/" + item + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        given().header("Authorization", clerkToken).get("/api/v1/inbox/unread-count").then().body("unread", equalTo(0));
        given().header("Authorization", clerkToken).queryParam("unread", true).get("/api/v1/inbox").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void quietRestDaysHoldTheEmailUntilMondayButNotTheInbox() throws Exception {
        String loud = Api.unique("clerk.loud.");
        String loudMail = loud.replace('-', '.') + "@fuyi.test";
        String loudToken = Tokens.bearer(Tokens.of(loud, "承办人丙", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        prefs(clerkToken, "email", clerkMail, "emailEnabled", true, "quietRestDays", true);
        prefs(loudToken, "email", loudMail, "emailEnabled", true, "quietRestDays", false);
        // Received Tuesday 06-02: the review ends Tuesday 06-09.
        long quietCase = receive(application(organ, respondent, "2026-06-02", "clerk", clerk));
        long loudCase = receive(application(organ, respondent, "2026-06-02", "clerk", loud));

        time.moveTo(LocalDate.of(2026, 6, 6), 10); // Saturday
        deadlineJobs.reminders();
        assertEquals(0, subjectsTo(clerkMail).size());
        assertEquals(List.of("AHEAD"), inbox(clerkToken).getList("items.findAll { it.subjectId == " + quietCase + " }.point"));
        assertEquals(1, subjectsTo(loudMail).size());

        time.moveTo(LocalDate.of(2026, 6, 8), 8); // Monday
        deadlineJobs.reminders();
        List<String> mails = subjectsTo(clerkMail);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).contains("还有 1 个工作日"), mails.get(0));
        assertEquals(1, subjectsTo(loudMail).size(), "the loud clerk had the reminder on Saturday already");
        assertTrue(loudCase > 0);
    }

    @Test
    void preferencesAreTheCallersOwnAndValidated() {
        given().header("Authorization", clerkToken).get("/api/v1/reminder-preferences/me").then().statusCode(200)
                .body("saved", equalTo(false)).body("inboxEnabled", equalTo(true)).body("quietRestDays", equalTo(true));
        json().header("Authorization", clerkToken).body(obj("inboxEnabled", true, "emailEnabled", true, "webhookEnabled", false,
                "digestEnabled", true, "quietRestDays", true)).put("/api/v1/reminder-preferences/me").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        prefs(clerkToken, "email", clerkMail, "emailEnabled", true);
        given().header("Authorization", clerkToken).get("/api/v1/reminder-preferences/me").then().statusCode(200)
                .body("saved", equalTo(true)).body("email", equalTo(clerkMail)).body("organIds", equalTo(List.of((int) organ)));
        // A later save needs the current version.
        json().header("Authorization", clerkToken).body(obj("inboxEnabled", true, "emailEnabled", false, "webhookEnabled", false,
                "digestEnabled", true, "quietRestDays", true)).put("/api/v1/reminder-preferences/me").then().statusCode(428);
        json().header("Authorization", clerkToken).header("If-Match", "\"99\"").body(obj("inboxEnabled", true, "emailEnabled",
                false, "webhookEnabled", false, "digestEnabled", true, "quietRestDays", true))
                .put("/api/v1/reminder-preferences/me").then().statusCode(412);
        // Another user sees their own defaults.
        given().header("Authorization", reviewerToken).get("/api/v1/reminder-preferences/me").then().statusCode(200)
                .body("saved", equalTo(false)).body("username", equalTo(reviewer));
    }

    @Test
    void eachPersonGetsOneDailyDigest() throws Exception {
        prefs(clerkToken, "email", clerkMail, "emailEnabled", true, "digestEnabled", true);
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));
        String number = caseNumber(id);
        time.moveTo(LocalDate.of(2026, 6, 2), 8);
        jobs.runNow("fuyi-reminder-digest", Duration.ofSeconds(30));
        deadlineJobs.digest();
        List<String> mails = subjectsTo(clerkMail);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).startsWith("复议工作每日提醒 2026-06-02"), mails.get(0));
        MimeMessage digest = SmtpServerResource.server().getReceivedMessages()[SmtpServerResource.server()
                .getReceivedMessages().length - 1];
        assertTrue(String.valueOf(digest.getContent()).contains(number), String.valueOf(digest.getContent()));
    }

    @Test
    void aLawsuitsReportDeadlineRemindsTheOrgansClerks() {
        prefs(clerkToken);
        String number = "（2026）苏0585行初" + (System.nanoTime() % 100_000) + "号";
        cn.fuyi.support.LawsuitWalk suit = cn.fuyi.support.LawsuitWalk.register(organ, "太仓市人民法院", number, "FIRST", null,
                "2026-06-01", "PUBLIC_LAWYER", List.of(obj("respondentId", respondent)));
        suit.step("record-service", obj("date", "2026-06-02"));
        // Served Tuesday 06-02: the agency's report is due three working days later, Friday 06-05.
        time.moveTo(LocalDate.of(2026, 6, 3), 9);
        deadlineJobs.reminders();
        JsonPath box = inbox(clerkToken);
        List<Map<String, Object>> items = box.getList("items.findAll { it.subjectType == 'LAWSUIT' && it.subjectId == " + suit.id + " }");
        assertEquals(1, items.size(), items.toString());
        assertEquals("REPORT", items.get(0).get("deadlineKind"));
        assertEquals("AHEAD", items.get(0).get("point"));
        assertEquals(number, items.get(0).get("reference"));
        assertFalse(String.valueOf(items.get(0).get("text")).contains("钱多多"), "no plaintiff's name");
    }
}
