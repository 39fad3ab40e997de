package cn.fuyi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract {@code openapi/openapi.yaml} must be exactly what the service serves.
 * After an intended API change, regenerate it with {@code ./mvnw test -Dtest=OpenApiContractTest -Dfuyi.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void servedSpecMatchesCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("fuyi.openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi/openapi.yaml is missing; regenerate it with -Dfuyi.openapi.update=true");
        String committed = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        assertEquals(committed, served, "The served OpenAPI document differs from openapi/openapi.yaml. "
                + "If the change is intended, regenerate it with -Dfuyi.openapi.update=true and commit it.");
    }
}
