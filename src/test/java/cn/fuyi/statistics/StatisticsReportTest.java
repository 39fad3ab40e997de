package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every count and rate of one organ's year, against figures computed by hand from a fixture entered through the
 * API: a city organ with three respondents and fifteen cases over 2024–2026, and a county below it with two.
 *
 * <pre>
 * case  received    accepted          concluded                       hearing  publication     notes
 * X1    2024-11-18  2024-11-20        2025-01-10 UPHOLD               -        published       carried over into 2025
 * X2    2024-12-02  2024-12-04        -                               -        -               carried over, pending
 * X3    2024-06-03  2024-06-05        2024-07-01 REVOKE               -        -               2024 only; opinion letter 2024
 * A1    2025-03-03  2025-03-05        2025-04-01 REVOKE               -        published       opinion letter issued and answered
 * A2    2025-03-10  2025-03-12        2025-05-06 ALTER                held     not published
 * A3    2025-04-01  2025-04-03        2025-04-20 MEDIATION, indirect  -        published       agreement in effect 04-17
 * A4    2025-05-05  2025-05-07        2025-05-20 TERMINATION settled  -        not recorded    settled 05-15, withdrawn 05-18
 * A5    2025-06-02  2025-06-04        2025-09-30 UPHOLD (late)        -        published       due 2025-08-04
 * A6    2025-07-01  2025-07-03        -                               held     -               pending
 * A7    2025-08-04  2025-08-11 deemed 2025-08-20 DISMISS_APPLICATION  -        published
 * N1    2025-09-01  not accepted 09-03
 * N2    2025-09-08  correction requested, abandoned 2025-10-20
 * N3    2025-10-13  correction, 10-22 2025-11-10 CONFIRM_ILLEGAL      -        not recorded
 * R1    2025-12-29  under review
 * C1    2025-12-22  2025-12-24        2026-01-15 UPHOLD                                        pending at the end of 2025
 * K1    2025-03-03  2025-03-05        2025-03-31 REVOKE               -        published       county
 * K2    2025-04-07  not accepted 04-09                                                          county
 * </pre>
 */
@QuarkusTest
class StatisticsReportTest {

    static long city;
    static long county;
    static CaseWalk a2;

    @BeforeEach
    void fixture() {
        if (city != 0) {
            return;
        }
        city = createOrgan("统计测试市人民政府", "统测复〔{year}〕{seq}号", null);
        county = createOrgan("统计测试县人民政府", "统县复〔{year}〕{seq}号", city);
        long market = createRespondent(city, "统计测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        long land = createRespondent(city, "统计测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
        long town = createRespondent(city, "统计测试市城厢镇人民政府", "TOWNSHIP_GOVERNMENT");
        long police = createRespondent(county, "统计测试县公安局", "GOVERNMENT_DEPARTMENT");
        String penalty = "ADMINISTRATIVE_PENALTY";
        String compulsion = "ADMINISTRATIVE_COMPULSION";
        String disclosure = "INFORMATION_DISCLOSURE";

        CaseWalk.receive(city, market, "2024-11-18", penalty, "MARKET_REGULATION").accept("2024-11-20")
                .conclude("2025-01-10", "UPHOLD").servePublish("2025-01-13", "2025-01-20");
        CaseWalk.receive(city, land, "2024-12-02", penalty, "NATURAL_RESOURCES").accept("2024-12-04");
        CaseWalk x3 = CaseWalk.receive(city, market, "2024-06-03", penalty, "MARKET_REGULATION").accept("2024-06-05")
                .conclude("2024-07-01", "REVOKE");
        x3.step("issue-opinion-letter", "date", "2024-07-10", "subject", "规范执法程序");

        CaseWalk a1 = CaseWalk.receive(city, market, "2025-03-03", penalty, "MARKET_REGULATION").accept("2025-03-05")
                .conclude("2025-04-01", "REVOKE").servePublish("2025-04-03", "2025-04-10");
        long letter = a1.step("issue-opinion-letter", "date", "2025-04-10", "subject", "规范行政处罚程序")
                .jsonPath().getLong("opinionLetters[0].id");
        a1.step("answer-opinion-letter", "letterId", letter, "date", "2025-05-20", "summary", "已整改");
        a2 = CaseWalk.receive(city, land, "2025-03-10", penalty, "NATURAL_RESOURCES").accept("2025-03-12")
                .hearing("2025-03-12", "2025-03-17", "2025-03-31").conclude("2025-05-06", "ALTER")
                .serveNotPublished("2025-05-08", "2025-05-12");
        CaseWalk.receive(city, town, "2025-04-01", compulsion, "HOUSING_CONSTRUCTION").accept("2025-04-03")
                .mediate("2025-04-08", "2025-04-14", "2025-04-16", "2025-04-17")
                .conclude("2025-04-20", "MEDIATION", "respondentCorrectedAct", true).servePublish("2025-04-22", "2025-04-25");
        CaseWalk.receive(city, market, "2025-05-05", disclosure, "MARKET_REGULATION").accept("2025-05-07")
                .settle("2025-05-15", "2025-05-18")
                .conclude("2025-05-20", "TERMINATION", "terminationGround", "WITHDRAWN_AFTER_SETTLEMENT").step("serve", "date", "2025-05-22");
        CaseWalk.receive(city, market, "2025-06-02", penalty, "MARKET_REGULATION").accept("2025-06-04")
                .conclude("2025-09-30", "UPHOLD").servePublish("2025-10-09", "2025-10-10");
        CaseWalk.receive(city, town, "2025-07-01", compulsion, "HOUSING_CONSTRUCTION").accept("2025-07-03")
                .hearing("2025-07-03", "2025-07-07", "2025-07-21");
        CaseWalk a7 = CaseWalk.receive(city, land, "2025-08-04", disclosure, "NATURAL_RESOURCES");
        a7.step("deem-accepted", "reason", "审查期限届满");
        a7.step("dismiss-application", "date", "2025-08-20", "reason", "申请人不具备申请资格");
        a7.servePublish("2025-08-22", "2025-08-29");
        CaseWalk.receive(city, market, "2025-09-01", "COMPLAINT_HANDLING", "MARKET_REGULATION").notAccept("2025-09-03");
        CaseWalk n2 = CaseWalk.receive(city, town, "2025-09-08", penalty, "URBAN_MANAGEMENT");
        n2.step("request-correction", "date", "2025-09-09", "items", "请补充申请人签名");
        n2.step("abandon", "date", "2025-10-20", "reason", "逾期未补正且无正当理由");
        CaseWalk n3 = CaseWalk.receive(city, land, "2025-10-13", penalty, "NATURAL_RESOURCES");
        n3.step("request-correction", "date", "2025-10-14", "items", "请补充处罚决定书");
        n3.step("receive-correction", "date", "2025-10-20");
        n3.accept("2025-10-22").conclude("2025-11-10", "CONFIRM_ILLEGAL");
        CaseWalk.receive(city, market, "2025-12-29", penalty, "MARKET_REGULATION");
        CaseWalk.receive(city, town, "2025-12-22", disclosure, "HOUSING_CONSTRUCTION").accept("2025-12-24")
                .conclude("2026-01-15", "UPHOLD");

        CaseWalk.receive(county, police, "2025-03-03", penalty, "PUBLIC_SECURITY").accept("2025-03-05")
                .conclude("2025-03-31", "REVOKE").servePublish("2025-04-02", "2025-04-08");
        CaseWalk.receive(county, police, "2025-04-07", penalty, "PUBLIC_SECURITY").notAccept("2025-04-09");
    }

    static ValidatableResponse get(String path, Object... params) {
        var spec = given().accept("application/json");
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/reconsideration" + path).then().statusCode(200).contentType("application/json");
    }

    static String rate(String id, String field) {
        return "rates.find { it.id == '" + id + "' }." + field;
    }

    @Test
    void everyCountOfTheOrganYearMatchesTheHandCount() {
        get("", "organId", city, "year", 2025)
                .body("scope.organId", equalTo((int) city))
                .body("scope.includeSubordinates", equalTo(false))
                .body("scope.description", equalTo("统计测试市人民政府（不含下级复议机关）"))
                .body("period.from", equalTo("2025-01-01")).body("period.to", equalTo("2025-12-31"))
                .body("period.label", equalTo("2025年"))
                .body("counts.received", equalTo(12))
                .body("counts.accepted", equalTo(9))
                .body("counts.acceptedDeemed", equalTo(1))
                .body("counts.notAccepted", equalTo(1))
                .body("counts.correctionRequested", equalTo(2))
                .body("counts.abandoned", equalTo(1))
                .body("counts.carriedOverIn", equalTo(2))
                .body("counts.concluded", equalTo(8))
                .body("counts.concludedCarriedOver", equalTo(1))
                .body("counts.pending", equalTo(3))
                .body("counts.directCorrections", equalTo(3))
                .body("counts.indirectCorrections", equalTo(1))
                .body("counts.comprehensiveCorrections", equalTo(4))
                .body("counts.heard", equalTo(2))
                .body("counts.concludedHeard", equalTo(1))
                .body("counts.onTime", equalTo(7))
                .body("counts.mediated", equalTo(2))
                .body("counts.published", equalTo(5))
                .body("counts.publicationRequired", equalTo(7))
                .body("counts.publicationUnrecorded", equalTo(2))
                .body("counts.followedByLawsuit", equalTo(0))
                .body("counts.resolved", equalTo(8))
                .body("counts.hearingsHeld", equalTo(2))
                .body("counts.opinionLettersIssued", equalTo(1))
                .body("counts.opinionLettersAnswered", equalTo(1))
                .body("counts.opinionLettersDue", equalTo(1))
                .body("counts.opinionLettersAnsweredOnTime", equalTo(1))
                .body("counts.mediationAgreements", equalTo(1))
                .body("counts.settlements", equalTo(1))
                .body("reconciliation.equation", equalTo("2 + 9 − 8 − 0 = 3"))
                .body("reconciliation.balanced", equalTo(true))
                .body("warnings", hasSize(0));
    }

    @Test
    void everyRateIsTheExactFractionWithItsDisplayAndDefinition() {
        JsonPath r = get("", "organId", city, "year", 2025).extract().jsonPath();
        assertRate(r, "correction.direct", 3, 8, "37.5", "concluded");
        assertRate(r, "correction.comprehensive", 4, 8, "50.0", "concluded");
        assertRate(r, "hearing", 2, 9, "22.2", "accepted");
        assertRate(r, "ontime", 7, 8, "87.5", "concluded");
        assertRate(r, "mediation", 2, 8, "25.0", "concluded");
        assertRate(r, "publication", 5, 7, "71.4", "required");
        assertRate(r, "resolved", 8, 8, "100.0", "concluded");
        assertEquals("直接纠错率", r.getString(rate("correction.direct", "nameZh")));
        assertEquals("Direct correction rate", r.getString(rate("correction.direct", "nameEn")));
        assertEquals("directCorrections", r.getString(rate("correction.direct", "numeratorCount")));
        assertEquals("3/8", r.getString(rate("correction.direct", "fraction")));
        assertEquals(7, r.getList("rates").size(), "the seven reconsideration rates; litigation rates come with lawsuits");
    }

    @Test
    void variantsChangeTheDenominatorAndSayWhichWasUsed() {
        JsonPath r = get("", "organId", city, "year", 2025, "variant", "correction.direct:accepted,hearing:concluded",
                "variant", "publication:concluded").extract().jsonPath();
        assertRate(r, "correction.direct", 3, 9, "33.3", "accepted");
        assertEquals(false, r.getBoolean(rate("correction.direct", "defaultVariant")));
        assertRate(r, "hearing", 1, 8, "12.5", "concluded");
        assertRate(r, "publication", 5, 8, "62.5", "concluded");
        assertRate(r, "correction.comprehensive", 4, 8, "50.0", "concluded");
        assertEquals(true, r.getBoolean(rate("correction.comprehensive", "defaultVariant")));
    }

    @Test
    void decisionsByTypeAndRespondentsByKindCountTheYear() {
        get("", "organId", city, "year", 2025)
                .body("decisionsByType.find { it.decisionType == 'UPHOLD' }.count", equalTo(2))
                .body("decisionsByType.find { it.decisionType == 'REVOKE' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'REVOKE' }.correction", equalTo(true))
                .body("decisionsByType.find { it.decisionType == 'ALTER' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'CONFIRM_ILLEGAL' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'MEDIATION' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'TERMINATION' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'DISMISS_APPLICATION' }.count", equalTo(1))
                .body("decisionsByType.find { it.decisionType == 'DISMISS_APPLICATION' }.label", equalTo("驳回申请"))
                .body("decisionsByType.count.sum()", equalTo(8))
                .body("respondentsByKind.find { it.kind == 'GOVERNMENT_DEPARTMENT' }.respondents", equalTo(2))
                .body("respondentsByKind.find { it.kind == 'GOVERNMENT_DEPARTMENT' }.applications", equalTo(8))
                .body("respondentsByKind.find { it.kind == 'TOWNSHIP_GOVERNMENT' }.respondents", equalTo(1))
                .body("respondentsByKind.find { it.kind == 'TOWNSHIP_GOVERNMENT' }.applications", equalTo(4));
    }

    @Test
    void subordinateOrgansAreIncludedOnlyWhenAskedAndTheAnswerSaysSo() {
        get("", "organId", city, "includeSubordinates", true, "year", 2025)
                .body("scope.includeSubordinates", equalTo(true))
                .body("scope.organIds", contains((int) city, (int) county))
                .body("scope.description", equalTo("统计测试市人民政府及其下级复议机关（共2个）"))
                .body("counts.received", equalTo(14))
                .body("counts.accepted", equalTo(10))
                .body("counts.notAccepted", equalTo(2))
                .body("counts.concluded", equalTo(9))
                .body(rate("correction.direct", "fraction"), equalTo("4/9"))
                .body(rate("correction.direct", "display"), equalTo("44.4%"))
                .body(rate("publication", "fraction"), equalTo("6/8"))
                .body("respondentsByKind.find { it.kind == 'GOVERNMENT_DEPARTMENT' }.respondents", equalTo(3));
        get("", "organId", county, "year", 2025)
                .body("counts.received", equalTo(2))
                .body(rate("correction.direct", "fraction"), equalTo("1/1"));
    }

    @Test
    void aQuarterAndADateRangeCountTheirOwnDays() {
        get("", "organId", city, "year", 2025, "quarter", 4)
                .body("period.kind", equalTo("QUARTER"))
                .body("counts.carriedOverIn", equalTo(2))
                .body("counts.accepted", equalTo(2))
                .body("counts.concluded", equalTo(1))
                .body("counts.pending", equalTo(3))
                .body("counts.received", equalTo(3));
        // 2025-03-10 .. 2025-04-20: A2 and A3 received; A1 (04-01) and A3 (04-20) concluded, both ends included
        get("", "organId", city, "from", "2025-03-10", "to", "2025-04-20")
                .body("period.kind", equalTo("RANGE"))
                .body("counts.received", equalTo(2))
                .body("counts.concluded", equalTo(2))
                .body("counts.carriedOverIn", equalTo(2))
                .body("counts.pending", equalTo(2));
        // an empty period: every rate is undefined, not zero
        get("", "organId", city, "year", 2023)
                .body("counts.received", equalTo(0))
                .body(rate("correction.direct", "percent"), nullValue())
                .body(rate("correction.direct", "display"), equalTo("—"));
    }

    @Test
    void yearOverYearPutsTheYearBeforeBesideWithTheChange() {
        get("", "organId", city, "year", 2025, "compare", "previous")
                .body("comparison.period.label", equalTo("2024年"))
                .body("comparison.counts.received", equalTo(3))
                .body("comparison.counts.accepted", equalTo(3))
                .body("comparison.counts.concluded", equalTo(1))
                .body("comparison.counts.pending", equalTo(2))
                .body("comparison.counts.opinionLettersIssued", equalTo(1))
                .body("comparison.rates.find { it.id == 'correction.direct' }.display", equalTo("100.0%"))
                .body("comparison.countChanges.find { it.id == 'received' }.change", equalTo(9))
                .body("comparison.countChanges.find { it.id == 'received' }.changePercent", equalTo(300.0f))
                .body("comparison.countChanges.find { it.id == 'concluded' }.change", equalTo(7))
                .body("comparison.rateChanges.find { it.id == 'correction.direct' }.points", equalTo(-62.5f))
                .body("comparison.rateChanges.find { it.id == 'correction.direct' }.previous", equalTo("100.0%"))
                .body("comparison.rateChanges.find { it.id == 'hearing' }.points", equalTo(22.2f));
        get("", "organId", city, "year", 2025).body("comparison", nullValue());
        // against an empty year: no percentage change of a count from 0, no change of an undefined rate
        get("", "organId", city, "year", 2024, "compare", "previous")
                .body("comparison.counts.received", equalTo(0))
                .body("comparison.countChanges.find { it.id == 'received' }.change", equalTo(3))
                .body("comparison.countChanges.find { it.id == 'received' }.changePercent", nullValue())
                .body("comparison.rateChanges.find { it.id == 'correction.direct' }.previous", equalTo("—"))
                .body("comparison.rateChanges.find { it.id == 'correction.direct' }.points", nullValue());
    }

    @Test
    void breakdownByRespondentCategoryAndKind() {
        get("/breakdown", "organId", city, "year", 2025, "by", "respondent")
                .body("by", equalTo("respondent"))
                .body("rows.label", contains("统计测试市市场监督管理局", "统计测试市城厢镇人民政府", "统计测试市自然资源和规划局"))
                .body("rows.counts.received", contains(5, 4, 3))
                .body("rows.counts.concluded", contains(4, 1, 3))
                .body("total.counts.received", equalTo(12));
        get("/breakdown", "organId", city, "year", 2025, "by", "category")
                .body("rows.key", contains("ADMINISTRATIVE_PENALTY", "INFORMATION_DISCLOSURE", "ADMINISTRATIVE_COMPULSION", "COMPLAINT_HANDLING"))
                .body("rows.label", contains("行政处罚", "政府信息公开", "行政强制", "投诉举报处理"))
                .body("rows.counts.received", contains(6, 3, 2, 1))
                .body("rows[0].counts.concluded", equalTo(5))
                .body("rows[0].rates.find { it.id == 'correction.direct' }.fraction", equalTo("3/5"))
                .body("rows[0].rates.find { it.id == 'correction.direct' }.display", equalTo("60.0%"));
        get("/breakdown", "organId", city, "year", 2025, "by", "respondentKind")
                .body("rows.key", contains("TOWNSHIP_GOVERNMENT", "GOVERNMENT_DEPARTMENT"))
                .body("rows.counts.received", contains(4, 8))
                .body("rows.counts.concluded", contains(1, 7));
        get("/breakdown", "organId", city, "year", 2025, "by", "domain")
                .body("rows.find { it.key == 'NATURAL_RESOURCES' }.counts.received", equalTo(3))
                .body("rows.find { it.key == 'URBAN_MANAGEMENT' }.label", equalTo("城市管理"));
    }

    @Test
    void breakdownByDecisionTypeAndOrgan() {
        get("/breakdown", "organId", city, "year", 2025, "by", "decisionType")
                .body("rows.find { it.key == 'UPHOLD' }.counts.concluded", equalTo(2))
                .body("rows.find { it.key == 'REVOKE' }.counts.concluded", equalTo(1))
                .body("rows.find { it.key == '' }.label", equalTo("尚无决定"))
                .body("rows.find { it.key == '' }.counts.pending", equalTo(2))
                .body("rows.find { it.key == 'ALTER' }.rates.find { it.id == 'correction.direct' }.display", equalTo("100.0%"));
        get("/breakdown", "organId", city, "includeSubordinates", true, "year", 2025, "by", "organ")
                .body("rows.label", contains("统计测试市人民政府", "统计测试县人民政府"))
                .body("rows.counts.received", contains(12, 2))
                .body("total.counts.received", equalTo(14));
    }

    @Test
    void breakdownByMonthAndQuarterFollowsTheCalendar() {
        JsonPath months = get("/breakdown", "organId", city, "year", 2025, "by", "month").extract().jsonPath();
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09",
                "2025-10", "2025-11", "2025-12"), months.getList("rows.key"));
        assertEquals("2025年3月", months.getString("rows[2].label"));
        assertEquals(List.of(0, 0, 2, 1, 1, 1, 1, 1, 2, 1, 0, 2), months.getList("rows.counts.received"));
        assertEquals(List.of(1, 0, 0, 2, 2, 0, 0, 1, 1, 0, 1, 0), months.getList("rows.counts.concluded"));
        assertEquals(12, months.getInt("total.counts.received"));
        get("/breakdown", "organId", city, "year", 2025, "by", "quarter")
                .body("rows.key", contains("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"))
                .body("rows.label", contains("2025年第1季度", "2025年第2季度", "2025年第3季度", "2025年第4季度"))
                .body("rows.counts.received", contains(2, 3, 4, 3))
                .body("rows.counts.concluded", contains(1, 4, 2, 1))
                .body("rows[3].counts.carriedOverIn", equalTo(2));
    }

    @Test
    void theReportTextUsesTheApiNumbers() {
        String text = get("/report-text", "organId", city, "year", 2025).extract().jsonPath().getString("text");
        assertEquals("2025年，全市共收到行政复议申请12件，涉及1个区镇和2个市级机关部门，案件类型包括行政处罚、政府信息公开、行政强制、投诉举报处理。"
                + "立案受理9件（其中视为受理1件），不予受理1件，视为放弃申请1件，审结8件（含上年结转案件1件），直接纠错3件，直接纠错率37.5%，"
                + "间接纠错1件，综合纠错率50.0%。2件行政复议案件通过听证方式进行审理，听证率占受理案件总数的22.2%。"
                + "通过调解、和解方式结案2件，调解和解率25.0%。按期办结率87.5%。公开行政复议决定书5件，决定书公开率71.4%。期末尚有3件正在审理。", text);
        String withVariant = get("/report-text", "organId", city, "year", 2025, "variant", "correction.direct:accepted")
                .extract().jsonPath().getString("text");
        assertEquals(true, withVariant.contains("直接纠错率33.3%（分母为本期受理案件数）"), withVariant);
    }

    private static void assertRate(JsonPath r, String id, long num, long den, String percent, String variant) {
        Map<String, Object> rate = r.getMap("rates.find { it.id == '" + id + "' }");
        assertEquals(num, ((Number) rate.get("numerator")).longValue(), id + " numerator");
        assertEquals(den, ((Number) rate.get("denominator")).longValue(), id + " denominator");
        assertEquals(num + "/" + den, rate.get("fraction"), id);
        assertEquals(percent + "%", rate.get("display"), id);
        assertEquals(new java.math.BigDecimal(percent), new java.math.BigDecimal(rate.get("percent").toString()), id);
        assertEquals(variant, rate.get("variant"), id);
    }
}
