package cn.fuyi.audit;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.awaitSequenced;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The write path's audit trail and feed: writers only insert, one lease holder sequences after commit, and what
 * commits late is sequenced all the same.
 */
@QuarkusTest
class SequencerTest {

    @Inject
    AuditLog audit;
    @Inject
    AgroalDataSource dataSource;

    private static String auditor() {
        return Tokens.bearer(Tokens.of("sequencer.auditor", "顺序审计", Set.of("auditor"), List.of(), "ALL", null));
    }

    @Test
    void anEntryThatCommitsLateWithALowerIdIsStillSequencedAfterTheOnesCommittedBeforeIt() throws Exception {
        long organ = createOrgan("迟提交测试市人民政府", "迟政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "迟提交测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> late = thread.submit(() -> {
            Arc.container().requestContext().activate();
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    audit.record(SubjectType.SYSTEM, null, organ, "LATE_COMMIT_TEST", null, "held open by the test");
                    audit.publish("LATE_COMMIT_TEST", SubjectType.SYSTEM, null, organ, null, Map.of("late", true));
                    inserted.countDown();
                    try {
                        assertTrue(release.await(30, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                Arc.container().requestContext().terminate();
            }
            return null;
        });
        try {
            assertTrue(inserted.await(30, TimeUnit.SECONDS), "the late transaction has inserted its entries");
            long caseId = receive(application(organ, respondent, "2026-03-02"));
            awaitSequenced();
            long lateAuditId = single("SELECT MAX(id) FROM audit_record WHERE operation = 'LATE_COMMIT_TEST' AND organ_id = ?", organ);
            assertEquals(0, lateAuditId, "the late entry is not visible before it commits");
            Long received = single("SELECT seq FROM audit_record WHERE subject_type = 'RECONSIDERATION_CASE' AND subject_id = ?"
                    + " AND operation = 'RECEIVE'", caseId);
            assertNotNull(received, "what committed is sequenced while an earlier insert is still open");

            release.countDown();
            late.get(30, TimeUnit.SECONDS);
            awaitSequenced();
            long lateId = single("SELECT id FROM audit_record WHERE operation = 'LATE_COMMIT_TEST' AND organ_id = ?", organ);
            long receivedId = single("SELECT id FROM audit_record WHERE subject_type = 'RECONSIDERATION_CASE' AND subject_id = ?"
                    + " AND operation = 'RECEIVE'", caseId);
            assertTrue(lateId < receivedId, "the late entry was inserted first");
            long lateSeq = single("SELECT seq FROM audit_record WHERE id = ?", lateId);
            assertTrue(lateSeq > received, "and is placed in the chain after the entries that committed before it");
            long lateFeed = single("SELECT seq FROM change_event WHERE type = 'LATE_COMMIT_TEST' AND organ_id = ?", organ);
            long receivedFeed = single("SELECT seq FROM change_event WHERE type = 'CASE_RECEIVED' AND subject_id = ?", caseId);
            assertTrue(lateFeed > receivedFeed, "the feed follows commit order too");
        } finally {
            release.countDown();
            thread.shutdown();
        }
        given().header("Authorization", auditor()).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("unsequenced", equalTo(0));
    }

    @Test
    void onlyTheLeaseHolderSequencesAndAnotherInstanceTakesOverWhenTheLeaseRunsOut() throws Exception {
        long organ = createOrgan("接替测试市人民政府", "替政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "接替测试市自然资源局", "GOVERNMENT_DEPARTMENT");
        awaitSequenced();
        String running = given().header("Authorization", auditor()).get("/api/v1/feed/status").then().statusCode(200)
                .body("leader", notNullValue()).extract().jsonPath().getString("thisInstance");
        SequencerCore other = new SequencerCore(dataSource, "other-instance/test", Duration.ofMinutes(5), 100);
        assertFalse(other.tryLead(), "the lease is held by the running instance");
        assertNull(other.sequenceOnce(), "a core without the lease sequences nothing");

        // the running instance stops renewing (as if killed): its lease runs out, and the other takes over
        long term = single("SELECT term FROM sequencer_state WHERE id = ?", 1);
        try (Connection c = dataSource.getConnection()) {
            // one transaction, so the running instance cannot renew in between
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE sequencer_state SET lease_until = NOW(6) - INTERVAL 1 SECOND WHERE id = 1")) {
                st.executeUpdate();
            }
            assertTrue(other.lead(c), "an expired lease is taken");
            c.commit();
        }
        try {
            assertEquals(term + 1, single("SELECT term FROM sequencer_state WHERE id = ?", 1));
            long caseId = receive(application(organ, respondent, "2026-03-02"));
            assertNull(single("SELECT seq FROM change_event WHERE type = 'CASE_RECEIVED' AND subject_id = ?", caseId),
                    "the former holder no longer sequences");
            SequencerCore.Batch b = other.sequenceOnce();
            assertNotNull(b);
            assertTrue(b.feedEvents() >= 1 && b.auditRecords() >= 1);
            assertNotNull(single("SELECT seq FROM change_event WHERE type = 'CASE_RECEIVED' AND subject_id = ?", caseId));
            given().header("Authorization", auditor()).get("/api/v1/feed/status").then()
                    .body("leader", equalTo("other-instance/test")).body("unsequencedFeedEvents", equalTo(0));
        } finally {
            other.release();
        }
        // released at shutdown: the running instance takes the lease back at its next attempt
        awaitSequenced();
        long caseId = receive(application(organ, respondent, "2026-03-03"));
        awaitSequenced();
        assertNotNull(single("SELECT seq FROM change_event WHERE type = 'CASE_RECEIVED' AND subject_id = ?", caseId));
        given().header("Authorization", auditor()).get("/api/v1/feed/status").then().body("leader", equalTo(running))
                .body("term", greaterThanOrEqualTo((int) term + 2));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("fuyi_sequencer_leading 1.0"), "the instance that sequences says so in its metrics");
        assertTrue(metrics.contains("fuyi_sequencer_entries_total{kind=\"feed\"}"));
        given().header("Authorization", auditor()).get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void concurrentIntakesOfManyOrgansGiveOneGaplessChainAndFeed() throws Exception {
        int organs = 4;
        List<long[]> targets = new ArrayList<>();
        for (int i = 0; i < organs; i++) {
            long o = createOrgan("并发链测试" + i + "市人民政府", "链" + i + "复〔{year}〕{seq}号", null);
            targets.add(new long[] { o, createRespondent(o, "并发链测试" + i + "市公安局", "GOVERNMENT_DEPARTMENT") });
        }
        awaitSequenced();
        long feedBefore = single("SELECT feed_seq FROM sequencer_state WHERE id = ?", 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long[] t = targets.get(i % organs);
            work.add(pool.submit(() -> receive(application(t[0], t[1], "2026-04-01"))));
        }
        for (Future<Long> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        awaitSequenced();
        long feedAfter = single("SELECT feed_seq FROM sequencer_state WHERE id = ?", 1);
        assertEquals(feedAfter, single("SELECT MAX(seq) FROM change_event WHERE id > ?", 0));
        assertEquals(feedAfter, single("SELECT COUNT(*) FROM change_event WHERE seq IS NOT NULL AND seq <= ?", feedAfter),
                "feed positions 1..n with no gap");
        assertTrue(feedAfter - feedBefore >= 40);
        for (long[] t : targets) {
            assertEquals(10, single("SELECT COUNT(*) FROM reconsideration_case WHERE organ_id = ?", t[0]));
            assertEquals(10, single("SELECT MAX(case_seq) FROM reconsideration_case WHERE organ_id = ?", t[0]),
                    "each organ's numbers 1..10 without gaps");
        }
        assertTrue(single("SELECT COUNT(*) FROM audit_record WHERE organ_id = ? AND MICROSECOND(occurred_at) > 0", targets.get(0)[0]) > 0,
                "audit times keep their fraction of a second on this server (MySQL Connector/J would drop it on MariaDB 10)");
        given().header("Authorization", auditor()).get("/api/v1/audit/verify").then().body("intact", equalTo(true))
                .body("unsequenced", equalTo(0));
    }

    /**
     * During a backlog a batch reads above the highest ids sequenced (the delete-marked entries below stay in the seq
     * index until purged, and a read from the start walks them all); an entry that commits late below that floor is
     * sequenced once the backlog is read from the start again: when a batch empties it, or after the interval.
     */
    @Test
    void duringABacklogBatchesReadAboveTheFloorAndALateEntryBelowItIsSequencedWhenTheBacklogEmpties() throws Exception {
        long organ = createOrgan("积压测试市人民政府", "积政复〔{year}〕{seq}号", null);
        awaitSequenced();
        // a core whose backlog is read from the start only when a batch empties it (the interval is an hour)
        SequencerCore other = new SequencerCore(dataSource, "backlog-instance/test", Duration.ofMinutes(5), 2, Duration.ofHours(1));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("UPDATE sequencer_state SET lease_until = NOW(6) - INTERVAL 1 SECOND WHERE id = 1")) {
                st.executeUpdate();
            }
            assertTrue(other.lead(c));
            c.commit();
        }
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> late = thread.submit(() -> {
                Arc.container().requestContext().activate();
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        audit.record(SubjectType.SYSTEM, null, organ, "BACKLOG_LATE_TEST", null, "held open by the test");
                        inserted.countDown();
                        try {
                            assertTrue(release.await(30, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } finally {
                    Arc.container().requestContext().terminate();
                }
                return null;
            });
            assertTrue(inserted.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 6; i++) {
                int n = i;
                QuarkusTransaction.requiringNew().run(() -> audit.record(SubjectType.SYSTEM, null, organ, "BACKLOG_TEST", null, "entry " + n));
            }
            SequencerCore.Batch first = other.sequenceOnce();
            assertEquals(2, first.auditRecords(), "a full batch: the backlog is not emptied");
            release.countDown();
            late.get(30, TimeUnit.SECONDS);
            long lateId = single("SELECT id FROM audit_record WHERE operation = 'BACKLOG_LATE_TEST' AND organ_id = ?", organ);
            assertTrue(lateId < first.lastAuditId(), "the late entry lies below the floor");

            SequencerCore.Batch second = other.sequenceOnce();
            assertEquals(2, second.auditRecords());
            assertNull(single("SELECT seq FROM audit_record WHERE id = ?", lateId), "the batch read above the floor");
            SequencerCore.Batch b = second;
            int batches = 2;
            while (b.auditRecords() > 0 && batches < 20) {
                b = other.sequenceOnce();
                batches++;
            }
            assertEquals(0, b.auditRecords(), "the backlog is emptied");
            Long lateSeq = single("SELECT seq FROM audit_record WHERE id = ?", lateId);
            assertNotNull(lateSeq, "the late entry was sequenced once the backlog was read from the start");
            long highest = single("SELECT MAX(seq) FROM audit_record WHERE operation = 'BACKLOG_TEST' AND organ_id = ?", organ);
            assertTrue(lateSeq > highest, "after the entries above the floor");
            assertEquals(0, single("SELECT COUNT(*) FROM audit_record WHERE seq IS NULL AND organ_id = ?", organ));
        } finally {
            release.countDown();
            thread.shutdown();
            other.release();
        }
        awaitSequenced();
        given().header("Authorization", auditor()).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("unsequenced", equalTo(0));
    }

    private Long single(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Long v = rs.getLong(1);
                if (rs.wasNull()) {
                    return sql.startsWith("SELECT MAX") ? Long.valueOf(0) : null;
                }
                return v;
            }
        }
    }

}
