package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The counts reports cite about mediation, settlement and the carrying out of decisions (ARL 73-79, 85), against
 * figures counted by hand from a fixture entered through the API (one organ, 2025).
 *
 * <pre>
 * case  decision                       served  obligation due            carried out          supervision, letters, copies
 * P1    REVOKE, redo (02-28)           03-03   05-06 (60 days, May Day)  04-20 on time        decision copied 03-05; letter 04-10,
 *                                                                                             received 04-15, due 06-16, answered
 *                                                                                             06-10; letter copied 04-12
 * P2    ORDER_PERFORMANCE (03-05)      03-10   04-09 (30 days, decision) 05-06 late
 * P3    REVOKE, redo (05-20)           06-03   08-04 (60 days)           not                  ordered 08-05 by 09-01, summoned 08-20,
 *                                                                                             transferred 09-10; letter 08-01, due
 *                                                                                             09-30, answered 10-10
 * P4    REVOKE, redo (11-10)           11-20   2026-01-19                not                  pending at the year's end
 * P5    ORDER_PERFORMANCE (12-10)      -       none yet                  not                  pending at the year's end
 * M1    MEDIATION (04-20)              -       none (agreement 04-17)    05-01
 * S1    TERMINATION after settlement   -       -                                              settled 05-15, withdrawn 05-18
 * F1    under review                                                                          mediation failed 07-01
 * </pre>
 */
@QuarkusTest
class CarryingOutStatisticsTest {

    static long organ;

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        organ = createOrgan("履行统计市人民政府", "履统复〔{year}〕{seq}号", null);
        long market = createRespondent(organ, "履行统计市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        String penalty = "ADMINISTRATIVE_PENALTY";
        String domain = "MARKET_REGULATION";

        CaseWalk p1 = CaseWalk.receive(organ, market, "2025-02-10", penalty, domain).accept("2025-02-12")
                .conclude("2025-02-28", "REVOKE", "orderToRedo", true);
        p1.step("serve", "date", "2025-03-03");
        p1.step("copy-decision-to-superior", "date", "2025-03-05", "recipient", "省市场监督管理局");
        p1.step("report-performance", "obligationId", obligation(p1), "date", "2025-04-20", "summary", "已重新作出");
        long letter1 = p1.step("issue-opinion-letter", "date", "2025-04-10", "subject", "规范处罚程序")
                .jsonPath().getLong("opinionLetters[0].id");
        p1.step("copy-opinion-letter-to-superior", "letterId", letter1, "date", "2025-04-12", "recipient", "省市场监督管理局");
        p1.step("record-opinion-letter-receipt", "letterId", letter1, "date", "2025-04-15");
        p1.step("answer-opinion-letter", "letterId", letter1, "date", "2025-06-10", "summary", "已整改");

        CaseWalk p2 = CaseWalk.receive(organ, market, "2025-02-10", penalty, domain).accept("2025-02-12")
                .conclude("2025-03-05", "ORDER_PERFORMANCE");
        p2.step("serve", "date", "2025-03-10");
        long duty = obligation(p2);
        p2.step("set-performance-due", "obligationId", duty, "date", "2025-03-10", "basis", "DOCUMENT", "periodDays", 30);
        p2.step("report-performance", "obligationId", duty, "date", "2025-05-07", "performedDate", "2025-05-06", "summary", "已履行");

        CaseWalk p3 = CaseWalk.receive(organ, market, "2025-04-01", penalty, domain).accept("2025-04-03")
                .conclude("2025-05-20", "REVOKE", "orderToRedo", true);
        p3.step("serve", "date", "2025-06-03");
        long redo3 = obligation(p3);
        p3.step("supervise-performance", "obligationId", redo3, "kind", "ORDER_TO_PERFORM", "date", "2025-08-05", "limitDate", "2025-09-01");
        p3.step("supervise-performance", "obligationId", redo3, "kind", "SUMMONS", "date", "2025-08-20", "persons", List.of("局长 张某"));
        p3.step("supervise-performance", "obligationId", redo3, "kind", "TRANSFER", "date", "2025-09-10",
                "recipient", "履行统计市监察委员会", "recipientKind", "SUPERVISORY_COMMISSION");
        long letter3 = p3.step("issue-opinion-letter", "date", "2025-08-01", "subject", "加强证据审查")
                .jsonPath().getLong("opinionLetters[0].id");
        p3.step("answer-opinion-letter", "letterId", letter3, "date", "2025-10-10", "summary", "已整改");

        CaseWalk p4 = CaseWalk.receive(organ, market, "2025-09-01", penalty, domain).accept("2025-09-03")
                .conclude("2025-11-10", "REVOKE", "orderToRedo", true);
        p4.step("serve", "date", "2025-11-20");
        CaseWalk.receive(organ, market, "2025-10-08", penalty, domain).accept("2025-10-10").conclude("2025-12-10", "ORDER_PERFORMANCE");

        CaseWalk m1 = CaseWalk.receive(organ, market, "2025-03-03", penalty, domain).accept("2025-03-05")
                .mediate("2025-04-08", "2025-04-14", "2025-04-16", "2025-04-17").conclude("2025-04-20", "MEDIATION");
        m1.step("report-performance", "obligationId", obligation(m1), "date", "2025-05-01", "summary", "已按调解书退还罚款");
        CaseWalk.receive(organ, market, "2025-05-05", penalty, domain).accept("2025-05-07").settle("2025-05-15", "2025-05-18")
                .conclude("2025-05-20", "TERMINATION", "terminationGround", "WITHDRAWN_AFTER_SETTLEMENT");
        CaseWalk f1 = CaseWalk.receive(organ, market, "2025-06-02", penalty, domain).accept("2025-06-04");
        f1.step("consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2025-06-10");
        f1.step("consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2025-06-10");
        f1.step("end-mediation", "date", "2025-07-01", "reason", "未达成协议");
    }

    /** The case's first obligation of a decision or agreement. */
    static long obligation(CaseWalk w) {
        return given().get("/api/v1/reconsiderations/" + w.id).then().statusCode(200).extract().jsonPath()
                .getLong("obligations.find { it.source != 'OPINION_LETTER' }.id");
    }

    @Test
    void decisionsCarriedOutOnTimeLateOrNotAtAllAddUpToThoseDueAndTheRestArePending_ARL77() {
        StatisticsReportTest.get("", "organId", organ, "year", 2025)
                .body("counts.performanceDue", equalTo(3))
                .body("counts.performedOnTime", equalTo(1))
                .body("counts.performedLate", equalTo(1))
                .body("counts.notPerformed", equalTo(1))
                .body("counts.performancePending", equalTo(2))
                .body("counts.performanceOrders", equalTo(1))
                .body("counts.summonses", equalTo(1))
                .body("counts.circulars", equalTo(0))
                .body("counts.transfers", equalTo(1));
        // within the year: a late performance before the quarter's end is late, not missing; the open stock is judged at its end
        StatisticsReportTest.get("", "organId", organ, "year", 2025, "quarter", 2)
                .body("counts.performanceDue", equalTo(2))
                .body("counts.performedOnTime", equalTo(1))
                .body("counts.performedLate", equalTo(1))
                .body("counts.notPerformed", equalTo(0))
                .body("counts.performancePending", equalTo(1));
        StatisticsReportTest.get("", "organId", organ, "year", 2025, "quarter", 1)
                .body("counts.performanceDue", equalTo(0))
                .body("counts.performancePending", equalTo(2));
    }

    @Test
    void mediationSettlementLettersAndCopiesAreCountedByTheirOwnDates_ARL73_74_76_79() {
        StatisticsReportTest.get("", "organId", organ, "year", 2025)
                .body("counts.mediationAgreements", equalTo(1))
                .body("counts.settlements", equalTo(1))
                .body("counts.mediationsFailed", equalTo(1))
                .body("counts.opinionLettersDue", equalTo(2))
                .body("counts.opinionLettersAnsweredOnTime", equalTo(1))
                .body("counts.superiorCopies", equalTo(2))
                // the mediation rate keeps its definition: concluded by agreement, or terminated on withdrawal after settlement
                .body("counts.mediated", equalTo(2))
                .body("counts.concluded", equalTo(7))
                .body("rates.find { it.id == 'mediation' }.fraction", equalTo("2/7"));
        StatisticsReportTest.get("", "organId", organ, "year", 2024).body("counts.performancePending", equalTo(0));
    }

    @Test
    void theNewCountsAreDefinedWithTheirArticles() {
        given().get("/api/v1/statistics/definitions").then().statusCode(200)
                .body("counts.find { it.id == 'performedOnTime' }.source", equalTo("EVENT"))
                .body("counts.find { it.id == 'performedOnTime' }.definitionZh", containsString("第七十七条"))
                .body("counts.find { it.id == 'superiorCopies' }.definitionZh", containsString("第七十九条第二款"))
                .body("counts.find { it.id == 'suits' }.source", equalTo("LITIGATION"))
                .body("rules.topic", hasItem("carrying-out"));
    }
}
