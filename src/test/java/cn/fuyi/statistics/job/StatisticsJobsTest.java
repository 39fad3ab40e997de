package cn.fuyi.statistics.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.StatisticsJobs;
import cn.fuyi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The rebuilds and reconciliations of the aggregates as jobs: accepted with 202 and the job at Location, run on a
 * worker as the requester, polled to their result; one job of a kind at a time (409 naming it); a failure is the job's
 * FAILED state; a job left running by a stopped instance is failed as abandoned; each kind seen by the roles that may
 * start it. A job is held or failed on its worker by {@link StatisticsJobHooks}, never by waiting.
 */
@QuarkusTest
class StatisticsJobsTest {

    private static final String REC_REBUILD = "/api/v1/statistics/reconsideration/aggregates/rebuild";
    private static final String REC_RECONCILE = "/api/v1/statistics/reconsideration/reconciliations";
    private static final String LIT_REBUILD = "/api/v1/statistics/litigation/aggregates/rebuild";
    private static final String LIT_RECONCILE = "/api/v1/statistics/litigation/reconciliations";
    private static final Timestamp LONG_AGO = Timestamp.valueOf("2026-01-01 00:00:00");

    @Inject
    StatisticsJobRunner runner;
    @Inject
    EntityManager em;

    @AfterEach
    void releaseHooks() {
        StatisticsJobHooks.starting = null;
    }

    private static RequestSpecification as(String username, String name, String... roles) {
        return given().header("Authorization", Tokens.bearer(Tokens.of(username, name, Set.of(roles), List.of(), "ALL", null)));
    }

    private String auditUser(String operation, long after) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT username FROM audit_record"
                + " WHERE operation = ?1 AND id > ?2 ORDER BY id DESC").setParameter(1, operation).setParameter(2, after).getResultList());
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private long lastAudit() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_record")
                .getSingleResult()).longValue());
    }

    @Test
    void aRebuildIsAcceptedRunAsItsRequesterAndPolledToItsResult() {
        long audited = lastAudit();
        ExtractableResponse<Response> accepted = StatisticsJobs.post(as("jobs.admin", "任务管理员", "admin"), REC_REBUILD);
        JsonPath queued = accepted.jsonPath();
        assertEquals("RECONSIDERATION_REBUILD", queued.getString("kind"));
        assertEquals("复议统计汇总重建", queued.getString("kindLabel"));
        assertTrue(List.of("QUEUED", "RUNNING", "SUCCEEDED").contains(queued.getString("state")), queued.prettify());
        assertEquals("jobs.admin", queued.getString("requestedBy"));
        assertEquals("任务管理员", queued.getString("requestedByName"));
        assertNotNull(queued.getString("requestedAt"));

        JsonPath job = StatisticsJobs.await(accepted.header("Location"), StatisticsJobs.DEFAULT_TIMEOUT);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("已完成", job.getString("stateLabel"));
        assertNotNull(job.getString("startedAt"));
        assertNotNull(job.getString("finishedAt"));
        assertTrue(job.getBoolean("result.built"), "the rebuild's answer: the aggregates' state");
        assertEquals(null, job.getString("resultLocation"));
        assertEquals("jobs.admin", auditUser("REBUILD_AGGREGATES", audited), "the rebuild is audited under the requester's name");
        assertEquals("jobs.admin", auditUser("STATISTICS_JOB_FINISHED", audited));

        given().header("Accept-Language", "en").get(accepted.header("Location")).then().statusCode(200)
                .body("stateLabel", equalTo("Succeeded")).body("kindLabel", equalTo("Rebuild of the reconsideration aggregates"));
        List<Long> newestFirst = given().queryParam("kind", "RECONSIDERATION_REBUILD").get("/api/v1/statistics/jobs").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertEquals(job.getLong("id"), newestFirst.get(0), "newest first");
        given().queryParam("kind", "NO_SUCH_KIND").get("/api/v1/statistics/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("STATISTICS_JOB_KIND_UNKNOWN"));
        given().queryParam("waitSeconds", 61).get(accepted.header("Location")).then().statusCode(400);
        given().get("/api/v1/statistics/jobs/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("STATISTICS_JOB_NOT_FOUND"));
    }

    @Test
    void aReconciliationWhileOneOfItsKindRunsIsRefusedNamingIt() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StatisticsJobHooks.starting = e -> {
            if (e.kind() == StatisticsJobKind.LITIGATION_RECONCILIATION) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        long audited = lastAudit();
        RequestSpecification auditor = as("jobs.auditor", "核对员", "auditor");
        ExtractableResponse<Response> first = StatisticsJobs.post(auditor, LIT_RECONCILE);
        long id = first.jsonPath().getLong("id");
        assertTrue(reached.await(60, TimeUnit.SECONDS), "the job reached its worker");
        given().get(first.header("Location")).then().statusCode(200).body("state", equalTo("RUNNING")).body("stateLabel", equalTo("运行中"));

        as("jobs.admin", "任务管理员", "admin").post(LIT_RECONCILE).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("STATISTICS_JOB_RUNNING")).body("jobId", equalTo((int) id))
                .body("jobLocation", equalTo("/api/v1/statistics/jobs/" + id)).body("detail", containsString("应诉统计汇总核对"))
                .body("detail", containsString(Long.toString(id)));
        as("jobs.admin", "任务管理员", "admin").header("Accept-Language", "en").post(LIT_RECONCILE).then().statusCode(409)
                .body("detail", containsString("Reconciliation of the litigation aggregates"));
        // another kind is not held up by it
        JsonPath rebuilt = StatisticsJobs.run(as("jobs.admin", "任务管理员", "admin"), LIT_REBUILD);
        assertTrue(rebuilt.getLong("result.buckets") >= 0, rebuilt.prettify());

        release.countDown();
        JsonPath job = StatisticsJobs.await(first.header("Location"), StatisticsJobs.DEFAULT_TIMEOUT);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("jobs.auditor", job.getString("requestedBy"));
        JsonPath run = given().get(job.getString("resultLocation")).then().statusCode(200).extract().jsonPath();
        assertEquals(job.getLong("resultId"), run.getLong("id"));
        assertEquals("jobs.auditor", run.getString("startedBy"), "the stored reconciliation names the requester");
        assertEquals("API", run.getString("trigger"));
        assertEquals(run.getInt("differenceCount"), job.getInt("result.differenceCount"));
        assertEquals("jobs.auditor", auditUser("RECONCILE", audited));

        // the kind is free again
        StatisticsJobs.reconcile(auditor, LIT_RECONCILE);
    }

    @Test
    void aFailureIsTheJobsFailedStateNotAnErrorOfThePost() {
        StatisticsJobHooks.starting = e -> {
            if (e.kind() == StatisticsJobKind.RECONSIDERATION_RECONCILIATION) {
                throw new IllegalStateException("the database went away");
            }
        };
        ExtractableResponse<Response> accepted = StatisticsJobs.post(as("jobs.stat", "统计员", "statistician"), REC_RECONCILE);
        JsonPath job = StatisticsJobs.await(accepted.header("Location"), StatisticsJobs.DEFAULT_TIMEOUT);
        assertEquals("FAILED", job.getString("state"), job.prettify());
        assertEquals("失败", job.getString("stateLabel"));
        assertTrue(job.getString("failure").contains("the database went away"), job.prettify());
        assertEquals(null, job.getString("resultLocation"));
        assertNotNull(job.getString("finishedAt"));

        StatisticsJobHooks.starting = null;
        JsonPath r = StatisticsJobs.reconcile(as("jobs.stat", "统计员", "statistician"), REC_RECONCILE);
        assertEquals("REQUESTED", r.getString("trigger"));
        assertEquals("jobs.stat", r.getString("requestedBy"));
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsFailedAsAbandoned() {
        StatisticsJobs.awaitIdle("RECONSIDERATION_REBUILD");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO statistics_job (kind, active_kind, state, requested_by, requested_by_name, requested_at,"
                    + " started_at, worker, heartbeat_at) VALUES ('RECONSIDERATION_REBUILD', 'RECONSIDERATION_REBUILD', 'RUNNING', 'gone.admin',"
                    + " '已离开的管理员', ?1, ?1, 'stopped-pod/0000', ?1)").setParameter(1, LONG_AGO).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
        given().post(REC_REBUILD).then().statusCode(409).body("jobId", equalTo((int) id));

        assertTrue(runner.failAbandoned().contains(id));

        JsonPath job = given().get("/api/v1/statistics/jobs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", job.getString("state"));
        assertEquals("STATISTICS_JOB_ABANDONED", job.getString("failure"));
        assertTrue(job.getString("failureMessage").contains("已停止"), job.getString("failureMessage"));
        assertNotNull(job.getString("finishedAt"));
        assertFalse(runner.failAbandoned().contains(id), "failed once");
        // the kind is free for a new request, which runs
        assertTrue(StatisticsJobs.run(given(), REC_REBUILD).getBoolean("result.built"));
    }

    @Test
    void aJobRunningWhenItsInstanceShutsDownIsFailedAsInterrupted() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StatisticsJobHooks.starting = e -> {
            if (e.kind() == StatisticsJobKind.LITIGATION_REBUILD) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExtractableResponse<Response> accepted = StatisticsJobs.post(given(), LIT_REBUILD);
        assertTrue(reached.await(60, TimeUnit.SECONDS), "the job reached its worker");
        try {
            runner.onStop(null);
        } finally {
            release.countDown();
        }
        JsonPath job = StatisticsJobs.await(accepted.header("Location"), StatisticsJobs.DEFAULT_TIMEOUT);
        assertEquals("FAILED", job.getString("state"), job.prettify());
        assertEquals("STATISTICS_JOB_INTERRUPTED", job.getString("failure"));
        assertTrue(job.getString("failureMessage").contains("关闭"), job.getString("failureMessage"));
        // the kind is free at once
        StatisticsJobs.run(given(), LIT_REBUILD);
    }

    @Test
    void eachKindIsStartedAndSeenByTheRolesOfItsPost() {
        RequestSpecification statistician = as("jobs.stat2", "统计员二", "statistician");
        statistician.post(REC_REBUILD).then().statusCode(403);
        as("jobs.stat2", "统计员二", "statistician").post(LIT_RECONCILE).then().statusCode(403);
        as("jobs.auditor2", "审计员二", "auditor").post(LIT_REBUILD).then().statusCode(403);
        as("jobs.clerk", "承办人", "clerk").get("/api/v1/statistics/jobs").then().statusCode(403);

        JsonPath rebuild = StatisticsJobs.run(as("jobs.admin", "任务管理员", "admin"), LIT_REBUILD);
        String location = "/api/v1/statistics/jobs/" + rebuild.getLong("id");
        as("jobs.stat2", "统计员二", "statistician").get(location).then().statusCode(404).body("code", equalTo("STATISTICS_JOB_NOT_FOUND"));
        as("jobs.auditor2", "审计员二", "auditor").get(location).then().statusCode(404);
        List<String> kinds = as("jobs.stat2", "统计员二", "statistician").queryParam("size", 100).get("/api/v1/statistics/jobs").then()
                .statusCode(200).extract().jsonPath().getList("items.kind", String.class);
        assertFalse(kinds.contains("LITIGATION_REBUILD"), kinds.toString());
        assertFalse(kinds.contains("RECONSIDERATION_REBUILD"), kinds.toString());

        JsonPath reconciliation = StatisticsJobs.run(as("jobs.auditor2", "审计员二", "auditor"), LIT_RECONCILE);
        as("jobs.auditor2", "审计员二", "auditor").get("/api/v1/statistics/jobs/" + reconciliation.getLong("id")).then().statusCode(200)
                .body("kind", equalTo("LITIGATION_RECONCILIATION"));
        as("jobs.stat2", "统计员二", "statistician").get("/api/v1/statistics/jobs/" + reconciliation.getLong("id")).then().statusCode(404);
    }
}
