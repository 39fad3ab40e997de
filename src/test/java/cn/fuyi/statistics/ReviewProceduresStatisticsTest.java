package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The counts reports cite about the procedures beside the main path, each counted by the date of its own event:
 * committee referrals and the mandatory ones (ARL 52 ¶2), normative document reviews concluded and clauses stopped
 * (ARL 56-60), hearings attended by the respondent's head (ARL 51 ¶3), stays of execution granted (ARL 42).
 *
 * <pre>
 * case  accepted    events
 * A     2025-03-04  committee: 03-10 technical (mandatory), opinion 03-20; 03-25 office thinks it necessary, opinion 04-01
 *                   hearing held 03-20, the respondent's head attended; stay granted of the organ's motion 03-12
 * B     2025-04-01  hearing held 04-21, head absent (staff sent); stay asked by the applicant, refused 04-03;
 *                   normative document (competent) raised 04-22, clause stopped 05-20
 * C     2025-05-06  normative document (forwarded) raised 05-07, the receiver found it lawful 06-10
 * D     2024-12-02  committee: referred 2024-12-10 (ground (一)) — not in 2025
 * </pre>
 */
@QuarkusTest
class ReviewProceduresStatisticsTest {

    static long organ;

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        organ = createOrgan("程序统计测试市人民政府", "程统复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "程序统计测试市交通运输局", "GOVERNMENT_DEPARTMENT");
        String penalty = "ADMINISTRATIVE_PENALTY";
        String domain = "TRANSPORT";

        CaseWalk a = CaseWalk.receive(organ, respondent, "2025-03-03", penalty, domain).accept("2025-03-04");
        a.step("choose-procedure", "date", "2025-03-04", "procedure", "ORDINARY");
        long first = a.step("refer-to-committee", "date", "2025-03-10", "ground", "SPECIALISED_TECHNICAL", "questions", "检测报告能否采信")
                .jsonPath().getLong("committeeReferrals[0].id");
        a.step("record-committee-opinion", "referralId", first, "date", "2025-03-20", "meetingDate", "2025-03-18",
                "members", List.of("张教授", "李工程师"), "opinion", "检测报告可以采信");
        long second = a.step("refer-to-committee", "date", "2025-03-25", "ground", "OFFICE_DEEMS_NECESSARY", "questions", "裁量是否适当")
                .jsonPath().getLong("committeeReferrals[1].id");
        a.step("record-committee-opinion", "referralId", second, "date", "2025-04-01", "meetingDate", "2025-04-01",
                "members", List.of("王律师"), "opinion", "裁量适当");
        long hearingA = a.step("schedule-hearing", "noticeDate", "2025-03-11", "hearingDate", "2025-03-20", "place", "听证室")
                .jsonPath().getLong("hearings[0].id");
        a.step("hold-hearing", "hearingId", hearingA, "date", "2025-03-20", "presidingOfficer", "陈主持",
                "hearingOfficers", List.of("周听证", "吴听证"), "recorder", "郑记录", "respondentHeadAttended", true,
                "respondentHeadName", "钱建华", "respondentHeadPosition", "局长");
        a.step("decide-stay-of-execution", "date", "2025-03-12", "requestedBy", "EX_OFFICIO", "granted", true,
                "ground", "ORGAN_DEEMS_NECESSARY", "reason", "吊销许可后难以恢复");

        CaseWalk b = CaseWalk.receive(organ, respondent, "2025-03-31", penalty, domain).accept("2025-04-01")
                .hearing("2025-04-01", "2025-04-08", "2025-04-21");
        b.step("decide-stay-of-execution", "date", "2025-04-03", "requestedBy", "APPLICANT", "granted", false, "reason", "不影响公共利益，要求不合理");
        long reviewB = b.step("raise-normative-document-review", "date", "2025-04-22", "raisedBy", "APPLICANT", "documentTitle", "交通运输行政处罚裁量基准",
                "documentKind", "LOCAL_GOVERNMENT", "issuer", "程序统计测试市交通运输局", "clauses", "第五条", "competent", true)
                .jsonPath().getLong("normativeDocumentReviews[0].id");
        b.step("notify-drafting-organ", "reviewId", reviewB, "date", "2025-04-23");
        b.step("receive-drafting-organ-answer", "reviewId", reviewB, "date", "2025-05-06", "summary", "制定机关认为合法");
        b.step("record-normative-document-result", "reviewId", reviewB, "date", "2025-05-20", "result", "UNLAWFUL",
                "stoppedClauses", "第五条", "summary", "超越上位法规定的处罚幅度");

        CaseWalk c = CaseWalk.receive(organ, respondent, "2025-05-05", penalty, domain).accept("2025-05-06");
        c.step("choose-procedure", "date", "2025-05-06", "procedure", "ORDINARY");
        long reviewC = c.step("raise-normative-document-review", "date", "2025-05-07", "raisedBy", "EX_OFFICIO", "documentTitle", "某省道路运输条例实施办法",
                "documentKind", "RULE", "issuer", "某省人民政府", "clauses", "第二十条", "competent", false)
                .jsonPath().getLong("normativeDocumentReviews[0].id");
        c.step("forward-normative-document", "reviewId", reviewC, "date", "2025-05-08", "competentOrgan", "某省人民政府");
        c.step("record-normative-document-result", "reviewId", reviewC, "date", "2025-06-10", "result", "LAWFUL", "summary", "条款合法");

        CaseWalk d = CaseWalk.receive(organ, respondent, "2024-12-02", penalty, domain).accept("2024-12-02");
        d.step("choose-procedure", "date", "2024-12-02", "procedure", "ORDINARY");
        d.step("refer-to-committee", "date", "2024-12-10", "ground", "MAJOR_DIFFICULT_COMPLEX", "questions", "案情复杂");
    }

    @Test
    void theReportCountsTheProceduresOfTheYearByTheDatesOfTheirEvents() {
        given().queryParam("organId", organ).queryParam("year", 2025).get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .body("counts.committeeReferrals", equalTo(2))
                .body("counts.committeeReferralsMandatory", equalTo(1))
                .body("counts.normativeDocumentsReviewed", equalTo(2))
                .body("counts.normativeDocumentsStopped", equalTo(1))
                .body("counts.hearingsHeld", equalTo(2))
                .body("counts.hearingsRespondentHeadAttended", equalTo(1))
                .body("counts.staysGranted", equalTo(1));
        given().queryParam("organId", organ).queryParam("year", 2024).get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .body("counts.committeeReferrals", equalTo(1))
                .body("counts.committeeReferralsMandatory", equalTo(1))
                .body("counts.staysGranted", equalTo(0));
    }

    @Test
    void theNewCountsArePublishedWithTheirDefinitions() {
        given().get("/api/v1/statistics/definitions").then().statusCode(200)
                .body("counts.find { it.id == 'committeeReferralsMandatory' }.source", equalTo("EVENT"))
                .body("counts.find { it.id == 'committeeReferralsMandatory' }.definitionZh", containsString("第五十二条第二款第一至三项"))
                .body("counts.find { it.id == 'normativeDocumentsStopped' }.definitionZh", containsString("第五十九条"))
                .body("counts.find { it.id == 'hearingsRespondentHeadAttended' }.definitionEn", containsString("ARL 51 ¶3"))
                .body("counts.find { it.id == 'staysGranted' }.endpoint", equalTo("/api/v1/statistics/reconsideration"))
                .body("counts.find { it.id == 'suitsLost' }.source", equalTo("LITIGATION"));
    }
}
