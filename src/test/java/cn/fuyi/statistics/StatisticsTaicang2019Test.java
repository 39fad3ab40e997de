package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A whole year entered through the REST API so that the statistics reproduce what Taicang's 2019 report states:
 * 154 applications against 6 townships and 13 city departments, in five categories; 123 accepted; 122 concluded
 * including 5 carried over from 2018; 5 directly corrected (4.1 %); 8 heard by hearing (6.5 % of the accepted,
 * not 6.6 % of the concluded); every decision published. The cases fall under the 2017 law (ordinary procedure).
 */
@QuarkusTest
class StatisticsTaicang2019Test {

    static final String[] TOWNSHIPS = { "城厢镇", "沙溪镇", "浏河镇", "浮桥镇", "璜泾镇", "双凤镇" };
    static final String[] DEPARTMENTS = { "公安局", "自然资源和规划局", "住房和城乡建设局", "市场监督管理局", "人力资源和社会保障局",
            "生态环境局", "交通运输局", "城市管理局", "卫生健康委员会", "教育局", "农业农村局", "民政局", "财政局" };
    /** The categories in the report's order, with how many of the 154 applications each had. */
    static final String[] CATEGORIES = { "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_CONFIRMATION", "ADMINISTRATIVE_COMPULSION",
            "COMPLAINT_HANDLING", "INFORMATION_DISCLOSURE" };
    static final int[] CATEGORY_SIZES = { 60, 35, 25, 20, 14 };
    static final String[] CORRECTIONS = { "REVOKE", "REVOKE", "CONFIRM_ILLEGAL", "ORDER_PERFORMANCE", "ALTER" };

    static long organ;

    @BeforeEach
    void year2019() {
        if (organ != 0) {
            return;
        }
        organ = createOrgan("太仓市人民政府", "太政复〔{year}〕{seq}号", null);
        List<Long> respondents = new ArrayList<>();
        for (String t : TOWNSHIPS) {
            respondents.add(createRespondent(organ, t + "人民政府", "TOWNSHIP_GOVERNMENT"));
        }
        for (String d : DEPARTMENTS) {
            respondents.add(createRespondent(organ, "太仓市" + d, "GOVERNMENT_DEPARTMENT"));
        }

        // The walks are planned first (which application is the k-th accepted), then run in receipt order.
        List<Runnable> walks = new ArrayList<>();
        // five cases accepted in December 2018 and decided in January 2019
        // the report's categories hold no failure to perform, so lawful acts are upheld, never "rejected" (ARL 68, 69)
        String[] carried = { "UPHOLD", "UPHOLD", "UPHOLD", "UPHOLD", "UPHOLD" };
        for (int j = 0; j < carried.length; j++) {
            int day = j;
            long respondent = respondents.get(j);
            walks.add(() -> {
                LocalDate received = LocalDate.of(2018, 12, 3 + day);
                CaseWalk.receive(organ, respondent, received.toString(), CATEGORIES[0], "PUBLIC_SECURITY")
                        .accept(received.plusDays(2).toString()).conclude(LocalDate.of(2019, 1, 10 + day).toString(), carried[day])
                        .servePublish(LocalDate.of(2019, 1, 15 + day).toString(), LocalDate.of(2019, 1, 22 + day).toString());
            });
        }
        // 154 applications received 2019-01-03 .. 2019-12-02
        int accepted = 0;
        for (int i = 0; i < 154; i++) {
            LocalDate received = LocalDate.of(2019, 1, 3).plusDays(i * 333L / 153);
            long respondent = respondents.get(i % respondents.size());
            String category = category(i);
            boolean notAccepted = i % 5 == 2 && i <= 132;
            boolean abandoned = i == 10 || i == 50 || i == 90 || i == 120;
            int k = notAccepted || abandoned ? -1 : accepted++;
            walks.add(() -> {
                CaseWalk c = CaseWalk.receive(organ, respondent, received.toString(), category, "OTHER");
                if (notAccepted) {
                    c.notAccept(received.plusDays(4).toString());
                } else if (abandoned) {
                    c.step("request-correction", "date", received.plusDays(2).toString(), "items", "请补充申请人身份证明", "periodDays", 10);
                    c.step("abandon", "date", received.plusDays(40).toString(), "reason", "逾期未补正且无正当理由");
                } else {
                    walkAccepted(c, k, received);
                }
            });
        }
        assertEquals(123, accepted);
        walks.forEach(Runnable::run);
    }

    /** The k-th accepted application: 8 heard, 5 corrected, the last 6 still under review, every decision published. */
    private static void walkAccepted(CaseWalk c, int k, LocalDate received) {
        LocalDate acceptedOn = received.plusDays(3);
        c.accept(acceptedOn.toString());
        LocalDate decided = acceptedOn.plusDays(20);
        if (k % 15 == 5) {
            LocalDate hearing = acceptedOn.plusDays(21);
            c.hearing(acceptedOn.toString(), acceptedOn.toString(), hearing.toString());
            decided = hearing.plusDays(7);
        }
        if (k >= 117) {
            return;
        }
        int correction = List.of(10, 30, 50, 70, 90).indexOf(k);
        if (correction >= 0) {
            c.conclude(decided.toString(), CORRECTIONS[correction]);
        } else if (k % 11 == 6) {
            c.conclude(decided.toString(), "TERMINATION", "terminationGround", "WITHDRAWN");
        } else {
            c.conclude(decided.toString(), "UPHOLD");
        }
        c.servePublish(decided.plusDays(1).toString(), decided.plusDays(3).toString());
    }

    /** Spreads the categories over the year in the sizes of CATEGORY_SIZES. */
    static String category(int i) {
        int slot = (int) ((i * 37L) % 154);
        for (int c = 0; c < CATEGORIES.length; c++) {
            if (slot < CATEGORY_SIZES[c]) {
                return CATEGORIES[c];
            }
            slot -= CATEGORY_SIZES[c];
        }
        throw new IllegalStateException();
    }

    @Test
    void theYearReproducesTheReport() {
        StatisticsReportTest.get("", "organId", organ, "year", 2019)
                .body("counts.received", equalTo(154))
                .body("counts.accepted", equalTo(123))
                .body("counts.notAccepted", equalTo(27))
                .body("counts.abandoned", equalTo(4))
                .body("counts.correctionRequested", equalTo(4))
                .body("counts.carriedOverIn", equalTo(5))
                .body("counts.concluded", equalTo(122))
                .body("counts.concludedCarriedOver", equalTo(5))
                .body("counts.pending", equalTo(6))
                .body("counts.directCorrections", equalTo(5))
                .body("counts.heard", equalTo(8))
                .body("counts.hearingsHeld", equalTo(8))
                .body("reconciliation.equation", equalTo("5 + 123 − 122 − 0 = 6"))
                .body("reconciliation.balanced", equalTo(true))
                .body("warnings", hasSize(0))
                .body("respondentsByKind.find { it.kind == 'TOWNSHIP_GOVERNMENT' }.respondents", equalTo(6))
                .body("respondentsByKind.find { it.kind == 'GOVERNMENT_DEPARTMENT' }.respondents", equalTo(13))
                .body(StatisticsReportTest.rate("correction.direct", "fraction"), equalTo("5/122"))
                .body(StatisticsReportTest.rate("correction.direct", "display"), equalTo("4.1%"))
                .body(StatisticsReportTest.rate("hearing", "fraction"), equalTo("8/123"))
                .body(StatisticsReportTest.rate("hearing", "display"), equalTo("6.5%"))
                .body(StatisticsReportTest.rate("hearing", "denominatorCount"), equalTo("accepted"))
                .body(StatisticsReportTest.rate("publication", "fraction"), equalTo("122/122"))
                .body(StatisticsReportTest.rate("publication", "display"), equalTo("100.0%"))
                .body(StatisticsReportTest.rate("ontime", "display"), equalTo("100.0%"));
    }

    @Test
    void theFiveCategoriesAreThoseOfTheReport() {
        StatisticsReportTest.get("/breakdown", "organId", organ, "year", 2019, "by", "category")
                .body("rows.label", contains("行政处罚", "行政确认", "行政强制", "投诉举报处理", "政府信息公开"))
                .body("rows.counts.received", contains(60, 35, 25, 20, 14));
    }

    @Test
    void theReportParagraphReadsLikeTheAnnualReport() {
        String text = StatisticsReportTest.get("/report-text", "organId", organ, "year", 2019).extract().jsonPath().getString("text");
        assertTrue(text.startsWith("2019年，全市共收到行政复议申请154件，涉及6个区镇和13个市级机关部门，"
                + "案件类型包括行政处罚、行政确认、行政强制、投诉举报处理、政府信息公开。立案受理123件，不予受理27件，视为放弃申请4件，"
                + "审结122件（含上年结转案件5件），直接纠错5件，直接纠错率4.1%。8件行政复议案件通过听证方式进行审理，听证率占受理案件总数的6.5%。"),
                text);
        assertTrue(text.contains("行政复议决定书全部依法公开，公开率100.0%。"), text);
    }

    @Test
    void thePreviousYearHoldsOnlyTheCarriedOverCases() {
        StatisticsReportTest.get("", "organId", organ, "year", 2019, "compare", "previous")
                .body("comparison.counts.received", equalTo(5))
                .body("comparison.counts.pending", equalTo(5))
                .body("comparison.countChanges.find { it.id == 'received' }.change", equalTo(149));
    }

    @Test
    void everyCountOfTheYearListsTheCasesItCounts() {
        java.util.Map<String, Integer> counts = StatisticsReportTest.get("", "organId", organ, "year", 2019).extract().jsonPath().getMap("counts");
        int listed = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            io.restassured.response.Response d = io.restassured.RestAssured.given().accept("application/json")
                    .queryParam("organId", organ).queryParam("year", 2019).queryParam("count", e.getKey()).queryParam("size", 1)
                    .get("/api/v1/statistics/reconsideration/cases");
            if (d.statusCode() == 400) {
                continue;
            }
            listed++;
            assertEquals(200, d.statusCode(), d.asString());
            assertEquals(e.getValue().longValue(), d.jsonPath().getLong("cases.totalItems"), e.getKey());
        }
        assertTrue(listed >= 25, "counts listed: " + listed);
        // the 5 direct corrections of the report, by name
        io.restassured.RestAssured.given().accept("application/json").queryParam("organId", organ).queryParam("year", 2019)
                .queryParam("rate", "correction.direct").queryParam("part", "numerator").get("/api/v1/statistics/reconsideration/cases")
                .then().statusCode(200).body("figure", equalTo(5)).body("cases.items", hasSize(5));
    }
}
