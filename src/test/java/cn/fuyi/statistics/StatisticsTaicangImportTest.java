package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.ledger.BulkCases;
import cn.fuyi.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Taicang's 2019 (the year of {@link StatisticsTaicang2019Test}) twice: entered step by step through the API for one
 * organ, and imported from the ledger template for another, from one plan. The imported year gives the same
 * statistics, the same deadlines and the same worklist as the one entered by hand, and the published figures.
 */
@QuarkusTest
class StatisticsTaicangImportTest {

    static long walked;
    static long imported;
    static JsonPath job;
    /** Rows of the import written on the bulk path (the others went through the engine one step at a time). */
    static long inBulk;

    @Inject
    BulkCases bulk;

    /** One case of the year: how to enter it step by step, and the same facts as a ledger row. */
    private record Planned(Runnable walk, Map<String, String> row) {
    }

    @BeforeEach
    void bothYears() {
        if (walked != 0) {
            return;
        }
        walked = createOrgan("太仓市人民政府（逐步录入）", "太政复〔{year}〕{seq}号", null);
        imported = createOrgan("太仓市人民政府（台账导入）", "太政复〔{year}〕{seq}号", null);
        List<Long> respondents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String t : StatisticsTaicang2019Test.TOWNSHIPS) {
            names.add(t + "人民政府");
            respondents.add(createRespondent(walked, t + "人民政府", "TOWNSHIP_GOVERNMENT"));
            createRespondent(imported, t + "人民政府", "TOWNSHIP_GOVERNMENT");
        }
        for (String d : StatisticsTaicang2019Test.DEPARTMENTS) {
            names.add("太仓市" + d);
            respondents.add(createRespondent(walked, "太仓市" + d, "GOVERNMENT_DEPARTMENT"));
            createRespondent(imported, "太仓市" + d, "GOVERNMENT_DEPARTMENT");
        }
        List<Planned> plan = new ArrayList<>();
        String[] corrections = StatisticsTaicang2019Test.CORRECTIONS;
        for (int j = 0; j < 5; j++) {
            LocalDate received = LocalDate.of(2018, 12, 3 + j);
            LocalDate decided = LocalDate.of(2019, 1, 10 + j);
            LocalDate served = LocalDate.of(2019, 1, 15 + j);
            LocalDate published = LocalDate.of(2019, 1, 22 + j);
            long respondent = respondents.get(j);
            Map<String, String> row = row("太政复〔2018〕" + (j + 1) + "号", received, names.get(j), "ADMINISTRATIVE_PENALTY", "PUBLIC_SECURITY",
                    "受理日期", received.plusDays(2).toString(), "审结日期", decided.toString(), "决定类型", "维持",
                    "送达日期", served.toString(), "公开日期", published.toString(), "公开场所", "人民政府门户网站");
            plan.add(new Planned(() -> CaseWalk.receive(walked, respondent, received.toString(), "ADMINISTRATIVE_PENALTY", "PUBLIC_SECURITY")
                    .accept(received.plusDays(2).toString()).conclude(decided.toString(), "UPHOLD")
                    .servePublish(served.toString(), published.toString()), row));
        }
        int accepted = 0;
        for (int i = 0; i < 154; i++) {
            LocalDate received = LocalDate.of(2019, 1, 3).plusDays(i * 333L / 153);
            int r = i % respondents.size();
            long respondent = respondents.get(r);
            String category = StatisticsTaicang2019Test.category(i);
            boolean notAccepted = i % 5 == 2 && i <= 132;
            boolean abandoned = i == 10 || i == 50 || i == 90 || i == 120;
            int k = notAccepted || abandoned ? -1 : accepted++;
            Map<String, String> row = row("太政复〔2019〕" + (i + 1) + "号", received, names.get(r), category, "OTHER");
            Runnable walk;
            if (notAccepted) {
                row.put("不予受理日期", received.plusDays(4).toString());
                row.put("不予受理理由", "不属于行政复议范围");
                walk = () -> CaseWalk.receive(walked, respondent, received.toString(), category, "OTHER").notAccept(received.plusDays(4).toString());
            } else if (abandoned) {
                row.put("补正通知日期", received.plusDays(2).toString());
                row.put("补正期限（日）", "10");
                row.put("视为放弃日期", received.plusDays(40).toString());
                walk = () -> {
                    CaseWalk c = CaseWalk.receive(walked, respondent, received.toString(), category, "OTHER");
                    c.step("request-correction", "date", received.plusDays(2).toString(), "items", "请补正申请材料", "periodDays", 10);
                    c.step("abandon", "date", received.plusDays(40).toString(), "reason", "逾期未补正且无正当理由");
                };
            } else {
                walk = accepted(k, received, respondent, category, row, corrections);
            }
            plan.add(new Planned(walk, row));
        }
        assertEquals(123, accepted);
        plan.forEach(p -> p.walk().run());
        long before = bulk.written();
        job = Ledgers.run(imported, Ledgers.xlsx(imported, plan.stream().map(Planned::row).toList()), "太仓市2019年行政复议案件台账.xlsx",
                "allOrNothing");
        inBulk = bulk.written() - before;
    }

    private static Map<String, String> row(String number, LocalDate received, String respondent, String category, String domain,
            String... more) {
        String act = received.minusDays(20).toString();
        Map<String, String> m = Ledgers.row(number, received.toString(), respondent, "行政管理类别", category, "行政管理领域", domain,
                "行政行为作出日期", act, "知道行政行为日期", act);
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return m;
    }

    /** As StatisticsTaicang2019Test walks the k-th accepted application, and the same as ledger cells. */
    private static Runnable accepted(int k, LocalDate received, long respondent, String category, Map<String, String> row,
            String[] corrections) {
        LocalDate acceptedOn = received.plusDays(3);
        row.put("受理日期", acceptedOn.toString());
        LocalDate decidedOn = acceptedOn.plusDays(20);
        boolean heard = k % 15 == 5;
        LocalDate hearing = acceptedOn.plusDays(21);
        if (heard) {
            decidedOn = hearing.plusDays(7);
            row.put("审理程序", "普通程序");
            row.put("确定审理程序日期", acceptedOn.toString());
            row.put("听证通知日期", acceptedOn.toString());
            row.put("听证日期", hearing.toString());
            row.put("听证地点", "听证室");
            row.put("听证主持人", "陈主持");
            row.put("听证员", "周听证、吴听证");
            row.put("听证记录人", "郑记录");
            row.put("被申请人负责人参加听证", "否");
            row.put("负责人未参加听证原因", "负责人出差");
            row.put("被申请人参加听证人员", "法制科 王科员");
        }
        LocalDate decided = decidedOn;
        int correction = List.of(10, 30, 50, 70, 90).indexOf(k);
        String type = k >= 117 ? null : correction >= 0 ? corrections[correction] : k % 11 == 6 ? "TERMINATION" : "UPHOLD";
        if (type != null) {
            row.put("审结日期", decided.toString());
            row.put("决定类型", type);
            if (type.equals("TERMINATION")) {
                row.put("终止情形", "WITHDRAWN");
            }
            row.put("送达日期", decided.plusDays(1).toString());
            row.put("公开日期", decided.plusDays(3).toString());
            row.put("公开场所", "人民政府门户网站");
        }
        return () -> {
            CaseWalk c = CaseWalk.receive(walked, respondent, received.toString(), category, "OTHER").accept(acceptedOn.toString());
            if (heard) {
                c.hearing(acceptedOn.toString(), acceptedOn.toString(), hearing.toString());
            }
            if (type == null) {
                return;
            }
            if (type.equals("TERMINATION")) {
                c.conclude(decided.toString(), type, "terminationGround", "WITHDRAWN");
            } else {
                c.conclude(decided.toString(), type);
            }
            c.servePublish(decided.plusDays(1).toString(), decided.plusDays(3).toString());
        };
    }

    @Test
    void theImportWroteEveryRow() {
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(159, job.getInt("rowsWritten"));
        assertEquals(0, job.getInt("rowsFailed"));
        // most rows take the bulk path; those with a correction, a hearing or a withdrawal go through the engine
        assertTrue(inBulk >= 120 && inBulk < 159, "rows written in bulk: " + inBulk);
    }

    @Test
    void theImportedYearReproducesThePublishedFigures() {
        StatisticsReportTest.get("", "organId", imported, "year", 2019)
                .body("counts.received", equalTo(154))
                .body("counts.accepted", equalTo(123))
                .body("counts.notAccepted", equalTo(27))
                .body("counts.abandoned", equalTo(4))
                .body("counts.carriedOverIn", equalTo(5))
                .body("counts.concluded", equalTo(122))
                .body("counts.pending", equalTo(6))
                .body("counts.directCorrections", equalTo(5))
                .body("counts.heard", equalTo(8))
                .body("warnings", hasSize(0))
                .body(StatisticsReportTest.rate("correction.direct", "display"), equalTo("4.1%"))
                .body(StatisticsReportTest.rate("hearing", "display"), equalTo("6.5%"))
                .body(StatisticsReportTest.rate("publication", "display"), equalTo("100.0%"));
    }

    @Test
    void theImportedYearHasTheStatisticsOfTheYearEnteredStepByStep() {
        for (String compare : List.of("", "previous")) {
            JsonPath a = StatisticsReportTest.get("", "organId", walked, "year", 2019, "compare", compare).extract().jsonPath();
            JsonPath b = StatisticsReportTest.get("", "organId", imported, "year", 2019, "compare", compare).extract().jsonPath();
            assertEquals(a.getMap("counts"), b.getMap("counts"));
            assertEquals(a.getList("rates"), b.getList("rates"));
            assertEquals(a.getString("reconciliation.equation"), b.getString("reconciliation.equation"));
            assertEquals(a.getList("respondentsByKind"), b.getList("respondentsByKind"));
        }
        for (String by : List.of("category", "respondent", "decisionType", "month")) {
            JsonPath a = StatisticsReportTest.get("/breakdown", "organId", walked, "year", 2019, "by", by).extract().jsonPath();
            JsonPath b = StatisticsReportTest.get("/breakdown", "organId", imported, "year", 2019, "by", by).extract().jsonPath();
            assertEquals(a.getList("rows.label"), b.getList("rows.label"), by);
            assertEquals(a.getList("rows.counts"), b.getList("rows.counts"), by);
        }
        String textA = StatisticsReportTest.get("/report-text", "organId", walked, "year", 2019).extract().jsonPath().getString("text");
        String textB = StatisticsReportTest.get("/report-text", "organId", imported, "year", 2019).extract().jsonPath().getString("text");
        assertEquals(textA.replace("（逐步录入）", ""), textB.replace("（台账导入）", ""));
    }

    @Test
    void theImportedCasesHaveTheSameStatesDeadlinesAndWorklist() {
        for (String asOf : List.of("2019-12-31", "2026-11-28")) {
            List<Map<String, Object>> a = worklist(walked, asOf);
            List<Map<String, Object>> b = worklist(imported, asOf);
            assertEquals(159, a.size());
            assertEquals(a, b);
        }
        long pendingA = given().queryParam("organId", walked).queryParam("q", "太政复〔2019〕154号").get("/api/v1/reconsiderations").then()
                .extract().jsonPath().getLong("items[0].id");
        long pendingB = given().queryParam("organId", imported).queryParam("q", "太政复〔2019〕154号").get("/api/v1/reconsiderations").then()
                .extract().jsonPath().getLong("items[0].id");
        for (String asOf : List.of("2019-12-31", "2026-11-28")) {
            List<Object> da = given().queryParam("asOf", asOf).get("/api/v1/reconsiderations/" + pendingA + "/deadlines").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            List<Object> db = given().queryParam("asOf", asOf).get("/api/v1/reconsiderations/" + pendingB + "/deadlines").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertEquals(da.toString().replace(Long.toString(pendingA), "#"), db.toString().replace(Long.toString(pendingB), "#"));
        }
    }

    private static List<Map<String, Object>> worklist(long organ, String asOf) {
        List<Map<String, Object>> items = given().queryParam("organId", organ).queryParam("asOf", asOf).queryParam("size", 200)
                .queryParam("sort", "caseNumber").get("/api/v1/reconsiderations").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> i : items) {
            out.add(Map.of("caseNumber", i.get("caseNumber"), "state", i.get("state"), "next", String.valueOf(i.get("nextDeadlineKind")),
                    "due", String.valueOf(i.get("nextDueDate")), "overdue", String.valueOf(i.get("overdue")),
                    "decisionDue", String.valueOf(i.get("decisionDueDate"))));
        }
        return out;
    }
}
