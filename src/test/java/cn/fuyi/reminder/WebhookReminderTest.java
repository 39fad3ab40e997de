package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import cn.fuyi.common.TimeSource;
import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The webhook posts a signed reminder to the clerk's gateway and retries with a growing wait when the gateway fails. */
@QuarkusTest
class WebhookReminderTest {

    record Received(String signature, String delivery, byte[] body) {
    }

    @Inject
    TimeSource time;
    @Inject
    DeadlineJobs jobs;

    HttpServer gateway;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger(1);

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Fuyi-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Fuyi-Delivery"), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        time.reset();
    }

    @Test
    void webhookIsSignedAndRetriedWithBackoffUntilDelivered() {
        time.moveTo(LocalDate.of(2026, 6, 3), 9);
        long organ = createOrgan(Api.unique("推送"), "推送〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "某区交通运输局", "GOVERNMENT_DEPARTMENT");
        String clerk = Api.unique("clerk.hook.");
        String token = Tokens.bearer(Tokens.of(clerk, "承办人丁", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        String reviewer = Tokens.bearer(Tokens.of("reviewer.hook", "负责人", Set.of("reviewer"), List.of(organ), "SUBTREE", null));
        String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/hook";
        json().header("Authorization", token).body(obj("inboxEnabled", true, "emailEnabled", false, "webhookEnabled", true,
                "webhookUrl", url, "digestEnabled", false, "quietRestDays", true))
                .put("/api/v1/reminder-preferences/me").then().statusCode(200);
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));

        jobs.reminders();
        assertEquals(1, received.size());
        JsonPath rec = record(reviewer, id);
        assertEquals("PENDING", rec.getString("items[0].status"));
        assertEquals(1, rec.getInt("items[0].attempts"));
        assertTrue(rec.getString("items[0].lastError").contains("503"), rec.getString("items[0].lastError"));

        // Not yet due again: the next attempt waits retry-base (1 minute).
        jobs.reminders();
        assertEquals(1, received.size());
        time.moveTo(time.now().plus(Duration.ofSeconds(61)));
        jobs.reminders();
        assertEquals(2, received.size());
        rec = record(reviewer, id);
        assertEquals("SENT", rec.getString("items[0].status"));
        assertEquals(2, rec.getInt("items[0].attempts"));

        for (Received r : received) {
            assertEquals("sha256=" + WebhookSender.sign("test-webhook-secret", r.body()), r.signature());
            assertEquals(received.get(0).delivery(), r.delivery(), "the same delivery id on every attempt");
            String text = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(text.contains("\"point\":\"AHEAD\"") && text.contains("ACCEPTANCE_REVIEW"), text);
        }
        jobs.reminders();
        assertEquals(2, received.size(), "a delivered reminder is not sent again");
    }

    private static JsonPath record(String token, long caseId) {
        return given().header("Authorization", token).queryParams(Map.of("subjectId", caseId, "channel", "WEBHOOK"))
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath();
    }
}
