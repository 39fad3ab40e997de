package cn.fuyi.resilience;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** More work than the connection pool can serve at once is queued, and what cannot be served in time is a 503. */
@QuarkusTest
class OverloadTest {

    @Inject
    AgroalDataSource pool;

    @Test
    void fiftyConcurrentIntakesAreAllReceivedWithConsecutiveNumbers() throws Exception {
        long organ = createOrgan("高并发测试市人民政府", "高政复〔{year}〕{seq:3}号", null);
        long respondent = createRespondent(organ, "高并发测试市交通运输局", "GOVERNMENT_DEPARTMENT");
        int clients = 50;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Response>> intakes = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                intakes.add(() -> json().body(application(organ, respondent, "2026-04-08")).post("/api/v1/reconsiderations"));
            }
            TreeMap<Integer, Integer> statuses = new TreeMap<>();
            TreeSet<String> numbers = new TreeSet<>();
            for (Future<Response> f : threads.invokeAll(intakes)) {
                Response r = f.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 201) {
                    numbers.add(r.jsonPath().getString("caseNumber"));
                }
            }
            assertEquals(new TreeMap<>(java.util.Map.of(201, clients)), statuses);
            TreeSet<String> expected = new TreeSet<>();
            for (int i = 1; i <= clients; i++) {
                expected.add(String.format("高政复〔2026〕%03d号", i));
            }
            assertEquals(expected, numbers);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRequestThatGetsNoConnectionInTimeAnswers503ServiceOverloadedAndChangesNothing() throws Exception {
        long organ = createOrgan("连接池测试市人民政府", "池政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "连接池测试市生态环境局", "GOVERNMENT_DEPARTMENT");
        int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            json().body(application(organ, respondent, "2026-04-08")).post("/api/v1/reconsiderations")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("code", equalTo("SERVICE_OVERLOADED"))
                    .body("title", equalTo("服务繁忙，请稍后重试"))
                    .body("detail", containsString("Retry-After"))
                    .body(not(containsString("acquisition")));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200)
                .body("totalItems", equalTo(0));
        receive(application(organ, respondent, "2026-04-08"));
    }
}
