package cn.fuyi.resilience;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A service whose database cannot be reached answers every request that needs it with 503 DATABASE_UNAVAILABLE and
 * Retry-After, and reports itself not ready. Runs in its own service instance pointed at a port nothing listens
 * on, so that the rest of the suite keeps its database; that instance starts without the database, as one running
 * when the database goes down would be (a real start migrates the schema first, and needs it).
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.Unreachable.class)
class DatabaseUnavailableTest {

    /** The database is configured but down: connections are refused. */
    public static class Unreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:mysql://127.0.0.1:1/fuyi",
                    "quarkus.datasource.username", "fuyi",
                    "quarkus.datasource.password", "",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.hibernate-orm.database.version-check.enabled", "false",
                    // the start-up check of the server's version needs the server; nothing to sequence either
                    "quarkus.arc.exclude-types", "cn.fuyi.common.DatabaseServer",
                    "fuyi.sequencer.enabled", "false",
                    // Quartz's JDBC job store reads its triggers when it is created; the jobs need the database anyway
                    "quarkus.scheduler.enabled", "false");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void readsAndWritesAnswer503DatabaseUnavailableWithRetryAfter() {
        given().get("/api/v1/organs").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("code", equalTo("DATABASE_UNAVAILABLE"))
                .body("title", equalTo("数据库暂时不可用"))
                .body(not(containsString("Exception")));
        json().header("Accept-Language", "en").body(application(1, 1, "2026-03-02")).post("/api/v1/reconsiderations")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("code", equalTo("DATABASE_UNAVAILABLE"))
                .body("title", equalTo("The database is unavailable"))
                .body("detail", containsString("whether it was saved"));
    }

    @Test
    void theServiceIsNotReadyButAlive() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
