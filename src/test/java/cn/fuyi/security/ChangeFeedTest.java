package cn.fuyi.security;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.awaitSequenced;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The change feed: a poller resumes from its cursor while writes continue, and misses and repeats nothing. */
@QuarkusTest
class ChangeFeedTest {

    @Test
    void aPollerResumingFromItsCursorSeesEveryEventOnceInOrderWhileWritesContinue() throws Exception {
        long organ = createOrgan("推送测试市人民政府", "推政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "推送测试市交通运输局", "GOVERNMENT_DEPARTMENT");
        String auditor = Tokens.bearer(Tokens.of("feed.auditor", "推送审计", Set.of("auditor"), List.of(organ), "EXACT", null));
        long cursor = given().header("Authorization", auditor).queryParam("after", 0).queryParam("limit", 1000)
                .get("/api/v1/feed").then().statusCode(200).extract().jsonPath().getLong("nextCursor");
        // drain whatever exists, so the cursor is at the head
        while (true) {
            JsonPath page = given().header("Authorization", auditor).queryParam("after", cursor).queryParam("limit", 1000)
                    .get("/api/v1/feed").then().extract().jsonPath();
            cursor = page.getLong("nextCursor");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }

        int writers = 6;
        int casesPerWriter = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<Long>>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < casesPerWriter; i++) {
                    long id = json().body(application(organ, respondent, "2026-03-02")).post("/api/v1/reconsiderations")
                            .then().statusCode(201).extract().jsonPath().getLong("id");
                    String tag = given().get("/api/v1/reconsiderations/" + id).then().extract().header("ETag");
                    json().header("If-Match", tag).body(obj("date", "2026-03-03"))
                            .post("/api/v1/reconsiderations/" + id + "/transitions/accept").then().statusCode(200);
                    ids.add(id);
                }
                return ids;
            }));
        }
        // poll in small pages while the writers run, resuming from the cursor each time
        List<Map<String, Object>> seen = new ArrayList<>();
        int expected = writers * casesPerWriter * 2;
        int polls = 0;
        while (seen.size() < expected && polls < 20_000) {
            polls++;
            JsonPath page = given().header("Authorization", auditor).queryParam("after", cursor).queryParam("limit", 3)
                    .get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("events");
            seen.addAll(events);
            cursor = page.getLong("nextCursor");
            if (events.isEmpty() && work.stream().allMatch(Future::isDone)) {
                // writers are done and the feed has nothing more: once everything committed is sequenced, one last read decides
                awaitSequenced();
                JsonPath last = given().header("Authorization", auditor).queryParam("after", cursor).queryParam("limit", 1000)
                        .get("/api/v1/feed").then().extract().jsonPath();
                seen.addAll(last.getList("events"));
                cursor = last.getLong("nextCursor");
                break;
            }
        }
        Set<Long> created = new HashSet<>();
        for (Future<List<Long>> f : work) {
            created.addAll(f.get());
        }
        pool.shutdown();

        assertEquals(expected, seen.size(), "every event exactly once");
        Set<Long> seqs = new HashSet<>();
        long previous = -1;
        for (Map<String, Object> e : seen) {
            long seq = ((Number) e.get("seq")).longValue();
            assertTrue(seq > previous, "in order");
            assertTrue(seqs.add(seq), "no duplicates");
            previous = seq;
        }
        Set<Long> receivedCases = new HashSet<>();
        Set<Long> acceptedCases = new HashSet<>();
        for (Map<String, Object> e : seen) {
            long subject = ((Number) e.get("subjectId")).longValue();
            if ("CASE_RECEIVED".equals(e.get("type"))) {
                receivedCases.add(subject);
            } else if ("CASE_TRANSITION".equals(e.get("type"))) {
                acceptedCases.add(subject);
            }
        }
        assertEquals(created, receivedCases);
        assertEquals(created, acceptedCases);
    }

    @Test
    void theFeedIsScopedByOrgan() {
        long mine = createOrgan("推送范围甲市人民政府", "甲推复〔{year}〕{seq}号", null);
        long theirs = createOrgan("推送范围乙市人民政府", "乙推复〔{year}〕{seq}号", null);
        long r1 = createRespondent(mine, "甲市某局", "GOVERNMENT_DEPARTMENT");
        long r2 = createRespondent(theirs, "乙市某局", "GOVERNMENT_DEPARTMENT");
        String auditor = Tokens.bearer(Tokens.of("scoped.auditor", "甲市审计", Set.of("auditor"), List.of(mine), "EXACT", null));
        // the organ's and respondent's own events must be in the feed before its end is taken as the start
        awaitSequenced();
        long start = 0;
        JsonPath page;
        do {
            page = given().header("Authorization", auditor).queryParam("after", start).queryParam("limit", 1000)
                    .get("/api/v1/feed").then().extract().jsonPath();
            start = page.getLong("nextCursor");
        } while (page.getBoolean("hasMore"));
        long a = json().body(application(mine, r1, "2026-03-02")).post("/api/v1/reconsiderations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json().body(application(theirs, r2, "2026-03-02")).post("/api/v1/reconsiderations").then().statusCode(201);
        awaitSequenced();
        List<Map<String, Object>> events = given().header("Authorization", auditor).queryParam("after", start)
                .get("/api/v1/feed").then().extract().jsonPath().getList("events");
        assertEquals(1, events.size());
        assertEquals(a, ((Number) events.get(0).get("subjectId")).longValue());
        assertEquals(mine, ((Number) events.get(0).get("organId")).longValue());
    }
}
