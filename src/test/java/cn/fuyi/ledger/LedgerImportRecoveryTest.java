package cn.fuyi.ledger;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Ledgers.row;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.Api;
import cn.fuyi.support.Ledgers;
import cn.fuyi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Import jobs that outlive their worker, and all or nothing under a concurrent change. A stopped instance is simulated
 * the way it looks in the database: the job left running under another worker's name with a lease long run out; the
 * recovery that runs at start (and then every quarter lease) is then invoked instead of waited for.
 */
@QuarkusTest
class LedgerImportRecoveryTest {

    private static final String PATTERN = "续政复〔{year}〕{seq}号";
    private static final Timestamp LONG_AGO = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));

    @Inject
    ImportRunner runner;
    @Inject
    ImportService service;
    @Inject
    EntityManager em;

    private record Organ(long id, String respondent) {
    }

    private static Organ organ() {
        long id = createOrgan(Api.unique("导入续做测试机关"), PATTERN, null);
        createRespondent(id, "太仓市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        return new Organ(id, "太仓市市场监督管理局");
    }

    private static Map<String, String> finished(int seq, String respondent) {
        return row("续政复〔2019〕" + seq + "号", "2019-03-04", respondent, "受理日期", "2019-03-06", "审结日期", "2019-04-10",
                "决定类型", "维持", "送达日期", "2019-04-12");
    }

    private static long count(long organ) {
        return given().queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    private static List<String> auditOperations(long jobId) {
        Api.awaitSequenced();
        return given().header("Authorization", Tokens.bearer(Tokens.of("aud", "审计", java.util.Set.of("auditor"), List.of(), "ALL", null)))
                .queryParam("subjectType", "IMPORT_JOB").queryParam("subjectId", jobId).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.operation", String.class);
    }

    @Test
    void aJobWhoseInstanceStoppedIsTakenOverAndResumedWithItsFileFromTheStorage() throws IOException {
        Organ o = organ();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(finished(i, o.respondent()));
        }
        // what the stopped run had written: the first three rows
        JsonPath half = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), rows.subList(0, 3)), "前三行.xlsx", "validRows");
        assertEquals(3, half.getInt("rowsWritten"), half.prettify());
        long id = Ledgers.start(o.id(), Ledgers.xlsx(o.id(), rows), "台账2019.xlsx", "dryRun");
        Ledgers.await(id);
        // the job as its stopped instance left it: writing, three rows in, the lease long run out, the local copy gone
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE import_job SET mode = 'VALID_ROWS', state = 'WRITING', finished_at = NULL,"
                    + " worker = 'stopped-pod/0000', heartbeat_at = ?2, attempts = 1, rows_written = 3 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, LONG_AGO).executeUpdate();
            em.createNativeQuery("UPDATE import_row SET job_id = ?1 WHERE job_id = ?2").setParameter(1, id)
                    .setParameter(2, half.getLong("id")).executeUpdate();
        });
        ImportJob stored = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
        assertNotNull(stored.storageKey, "the upload is in the document storage");
        Files.deleteIfExists(service.localFile(stored));
        // the spool the stopped instance was writing, left in the folder
        java.nio.file.Path leftSpool = service.localFile(stored).toAbsolutePath().getParent().resolve("job-" + id + "-left.rows");
        Files.createDirectories(leftSpool.getParent());
        Files.write(leftSpool, new byte[] { 1, 2, 3 });
        given().get("/api/v1/imports/" + id).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("WRITING"));

        runner.recover();

        JsonPath job = Ledgers.await(id);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("attempts"));
        assertEquals(6, job.getInt("rowsWritten"), "the three rows of the stopped run count as this job's: " + job.prettify());
        assertEquals(0, job.getInt("rowsUnchanged"));
        assertEquals(0, job.getInt("rowsFailed"));
        assertEquals(6, count(o.id()), "nothing written twice");
        assertFalse(Files.exists(leftSpool), "the stopped instance's spool is cleared away by the attempt that took the job over");
        assertTrue(auditOperations(id).containsAll(List.of("IMPORT_RESUMED", "IMPORT_FINISHED")), auditOperations(id).toString());
        assertTrue(runner.recover().stream().noneMatch(j -> j == id), "a finished job is not taken over again");
        // the report reads the file fetched again from the storage
        given().get("/api/v1/imports/" + id + "/report").then().statusCode(200);
    }

    @Test
    void aJobInterruptedTooOftenFailsWithItsReasonAndALiveWorkersJobIsLeftAlone() {
        Organ o = organ();
        byte[] file = Ledgers.xlsx(o.id(), List.of(finished(1, o.respondent())));
        long tired = Ledgers.start(o.id(), file, "台账.xlsx", "dryRun");
        long alive = Ledgers.start(o.id(), file, "台账.xlsx", "dryRun");
        Ledgers.await(tired);
        Ledgers.await(alive);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE import_job SET state = 'VALIDATING', finished_at = NULL, worker = 'stopped-pod/0000',"
                    + " heartbeat_at = ?2, attempts = 3 WHERE id = ?1").setParameter(1, tired).setParameter(2, LONG_AGO).executeUpdate();
            em.createNativeQuery("UPDATE import_job SET state = 'VALIDATING', finished_at = NULL, worker = 'other-pod/1111',"
                    + " heartbeat_at = ?2 WHERE id = ?1").setParameter(1, alive).setParameter(2, Timestamp.from(Instant.now()))
                    .executeUpdate();
        });
        try {
            runner.recover();

            JsonPath job = Ledgers.await(tired);
            assertEquals("FAILED", job.getString("state"));
            assertEquals("IMPORT_INTERRUPTED", job.getString("failure"));
            assertTrue(job.getString("failureMessage").contains("多次停止"), job.getString("failureMessage"));
            JsonPath en = Ledgers.await(tired, "en");
            assertTrue(en.getString("failureMessage").contains("stopped too often"), en.getString("failureMessage"));
            given().get("/api/v1/imports/" + alive).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("VALIDATING"))
                    .body("attempts", org.hamcrest.Matchers.equalTo(1));
            assertFalse(auditOperations(alive).contains("IMPORT_RESUMED"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET state = 'SUCCEEDED',"
                    + " finished_at = ?2 WHERE id = ?1").setParameter(1, alive).setParameter(2, Timestamp.from(Instant.now())).executeUpdate());
        }
    }

    @Test
    void allOrNothingWritesNothingWhenARowBecameInvalidBetweenItsCheckAndTheWrite() {
        Organ o = organ();
        long respondent = given().queryParam("organId", o.id()).get("/api/v1/respondents").then().extract().jsonPath().getLong("items[0].id");
        // rows 2 and 3 go in first; row 4's number is the one the API hands out next, taken while the job checks
        List<Map<String, String>> rows = List.of(finished(5, o.respondent()), finished(6, o.respondent()), finished(1, o.respondent()));
        String[] taken = { null };
        ImportHooks.beforeWriting = jobId -> taken[0] = given().contentType("application/json")
                .body(Api.application(o.id(), respondent, "2019-06-03", "actDate", "2019-05-01")).post("/api/v1/reconsiderations")
                .then().statusCode(201).extract().jsonPath().getString("caseNumber");
        JsonPath job;
        try {
            job = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), rows), "台账.xlsx", "allOrNothing");
        } finally {
            ImportHooks.beforeWriting = null;
        }
        assertEquals("续政复〔2019〕1号", taken[0], "the concurrent create took row 4's number after the rows were checked");
        assertEquals("REJECTED", job.getString("state"), job.prettify());
        assertEquals(0, job.getInt("rowsWritten"));
        assertEquals(1, job.getInt("rowsFailed"));
        List<Map<String, Object>> errors = job.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> ((Number) e.get("row")).intValue() == 4 && "CASE_NUMBER_TAKEN".equals(e.get("code"))),
                errors.toString());
        assertEquals(1, count(o.id()), "rows 2 and 3, written before row 4 failed, were rolled back: only the API's case");
        // nothing remembered as imported either: the same file goes in once the number is free again in a new ledger
        long remembered = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM import_row WHERE organ_id = ?1").setParameter(1, o.id()).getSingleResult()).longValue());
        assertEquals(0, remembered);
    }
}
