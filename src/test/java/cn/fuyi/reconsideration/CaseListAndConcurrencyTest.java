package cn.fuyi.reconsideration;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The clerk's worklist, list filters and paging, gapless numbering under concurrency, and ETag preconditions. */
@QuarkusTest
class CaseListAndConcurrencyTest {

    @Test
    void concurrentIntakesGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        long organ = createOrgan("并发测试市人民政府", "并政复〔{year}〕{seq:3}号", null);
        long respondent = createRespondent(organ, "并发测试市公安局", "GOVERNMENT_DEPARTMENT");
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(() -> json().body(application(organ, respondent, "2026-04-08")).post("/api/v1/reconsiderations")
                        .then().statusCode(201).extract().jsonPath().getString("caseNumber"));
            }
            TreeSet<String> numbers = new TreeSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            TreeSet<String> expected = new TreeSet<>();
            for (int i = 1; i <= n; i++) {
                expected.add(String.format("并政复〔2026〕%03d号", i));
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updatesNeedTheCurrentETag() {
        long organ = createOrgan("版本测试县人民政府", "版政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "版本测试县自然资源局", "GOVERNMENT_DEPARTMENT");
        Map<String, Object> app = application(organ, respondent, "2026-04-08");
        long id = receive(app);
        String etag = given().get("/api/v1/reconsiderations/" + id).then().extract().header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(app);
        changed.put("actDomain", "NATURAL_RESOURCES");
        changed.put("request", "请求确认违法");

        json().body(changed).put("/api/v1/reconsiderations/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("PRECONDITION_REQUIRED"));
        String newTag = json().header("If-Match", etag).body(changed).put("/api/v1/reconsiderations/" + id)
                .then().statusCode(200).body("actDomain", equalTo("NATURAL_RESOURCES")).extract().header("ETag");
        assertEquals(false, etag.equals(newTag));
        // the first writer's tag is now stale: the second writer cannot overwrite
        json().header("If-Match", etag).body(app).put("/api/v1/reconsiderations/" + id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"))
                .body("currentETag", equalTo(newTag));
        json().header("If-Match", etag).body(obj("date", "2026-04-09")).post("/api/v1/reconsiderations/" + id + "/transitions/accept")
                .then().statusCode(412);
        given().get("/api/v1/reconsiderations/" + id).then().body("request", equalTo("请求确认违法"))
                .body("state", equalTo("RECEIVED"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", contains("RECEIVE", "UPDATE_DETAILS"))
                .body("[1].details.changes", hasKey("actDomain"))
                .body("[1].details.changes.actDomain", hasEntry("after", "NATURAL_RESOURCES"));
    }

    @Test
    void stepsSentAtOnceWithTheSameETagRunOneAfterTheOtherAndOnlyTheFirstIsTaken() throws Exception {
        long organ = createOrgan("同时提交测试县人民政府", "同政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "同时提交测试县公安局", "GOVERNMENT_DEPARTMENT");
        long id = receive(application(organ, respondent, "2026-04-08"));
        String etag = given().get("/api/v1/reconsiderations/" + id).then().extract().header("ETag");
        int senders = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < senders; i++) {
            String clerk = "clerk." + i;
            answers.add(pool.submit(() -> {
                start.await();
                return json().header("If-Match", etag).body(obj("clerk", clerk, "clerkName", "承办" + clerk))
                        .post("/api/v1/reconsiderations/" + id + "/transitions/assign-clerk").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new java.util.ArrayList<>();
        for (var a : answers) {
            codes.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(senders - 1, codes.stream().filter(c -> c == 412).count(), "the others are told their version is stale: " + codes);
        given().get("/api/v1/reconsiderations/" + id + "/events").then().body("transition", contains("RECEIVE", "ASSIGN_CLERK"));
    }

    @Test
    void worklistFindsDueOverdueAndMyCases() {
        long organ = createOrgan("工作台测试市人民政府", "台政复〔{year}〕{seq}号", null);
        long county = createOrgan("工作台测试县人民政府", "台县复〔{year}〕{seq}号", organ);
        long respondent = createRespondent(organ, "工作台测试市人社局", "GOVERNMENT_DEPARTMENT");
        long countyRespondent = createRespondent(county, "工作台测试县某镇人民政府", "TOWNSHIP_GOVERNMENT");

        // review due 10-15 (make-up Saturday 10-10 counts), overdue on 11-05
        long overdue = receive(application(organ, respondent, "2026-10-09"));
        ok(overdue, "assign-clerk", "clerk", "li.clerk", "clerkName", "李承办");
        // review due 11-09: within 7 days of 11-05
        long dueSoon = receive(application(organ, respondent, "2026-11-02",
                "applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "欧阳娜娜"))));
        // received on 11-05: review due 11-12, within 7 days too; in the county
        long countyCase = receive(application(county, countyRespondent, "2026-11-05"));
        // accepted and decided: nothing pending
        long done = receive(application(organ, respondent, "2026-09-01"));
        ok(done, "accept", "date", "2026-09-01");
        ok(done, "dismiss-application", "date", "2026-09-02", "reason", "不符合受理条件");

        String asOf = "2026-11-05";
        given().queryParam("organId", organ).queryParam("overdue", true).queryParam("asOf", asOf)
                .get("/api/v1/reconsiderations").then().statusCode(200)
                .body("items.id", contains((int) overdue))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].nextDeadlineLabel", equalTo("受理审查期限"))
                .body("totalItems", equalTo(1));
        given().queryParam("organId", organ).queryParam("includeSubordinates", true).queryParam("dueWithinDays", 7)
                .queryParam("asOf", asOf).queryParam("sort", "nextDueDate")
                .get("/api/v1/reconsiderations").then().statusCode(200)
                .body("items.id", contains((int) overdue, (int) dueSoon, (int) countyCase));
        given().queryParam("organId", organ).queryParam("dueWithinDays", 7).queryParam("asOf", asOf)
                .get("/api/v1/reconsiderations").then()
                .body("items.id", containsInAnyOrder((int) overdue, (int) dueSoon));
        String liClerk = cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("li.clerk", "李承办",
                java.util.Set.of("clerk"), List.of(organ), "SUBTREE", null));
        given().header("Authorization", liClerk).queryParam("assignedToMe", true).get("/api/v1/reconsiderations").then()
                .body("items.id", contains((int) overdue))
                .body("items[0].clerkName", equalTo("李承办"));
        given().queryParam("q", "欧阳").get("/api/v1/reconsiderations").then()
                .body("items.id", contains((int) dueSoon))
                .body("items[0].applicantNames", contains("欧阳娜娜"));
        given().queryParam("q", "台县复〔2026〕").get("/api/v1/reconsiderations").then()
                .body("items.id", contains((int) countyCase));
        given().queryParam("organId", organ).queryParam("state", "CONCLUDED").get("/api/v1/reconsiderations").then()
                .body("items.id", contains((int) done))
                .body("items[0].decisionTypeLabel", equalTo("驳回申请"));
        given().queryParam("organId", organ).queryParam("receivedFrom", "2026-10-01").queryParam("receivedTo", "2026-10-31")
                .get("/api/v1/reconsiderations").then().body("items.id", contains((int) overdue));

        // paging: three cases of the organ, two per page, oldest first
        given().queryParam("organId", organ).queryParam("size", 2).queryParam("page", 0).queryParam("sort", "receivedDate")
                .get("/api/v1/reconsiderations").then()
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.id", contains((int) done, (int) overdue));
        given().queryParam("organId", organ).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "receivedDate")
                .get("/api/v1/reconsiderations").then()
                .body("items.id", contains((int) dueSoon));
        given().queryParam("organId", organ).queryParam("sort", "-caseNumber").get("/api/v1/reconsiderations").then()
                .body("items[0].caseNumber", equalTo("台政复〔2026〕3号"))
                .body("items.id", not(hasItem((int) countyCase)));
    }
}
