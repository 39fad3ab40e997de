package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Facts written directly into the database that contradict each other are reported as data-quality warnings naming
 * the cases, and the reconciliation shows the difference they make; nothing is hidden.
 */
@QuarkusTest
class StatisticsDataQualityTest {

    @Inject
    EntityManager em;

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    @Test
    void aCaseConcludedBeforeThePeriodItWasAcceptedInUnbalancesTheReconciliationAndIsNamed() {
        long organ = createOrgan("数据质量甲市人民政府", "质甲复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "数据质量甲市公安局", "GOVERNMENT_DEPARTMENT");
        CaseWalk.receive(organ, respondent, "2025-03-03", "ADMINISTRATIVE_PENALTY", "PUBLIC_SECURITY")
                .accept("2025-03-05").conclude("2025-03-20", "UPHOLD");
        CaseWalk bad = CaseWalk.receive(organ, respondent, "2025-03-10", "ADMINISTRATIVE_PENALTY", "PUBLIC_SECURITY")
                .accept("2025-03-12").conclude("2025-03-25", "UPHOLD");
        StatisticsReportTest.get("/reconciliation", "organId", organ, "year", 2025)
                .body("reconciliation.balanced", equalTo(true)).body("warnings", hasSize(0));

        sql("UPDATE reconsideration_case SET concluded_date = '2024-12-20' WHERE id = ?1", bad.id);

        StatisticsReportTest.get("/reconciliation", "organId", organ, "year", 2025)
                .body("reconciliation.carriedOverIn", equalTo(0))
                .body("reconciliation.accepted", equalTo(2))
                .body("reconciliation.concluded", equalTo(1))
                .body("reconciliation.otherExits", equalTo(0))
                .body("reconciliation.expectedPending", equalTo(1))
                .body("reconciliation.pending", equalTo(0))
                .body("reconciliation.difference", equalTo(1))
                .body("reconciliation.balanced", equalTo(false))
                .body("warnings.code", contains("UNRECONCILED", "CONCLUDED_BEFORE_ACCEPTED"))
                .body("warnings[0].caseCount", equalTo(1))
                .body("warnings[0].cases[0].id", equalTo((int) bad.id))
                .body("warnings[0].cases[0].caseNumber", equalTo(bad.caseNumber))
                .body("warnings[0].message", containsString("0 + 2 − 1 − 0 = 1，而期末未审结为 0，相差 1 件"))
                .body("warnings[1].cases.id", contains((int) bad.id));
        // the report carries the same warnings; the correct case is not named
        StatisticsReportTest.get("", "organId", organ, "year", 2025)
                .body("reconciliation.balanced", equalTo(false))
                .body("warnings.cases.flatten().id", contains((int) bad.id, (int) bad.id));
        given().header("Accept-Language", "en").queryParam("organId", organ).queryParam("year", 2025)
                .get("/api/v1/statistics/reconsideration/reconciliation").then().statusCode(200)
                .body("warnings[1].message", equalTo("1 cases were concluded before they were accepted."));
    }

    @Test
    void contradictionsThatCancelOutInTheSumAreStillNamedOneByOne() {
        long organ = createOrgan("数据质量乙市人民政府", "质乙复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "数据质量乙市住建局", "GOVERNMENT_DEPARTMENT");
        CaseWalk early = CaseWalk.receive(organ, respondent, "2025-04-01", "ADMINISTRATIVE_PENALTY", "HOUSING_CONSTRUCTION")
                .accept("2025-04-02").conclude("2025-04-20", "REVOKE");
        CaseWalk unaccepted = CaseWalk.receive(organ, respondent, "2025-05-06", "ADMINISTRATIVE_PENALTY", "HOUSING_CONSTRUCTION")
                .accept("2025-05-07").conclude("2025-05-30", "UPHOLD");
        CaseWalk noDeadline = CaseWalk.receive(organ, respondent, "2025-06-02", "ADMINISTRATIVE_PENALTY", "HOUSING_CONSTRUCTION")
                .accept("2025-06-03").conclude("2025-06-30", "UPHOLD");
        sql("UPDATE reconsideration_case SET concluded_date = '2024-12-31' WHERE id = ?1", early.id);
        sql("UPDATE reconsideration_case SET accepted_date = NULL, acceptance_kind = NULL WHERE id = ?1", unaccepted.id);
        sql("UPDATE reconsideration_case SET decision_due_date = NULL WHERE id = ?1", noDeadline.id);

        // accepted 2 (early, noDeadline), concluded 2 (unaccepted, noDeadline): 0 + 2 − 2 = 0 = pending, yet two cases are wrong
        StatisticsReportTest.get("", "organId", organ, "year", 2025)
                .body("reconciliation.equation", equalTo("0 + 2 − 2 − 0 = 0"))
                .body("reconciliation.balanced", equalTo(true))
                .body("warnings.code", contains("UNRECONCILED", "CONCLUDED_BEFORE_ACCEPTED", "CONCLUDED_WITHOUT_ACCEPTANCE",
                        "CONCLUDED_WITHOUT_DEADLINE"))
                .body("warnings.find { it.code == 'UNRECONCILED' }.cases.id", containsInAnyOrder((int) early.id, (int) unaccepted.id))
                .body("warnings.find { it.code == 'CONCLUDED_WITHOUT_ACCEPTANCE' }.cases.caseNumber", contains(unaccepted.caseNumber))
                .body("warnings.find { it.code == 'CONCLUDED_WITHOUT_DEADLINE' }.cases.caseNumber", contains(noDeadline.caseNumber))
                .body("warnings.find { it.code == 'CONCLUDED_WITHOUT_DEADLINE' }.message",
                        equalTo("有 1 件本期审结的案件没有审理期限届满日，不计为按期审结。"))
                .body("counts.onTime", equalTo(1))
                .body("rates.find { it.id == 'ontime' }.fraction", equalTo("1/2"));
    }
}
