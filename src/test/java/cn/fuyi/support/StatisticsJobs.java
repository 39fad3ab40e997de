package cn.fuyi.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Statistics jobs in tests: a rebuild or reconciliation posted (202 + Location naming the job) and awaited by long
 * polling the job (waitSeconds), bounded by a timeout, without sleeping.
 */
public final class StatisticsJobs {

    /** Long enough for the test data; the benchmarks pass their own. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private StatisticsJobs() {
    }

    /**
     * Posts {@code path} and checks the answer is a queued or running job at Location; answers the response. When a job
     * of the kind is still going (409, left by another test class such as the security matrix), waits for that one
     * first and posts again, a few times at most.
     */
    public static ExtractableResponse<Response> post(RequestSpecification spec, String path) {
        ExtractableResponse<Response> r = spec.post(path).then().extract();
        for (int i = 0; i < 3 && r.statusCode() == 409 && "STATISTICS_JOB_RUNNING".equals(r.jsonPath().getString("code")); i++) {
            await(r.jsonPath().getString("jobLocation"), DEFAULT_TIMEOUT);
            r = spec.post(path).then().extract();
        }
        assertEquals(202, r.statusCode(), r.asString());
        String location = r.header("Location");
        assertNotNull(location, "a job's POST names the job at Location");
        long id = r.jsonPath().getLong("id");
        assertTrue(location.endsWith("/api/v1/statistics/jobs/" + id), location);
        return r;
    }

    /** The job at {@code location} once finished, whichever way; fails when it is still going after {@code timeout}. */
    public static JsonPath await(String location, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
            JsonPath job = given().queryParam("waitSeconds", Math.min(60, Math.max(1, left))).get(location).then().statusCode(200)
                    .extract().jsonPath();
            String state = job.getString("state");
            if ("SUCCEEDED".equals(state) || "FAILED".equals(state)) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("statistics job " + location + " still " + state + " after " + timeout);
            }
        }
    }

    /** Waits until no job of {@code kind} is queued or running (one left by another test class, say). */
    public static void awaitIdle(String kind) {
        JsonPath page = given().queryParam("kind", kind).queryParam("size", 5).get("/api/v1/statistics/jobs").then().statusCode(200)
                .extract().jsonPath();
        for (Long id : page.getList("items.id", Long.class)) {
            await("/api/v1/statistics/jobs/" + id, DEFAULT_TIMEOUT);
        }
    }

    /** Posts {@code path}, waits for the job and checks it SUCCEEDED; answers the finished job. */
    public static JsonPath run(RequestSpecification spec, String path, Duration timeout) {
        JsonPath job = await(post(spec, path).header("Location"), timeout);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        return job;
    }

    public static JsonPath run(RequestSpecification spec, String path) {
        return run(spec, path, DEFAULT_TIMEOUT);
    }

    /** Runs a reconciliation job and reads the stored reconciliation it names (resultLocation), as the default caller. */
    public static JsonPath reconcile(RequestSpecification spec, String path, Duration timeout) {
        JsonPath job = run(spec, path, timeout);
        String result = job.getString("resultLocation");
        assertNotNull(result, "a reconciliation job names its result: " + job.prettify());
        return given().get(result).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath reconcile(RequestSpecification spec, String path) {
        return reconcile(spec, path, DEFAULT_TIMEOUT);
    }
}
