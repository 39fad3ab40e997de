package cn.fuyi.resilience;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * When the database server restarts, every connection in the pool is dead. The pool checks a connection before
 * handing it out, so the first requests afterwards get fresh connections: they succeed, and need no retry.
 */
@QuarkusTest
class DroppedConnectionsTest {

    @Inject
    RetryRecorder recorder;

    @Test
    void theFirstRequestsAfterTheServerDroppedEveryConnectionSucceed() throws SQLException {
        long organ = createOrgan("重启测试市人民政府", "启政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "重启测试市卫生健康委员会", "GOVERNMENT_DEPARTMENT");
        long caseId = receive(application(organ, respondent, "2026-03-02"));
        recorder.reset();

        assertTrue(dropServiceConnections() > 0, "the pool kept idle connections to drop");

        given().queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200)
                .body("totalItems", equalTo(1));
        ok(caseId, "accept", "date", "2026-03-04").body("state", equalTo("ACCEPTED"));
        assertEquals(List.of(), recorder.retries());
    }

    /** Kills every idle connection of the service, as a server restart does; answers how many. */
    private static int dropServiceConnections() throws SQLException {
        try (Connection admin = TestConnections.open(); Statement st = admin.createStatement()) {
            List<Long> idle = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT ID FROM information_schema.PROCESSLIST"
                    + " WHERE ID <> CONNECTION_ID() AND COMMAND = 'Sleep' AND DB = DATABASE()")) {
                while (rs.next()) {
                    idle.add(rs.getLong(1));
                }
            }
            for (long id : idle) {
                st.execute("KILL CONNECTION " + id);
            }
            return idle.size();
        }
    }
}
