package cn.fuyi.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every bad statistics request is a 4xx problem with a stable code and a message in Chinese and in English. */
@QuarkusTest
class StatisticsBadInputTest {

    private static ValidatableResponse problem(String language, String path, int status, String code, Object... params) {
        var spec = given().header("Accept-Language", language);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get(path).then().statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code)).body("title", notNullValue()).body("detail", notNullValue());
    }

    private static void bad(String code, Object... params) {
        problem("zh", "/api/v1/statistics/reconsideration", 400, code, params);
        problem("en", "/api/v1/statistics/reconsideration", 400, code, params);
    }

    @Test
    void theRequestMustNameExactlyOnePeriod() {
        bad("STATISTICS_PERIOD_REQUIRED");
        bad("STATISTICS_PERIOD_AMBIGUOUS", "year", 2019, "from", "2019-01-01", "to", "2019-03-31");
        bad("STATISTICS_RANGE_INCOMPLETE", "from", "2019-01-01");
        bad("STATISTICS_RANGE_INVALID", "from", "2019-05-01", "to", "2019-04-30");
        bad("STATISTICS_QUARTER_WITHOUT_YEAR", "quarter", 2);
        bad("STATISTICS_QUARTER_INVALID", "year", 2019, "quarter", 5);
        bad("STATISTICS_YEAR_INVALID", "year", 12019);
        bad("INVALID_QUERY_VALUE", "year", "二〇一九");
        bad("INVALID_QUERY_VALUE", "from", "2019-02-30", "to", "2019-03-01");
        problem("zh", "/api/v1/statistics/reconsideration", 400, "STATISTICS_RANGE_INCOMPLETE", "to", "2019-03-01")
                .body("detail", equalTo("按日期区间统计时 from 和 to 都必须提供，缺少 from。"));
        problem("en", "/api/v1/statistics/reconsideration", 400, "STATISTICS_QUARTER_INVALID", "year", 2019, "quarter", 0)
                .body("detail", equalTo("There is no quarter 0; use 1 to 4."));
    }

    @Test
    void scopeVariantsFormatAndComparisonAreChecked() {
        bad("STATISTICS_SUBORDINATES_WITHOUT_ORGAN", "year", 2019, "includeSubordinates", true);
        problem("zh", "/api/v1/statistics/reconsideration", 404, "ORGAN_NOT_FOUND", "year", 2019, "organId", 987654321);
        bad("STATISTICS_VARIANT_SYNTAX", "year", 2019, "variant", "correction.direct");
        bad("STATISTICS_RATE_UNKNOWN", "year", 2019, "variant", "litigation.win:merits");
        bad("STATISTICS_VARIANT_UNKNOWN", "year", 2019, "variant", "hearing:received");
        bad("STATISTICS_VARIANT_TWICE", "year", 2019, "variant", "hearing:accepted", "variant", "hearing:concluded");
        bad("STATISTICS_FORMAT_UNKNOWN", "year", 2019, "format", "pdf");
        bad("STATISTICS_COMPARE_UNKNOWN", "year", 2019, "compare", "2018");
        problem("zh", "/api/v1/statistics/reconsideration", 400, "STATISTICS_VARIANT_UNKNOWN", "year", 2019, "variant", "hearing:received")
                .body("detail", equalTo("比率 hearing 没有口径“received”；可选：accepted、concluded。"));
    }

    @Test
    void breakdownsNeedAKnownDimension() {
        String path = "/api/v1/statistics/reconsideration/breakdown";
        problem("zh", path, 400, "STATISTICS_DIMENSION_REQUIRED", "year", 2019);
        problem("en", path, 400, "STATISTICS_DIMENSION_UNKNOWN", "year", 2019, "by", "clerk")
                .body("detail", containsString("respondentKind"));
        problem("zh", "/api/v1/statistics/reconsideration/report-text", 400, "STATISTICS_FORMAT_UNKNOWN", "year", 2019, "format", "csv");
        problem("en", "/api/v1/statistics/reconsideration/reconciliation", 400, "STATISTICS_PERIOD_REQUIRED");
        problem("zh", "/api/v1/reconsiderations/export", 400, "STATISTICS_FORMAT_UNKNOWN", "format", "json");
        problem("en", "/api/v1/reconsiderations/export", 400, "VALIDATION_FAILED", "dueWithinDays", -1);
    }
}
