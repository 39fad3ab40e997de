package cn.fuyi.resilience;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.etag;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A step whose row is locked by another transaction waits for the lock, gets a lock wait timeout (1205) from the
 * database, and is run again as a whole: once the other transaction ends it is recorded exactly once; if it never
 * ends, the answer is 503 TRANSIENT_CONFLICT with Retry-After and nothing is recorded. The service's connections
 * wait 1 s for a lock here, instead of the server's default 50 s.
 */
@QuarkusTest
class TransientConflictRetryTest {

    @Inject
    RetryConfig retryConfig;
    @Inject
    RetryRecorder recorder;
    @Inject
    ShortLockWaits lockWaits;

    long organ;
    long caseId;

    @BeforeEach
    void caseAndShortLockWaits() {
        organ = createOrgan("重试测试市人民政府", "重政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "重试测试市市场监管局", "GOVERNMENT_DEPARTMENT");
        caseId = receive(application(organ, respondent, "2026-03-02"));
        lockWaits.start(1);
        recorder.reset();
    }

    @AfterEach
    void serverDefaults() {
        recorder.reset();
        lockWaits.stop();
    }

    @Test
    void aStepThatWaitedTooLongForARowLockRunsAgainAndIsRecordedOnce() throws SQLException {
        String etag = etag(caseId);
        try (Connection other = lockCaseRow()) {
            // the other transaction ends while the service pauses before its second attempt
            recorder.reset(r -> rollback(other));
            json().header("If-Match", etag).body(obj("date", "2026-03-04"))
                    .post("/api/v1/reconsiderations/" + caseId + "/transitions/accept")
                    .then().statusCode(200).body("state", equalTo("ACCEPTED"));
        }

        List<TransactionRetried> retries = recorder.retries();
        assertEquals(1, retries.size(), retries.toString());
        assertEquals(DatabaseFailure.CONFLICT, retries.get(0).failure());
        // the outermost transaction is the resource operation, which builds its answer before the commit
        assertEquals("AcceptanceReviewResource.accept", retries.get(0).operation());
        assertTrue(retries.get(0).cause().contains("Lock wait timeout"), retries.get(0).cause());

        List<String> steps = given().get("/api/v1/reconsiderations/" + caseId + "/events").then().statusCode(200)
                .extract().jsonPath().getList("transition");
        assertEquals(List.of("RECEIVE", "ACCEPT"), steps);
        given().header("Authorization", auditor()).queryParam("caseId", caseId).queryParam("operation", "ACCEPT")
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("fuyi_transaction_retries_total{failure=\"CONFLICT\"}"));
    }

    @Test
    void aStepThatNeverGetsItsRowLockAnswers503WithRetryAfterAndRecordsNothing() throws SQLException {
        String etag = etag(caseId);
        try (Connection other = lockCaseRow()) {
            json().header("Accept-Language", "en").header("If-Match", etag).body(obj("date", "2026-03-04"))
                    .post("/api/v1/reconsiderations/" + caseId + "/transitions/accept")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("code", equalTo("TRANSIENT_CONFLICT"))
                    .body("status", equalTo(503))
                    .body("title", equalTo("The database is busy; try again shortly"))
                    .body("instance", equalTo("/api/v1/reconsiderations/" + caseId + "/transitions/accept"))
                    .body(not(containsString("Exception")));
            other.rollback();
        }

        // fuyi.retry.max-attempts in all: every attempt but the last is followed by a retry
        assertEquals(java.util.stream.IntStream.range(1, retryConfig.maxAttempts()).boxed().toList(),
                recorder.retries().stream().map(TransactionRetried::attempt).toList());
        given().get("/api/v1/reconsiderations/" + caseId).then().statusCode(200)
                .header("ETag", etag).body("state", equalTo("RECEIVED"));
        assertEquals(List.of("RECEIVE"), given().get("/api/v1/reconsiderations/" + caseId + "/events").then()
                .extract().jsonPath().getList("transition"));
    }

    /** Another client's open transaction holding the case's row lock, as a concurrent write would. */
    private Connection lockCaseRow() throws SQLException {
        Connection c = TestConnections.open();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT id FROM reconsideration_case WHERE id = " + caseId + " FOR UPDATE").close();
        }
        return c;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String auditor() {
        return Tokens.bearer(Tokens.of("retry.auditor", "审计员", Set.of("auditor"), List.of(), "ALL", null));
    }
}
