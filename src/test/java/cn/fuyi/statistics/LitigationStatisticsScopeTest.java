package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The scope of the litigation statistics and the difference between the whole scope (a suit's head appearance is any
 * defendant's) and the per-agency table (each agency's own head): a city with one county below it, three lawsuits.
 */
@QuarkusTest
class LitigationStatisticsScopeTest {

    long city;
    long county;
    long cityAgency;
    long countyAgency;

    @BeforeEach
    void organs() {
        city = createOrgan("诉统市人民政府", "诉统市复〔{year}〕{seq}号", null);
        county = createOrgan("诉统县人民政府", "诉统县复〔{year}〕{seq}号", city);
        cityAgency = createRespondent(city, "诉统市住房和城乡建设局", "GOVERNMENT_DEPARTMENT");
        countyAgency = createRespondent(county, "诉统县市场监督管理局", "GOVERNMENT_DEPARTMENT");
        // 2022: one county suit, lost (the year before, for compare=previous)
        long old = register(county, "(2022)测0101行初1号", "2022-03-01", List.of(obj("respondentId", countyAgency)));
        step(old, "record-outcome", obj("date", "2022-08-01", "outcome", "REVOKE"));
        // 2023: the city's co-defendant suit; only the organ's (deputy) head comes, the agency sends staff
        long coDefendants = register(city, "(2023)测01行初7号", "2023-02-10",
                List.of(obj("respondentId", cityAgency), obj("organId", city)));
        Map<String, Object> lawsuit = given().get("/api/v1/lawsuits/" + coDefendants).then().extract().jsonPath().getMap("$");
        List<?> defendants = (List<?>) lawsuit.get("defendants");
        long agencyDefendant = ((Number) ((Map<?, ?>) defendants.get(0)).get("id")).longValue();
        long organDefendant = ((Number) ((Map<?, ?>) defendants.get(1)).get("id")).longValue();
        step(coDefendants, "hold-session", obj("date", "2023-04-20", "appearances", List.of(
                obj("defendantId", agencyDefendant, "headAppeared", false, "entrustedStaff", List.of("吕科长")),
                obj("defendantId", organDefendant, "headAppeared", true, "headName", "毛副市长", "headRank", "DEPUTY", "headSpoke", true))));
        step(coDefendants, "record-outcome", obj("date", "2023-06-30", "outcome", "REJECT_CLAIMS"));
        // 2023: a county suit without any session, still pending at the year's end
        register(county, "(2023)测0101行初9号", "2023-11-02", List.of(obj("respondentId", countyAgency)));
        // a court's recommendation to the county agency, which the agency table puts beside its lawsuits
        json().body(obj("kind", "JUDICIAL", "issuer", "诉统县人民法院", "organId", county, "respondentId", countyAgency,
                "addressee", "诉统县市场监督管理局", "subject", "行政处罚程序不规范", "receivedDate", "2023-05-08",
                "answerDueDate", "2023-07-08")).post("/api/v1/recommendations").then().statusCode(201);
    }

    static long register(long organ, String number, String filed, List<Map<String, Object>> defendants) {
        return json().body(obj("organId", organ, "court", "测试法院" + System.nanoTime(), "courtCaseNumber", number, "instance", "FIRST",
                "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "褚原告")), "defendants", defendants,
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "MARKET_REGULATION", "actDescription", "行政处罚决定",
                "claims", "请求撤销", "filedDate", filed, "counselType", "EXTERNAL_LAWYER"))
                .post("/api/v1/lawsuits").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void step(long id, String name, Map<String, Object> body) {
        String etag = given().get("/api/v1/lawsuits/" + id).then().statusCode(200).extract().header("ETag");
        json().header("If-Match", etag).body(body).post("/api/v1/lawsuits/" + id + "/transitions/" + name).then().statusCode(200);
    }

    static JsonPath report(Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theOrganAloneCountsItsOwnLawsuitsAndWithSubordinatesTheCountysToo() {
        JsonPath alone = report("organId", city, "year", 2023);
        assertCounts(alone, 1, 1, 0, 1, 1);
        JsonPath all = report("organId", city, "includeSubordinates", true, "year", 2023);
        assertCounts(all, 2, 1, 1, 1, 1);
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023)
                .get("/api/v1/statistics/litigation").then()
                .body("scope.includeSubordinates", equalTo(true))
                .body("rates.find { it.id == 'appearance.head' }.fraction", equalTo("1/1"))
                .body("rates.find { it.id == 'litigation.loss' }.fraction", equalTo("0/1"))
                .body("rates.find { it.id == 'counsel' }.display", equalTo("0.0%"))
                .body("reconciliation.equation", equalTo("0 + 2 − 1 = 1"))
                .body("reconciliation.balanced", equalTo(true))
                .body("outcomesByType.find { it.outcome == 'REJECT_CLAIMS' }.firstInstance", equalTo(1));
    }

    private static void assertCounts(JsonPath r, int suits, int concluded, int pending, int withSession, int headAppeared) {
        assertAll(
                () -> assertEquals(suits, r.getInt("counts.suits")),
                () -> assertEquals(concluded, r.getInt("counts.suitsConcluded")),
                () -> assertEquals(pending, r.getInt("counts.suitsPending")),
                () -> assertEquals(withSession, r.getInt("counts.suitsWithSession")),
                () -> assertEquals(headAppeared, r.getInt("counts.suitsHeadAppeared")));
    }

    /**
     * Across the whole deployment some queries drop the restriction to organs; a statistician whose token lists every
     * organ goes the restricted way. Both must give the same figures, breakdown and agency table included.
     */
    @Test
    void theWholeDeploymentGivesTheSameFiguresAsEveryOrganNamedOneByOne() {
        List<Long> organs = given().get("/api/v1/organs").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        String listed = Tokens.bearer(Tokens.of("tong.quan", "童全", Set.of("statistician"),
                organs, "EXACT", null));
        for (String path : List.of("/api/v1/statistics/litigation", "/api/v1/statistics/litigation/breakdown?by=respondent",
                "/api/v1/statistics/litigation/agencies")) {
            String whole = given().queryParam("year", 2023).get(path).then().statusCode(200).extract().asString();
            String named = given().header("X-Test-Anonymous", true).header("Authorization", listed).queryParam("year", 2023)
                    .get(path).then().statusCode(200).extract().asString();
            JsonPath a = new JsonPath(whole);
            JsonPath b = new JsonPath(named);
            String counts = path.endsWith("litigation") ? "counts" : "total.counts";
            assertEquals(a.getMap(counts), b.getMap(counts), path);
            assertTrue(a.getInt(counts + ".suitsWithSession") >= 1, path);
            if (!path.endsWith("litigation")) {
                assertEquals(a.getList("rows"), b.getList("rows"), path);
            }
        }
    }

    @Test
    void theAgencyTableCountsEachDefendantsOwnHeadAndTheTotalEachSuitOnce() {
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023)
                .queryParam("sort", "-headAppearanceRate,name")
                .get("/api/v1/statistics/litigation/agencies").then().statusCode(200)
                .body("rows.key", contains("organ:" + city, "respondent:" + cityAgency, "respondent:" + countyAgency))
                .body("rows[0].headAppearanceRate.fraction", equalTo("1/1"))
                .body("rows[0].defendantType", equalTo("ORGAN"))
                .body("rows[1].headAppearanceRate.fraction", equalTo("0/1"))
                .body("rows[1].kindLabel", equalTo("政府工作部门"))
                .body("rows[2].headAppearanceRate.display", equalTo("—"))
                .body("rows[2].suits", equalTo(1))
                .body("rows[2].counts.judicialRecommendations", equalTo(1))
                .body("rows[1].counts.judicialRecommendations", equalTo(0))
                .body("total.counts.judicialRecommendations", equalTo(1))
                .body("total.suits", equalTo(2))
                .body("total.headAppearanceRate.fraction", equalTo("1/1"))
                .body("rows[0].years.year", contains(2023));
        // names in pinyin order (shi before xian), not by code point (县 U+53BF before 市 U+5E02)
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023).queryParam("sort", "name")
                .get("/api/v1/statistics/litigation/agencies").then().statusCode(200)
                .body("rows.name", contains("诉统市人民政府", "诉统市住房和城乡建设局", "诉统县市场监督管理局"));
    }

    @Test
    void theYearBeforeIsBesideTheYearWithTheChange() {
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023)
                .queryParam("compare", "previous").get("/api/v1/statistics/litigation").then().statusCode(200)
                .body("comparison.period.from", equalTo("2022-01-01"))
                .body("comparison.counts.suitsLost", equalTo(1))
                .body("comparison.rates.find { it.id == 'litigation.loss' }.display", equalTo("100.0%"))
                .body("comparison.rateChanges.find { it.id == 'litigation.loss' }.points", equalTo(-100.0f))
                .body("comparison.countChanges.find { it.id == 'suits' }.change", equalTo(1));
    }

    @Test
    void theReportTextCitesTheFiguresAndTheBreakdownsAddUp() {
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023)
                .get("/api/v1/statistics/litigation/report-text").then().statusCode(200)
                .body("text", startsWith("2023年，全市共发生行政应诉案件2件"))
                .body("text", containsString("其中一审审结1件，败诉0件，败诉率0.0%"))
                .body("text", containsString("行政机关负责人出庭应诉1件，出庭应诉率100.0%"))
                .body("text", containsString("期末尚有1件正在审理"));
        given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("year", 2023).queryParam("by", "organ")
                .get("/api/v1/statistics/litigation/breakdown").then().statusCode(200)
                .body("rows.label", contains("诉统市人民政府", "诉统县人民政府"))
                .body("rows.counts.suits", contains(1, 1))
                .body("total.counts.suits", equalTo(2));
        given().queryParam("organId", county).queryParam("year", 2023).queryParam("by", "quarter")
                .get("/api/v1/statistics/litigation/breakdown").then().statusCode(200)
                .body("rows.counts.suits", contains(0, 0, 0, 1))
                .body("rows.counts.suitsCarriedOverIn", contains(0, 0, 0, 0));
    }

    @Test
    void theAgencyTableAsXlsxHasASheetPerYearTooAndReadsBack() throws IOException {
        byte[] body = given().queryParam("organId", city).queryParam("includeSubordinates", true).queryParam("from", "2022-01-01")
                .queryParam("to", "2023-12-31").queryParam("format", "xlsx").get("/api/v1/statistics/litigation/agencies").then()
                .statusCode(200).contentType(startsWith(StatisticsExportTest.XLSX)).extract().asByteArray();
        Path dir = Path.of("target", "export-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("litigation-agencies.xlsx"), body);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var table = wb.getSheet("两高一低");
            assertEquals("败诉率（%）", table.getRow(0).getCell(5).getStringCellValue());
            // the county agency first: two suits over the two years (one lost in 2022), then the organ and the city agency
            assertEquals("诉统县市场监督管理局", table.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, table.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(100.0, table.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("合计", table.getRow(4).getCell(0).getStringCellValue());
            var years = wb.getSheet("分年度");
            assertEquals(2022, years.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(2023, years.getRow(2).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void anOrganOutsideTheCallersScopeIsNotFoundAndBadSortIsRefused() {
        given().queryParam("organId", city).queryParam("year", 2023).queryParam("sort", "loss")
                .get("/api/v1/statistics/litigation/agencies").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_SORT"));
        given().queryParam("organId", city).queryParam("year", 2023).queryParam("by", "decisionType")
                .get("/api/v1/statistics/litigation/breakdown").then().statusCode(400)
                .body("code", equalTo("STATISTICS_DIMENSION_UNKNOWN"));
        given().queryParam("organId", 987654321L).queryParam("year", 2023).get("/api/v1/statistics/litigation").then()
                .statusCode(404).body("code", equalTo("ORGAN_NOT_FOUND"));
        // a rate of the other statistics is named, not silently ignored
        given().queryParam("organId", city).queryParam("year", 2023).queryParam("variant", "hearing:concluded")
                .get("/api/v1/statistics/litigation").then().statusCode(400).body("code", equalTo("STATISTICS_RATE_UNKNOWN"))
                .body("detail", containsString("litigation.loss"));
        given().queryParam("organId", city).queryParam("year", 2023).queryParam("variant", "litigation.loss:merits")
                .get("/api/v1/statistics/reconsideration").then().statusCode(400).body("code", equalTo("STATISTICS_RATE_UNKNOWN"))
                .body("detail", containsString("correction.direct"));
    }
}
