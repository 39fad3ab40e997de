package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.TimeSource;
import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Deemed acceptance (ARL 30 ¶3) happens by itself: the Quartz job records it as the system, dated the period's end. */
@QuarkusTest
class DeemedAcceptanceJobTest {

    @Inject
    TimeSource time;
    @Inject
    JobRuns jobs;
    @Inject
    DeadlineJobs deadlineJobs;

    long organ;
    long respondent;
    String clerk;

    @BeforeEach
    void setUp() {
        time.moveTo(LocalDate.of(2026, 6, 8), 10);
        organ = createOrgan(Api.unique("视为受理"), "视受〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "某区市场监督管理局", "GOVERNMENT_DEPARTMENT");
        clerk = Api.unique("clerk.deemed.");
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    private Map<String, Object> read(long id) {
        return given().get("/api/v1/reconsiderations/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void caseReceivedFiveWorkingDaysAgoIsDeemedAcceptedByTheJobTheDayAfter() {
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));
        // 2026-06-08 is the review's fifth working day, its last: the office may still refuse today.
        jobs.runNow("fuyi-deemed-acceptance", Duration.ofSeconds(30));
        assertEquals("RECEIVED", read(id).get("state"));

        time.moveTo(LocalDate.of(2026, 6, 9), 0);
        jobs.runNow("fuyi-deemed-acceptance", Duration.ofSeconds(30));
        Map<String, Object> c = read(id);
        assertEquals("ACCEPTED", c.get("state"));
        assertEquals("2026-06-08", c.get("acceptedDate"));
        assertEquals("DEEMED", c.get("acceptanceKind"));

        List<Map<String, Object>> events = given().get("/api/v1/reconsiderations/" + id + "/events").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> last = events.get(events.size() - 1);
        assertEquals("DEEM_ACCEPTED", last.get("transition"));
        assertEquals("2026-06-08", last.get("date"));
        assertEquals("system:deemed-acceptance", last.get("actor"));
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) last.get("details");
        assertEquals("ARL 30 ¶3", details.get("rule"));
        assertEquals(Boolean.TRUE, details.get("automatic"));

        // The clerk is told, in the inbox.
        given().header("Authorization", Tokens.bearer(Tokens.of(clerk, "承办人", Set.of("clerk"), List.of(organ), "SUBTREE", null)))
                .get("/api/v1/inbox").then().statusCode(200)
                .body("items.findAll { it.subjectId == " + id + " }.point", hasItem("EVENT"))
                .body("items.find { it.subjectId == " + id + " && it.point == 'EVENT' }.title",
                        org.hamcrest.Matchers.containsString("视为受理"));

        // A second run finds nothing to do.
        jobs.runNow("fuyi-deemed-acceptance", Duration.ofSeconds(30));
        given().get("/api/v1/reconsiderations/" + id + "/events").then().body("size()", equalTo(events.size()));
    }

    @Test
    void afterDowntimeTheJobCatchesUpWithTheRightDate() {
        long id = receive(application(organ, respondent, "2026-06-02"));
        long refused = receive(application(organ, respondent, "2026-06-02"));
        Api.ok(refused, "not-accept", "date", "2026-06-05", "reason", "不属于本机关管辖");
        // No instance ran from 06-08 to 06-22: the first run afterwards accepts as of the period's end, 06-09.
        time.moveTo(LocalDate.of(2026, 6, 22), 9);
        deadlineJobs.deemedAcceptance();
        Map<String, Object> c = read(id);
        assertEquals("ACCEPTED", c.get("state"));
        assertEquals("2026-06-09", c.get("acceptedDate"));
        assertEquals("NOT_ACCEPTED", read(refused).get("state"));
    }
}
