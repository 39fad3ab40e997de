package cn.fuyi.resilience;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Changing the holiday calendar recomputes the stored deadlines of open cases and lawsuits, and the statutory answer
 * dates of unanswered recommendations, after the change is committed, each in a transaction of its own (the committed
 * one is over), and records it in the audit trail.
 */
@QuarkusTest
class CalendarChangeRefreshTest {

    @Test
    void aCalendarChangeRecomputesOpenCasesAndLawsuitsInTransactionsOfTheirOwn() {
        long organ = createOrgan("日历刷新测试市人民政府", "历政复〔{year}〕{seq}号", null);
        receive(application(organ, createRespondent(organ, "日历刷新测试市水务局", "GOVERNMENT_DEPARTMENT"), "2026-03-02"));
        long cases = recomputations("RECOMPUTE_CASE_DEADLINES");
        long lawsuits = recomputations("RECOMPUTE_LAWSUIT_DEADLINES");
        long recommendations = recomputations("RECOMPUTE_RECOMMENDATION_DEADLINES");

        var year = given().get("/api/v1/calendar/years/2031");
        var put = given().contentType(ContentType.JSON)
                .body("{\"published\": false, \"noticeUrls\": [], \"days\": [{\"date\": \"2031-01-01\", \"kind\": \"OFF\", \"holiday\": \"元旦\"}]}");
        if (year.statusCode() == 200) {
            put = put.header("If-Match", year.header("ETag"));
        }
        put.put("/api/v1/calendar/years/2031").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        assertEquals(cases + 1, recomputations("RECOMPUTE_CASE_DEADLINES"));
        assertEquals(lawsuits + 1, recomputations("RECOMPUTE_LAWSUIT_DEADLINES"));
        assertEquals(recommendations + 1, recomputations("RECOMPUTE_RECOMMENDATION_DEADLINES"));
    }

    private static long recomputations(String operation) {
        String auditor = Tokens.bearer(Tokens.of("refresh.auditor", "审计员", Set.of("auditor"), List.of(), "ALL", null));
        return given().header("Authorization", auditor).queryParam("subjectType", "SYSTEM").queryParam("operation", operation)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }
}
