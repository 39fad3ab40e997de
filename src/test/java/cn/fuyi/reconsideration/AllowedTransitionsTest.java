package cn.fuyi.reconsideration;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The steps a case may take now, as its own endpoint lists them and as the case detail shows them. */
@QuarkusTest
class AllowedTransitionsTest {

    @Test
    void theStepsEndpointListsWhatTheCaseDetailShows() {
        long organ = createOrgan("可办步骤测试市人民政府", "步政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "可办步骤测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        long id = receive(application(organ, respondent, "2026-05-06"));

        List<Map<String, Object>> listed = given().get("/api/v1/reconsiderations/" + id + "/transitions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> shown = given().get("/api/v1/reconsiderations/" + id).then().statusCode(200)
                .extract().jsonPath().getList("allowedTransitions");

        assertEquals(shown, listed);
        List<Object> names = listed.stream().map(t -> t.get("name")).toList();
        assertTrue(names.contains("ACCEPT"), "a received case may be accepted: " + names);
        assertFalse(names.contains("UPDATE_DETAILS"), "correcting the details is not a step of the procedure");
        assertTrue(listed.stream().allMatch(t -> String.valueOf(t.get("href")).startsWith("/api/v1/reconsiderations/" + id
                + "/transitions/")), "each step names the path that takes it: " + listed);
    }
}
