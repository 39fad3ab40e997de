package cn.fuyi.litigation.recommendation;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * When a recommendation must be answered, walked through the REST API: the period the law sets is the default —
 * a 检察建议 two months, 15 days when the harm keeps spreading (公益诉讼解释 art. 21 ¶2), a 司法建议 on a normative
 * document 60 days (法释〔2018〕1号 art. 149 ¶4), other 司法建议 none — and a clerk's own date is kept as an override.
 */
@QuarkusTest
class RecommendationAnswerTest {

    long organ;

    @BeforeEach
    void anOrgan() {
        organ = createOrgan("建议答复测试市人民政府", "建议复〔{year}〕{seq}号", null);
    }

    Map<String, Object> recommendation(String kind, String received, Object... extra) {
        Map<String, Object> m = obj("kind", kind, "issuer", "PROCURATORIAL".equals(kind) ? "测试市人民检察院" : "测试市人民法院",
                "organId", organ, "addressee", "测试市生态环境局", "subject", "督促依法履行监管职责", "receivedDate", received);
        m.putAll(obj(extra));
        return m;
    }

    static ValidatableResponse receive(Map<String, Object> body) {
        return json().body(body).post("/api/v1/recommendations").then().statusCode(201);
    }

    @Test
    void aProcuratorialRecommendationIsDueTwoMonthsAfterReceiptUnderArticle21() {
        receive(recommendation("PROCURATORIAL", "2026-06-20"))
                .body("answerDueDate", equalTo("2026-08-20"))
                .body("answerDueSource", equalTo("STATUTORY"))
                .body("answerDueOverridden", equalTo(false))
                .body("answerDeadline.article", equalTo("公益诉讼解释 art. 21 ¶2"))
                .body("answerDeadline.startEventLabel", equalTo("收到建议书"))
                .body("answerDueExplanation", containsString("依据：公益诉讼解释 art. 21 ¶2"))
                // the explanation says where Fuyi interprets: the courts' way of counting, the article's scope
                .body("answerDeadline.explanation", containsString("第四十八条"))
                .body("answerDeadline.explanation", containsString("诉前检察建议"));
    }

    @Test
    void whenTheHarmKeepsSpreadingItIsDueIn15DaysMovedOffNationalDay() {
        receive(recommendation("PROCURATORIAL", "2026-09-16", "harmSpreading", true))
                .body("harmSpreading", equalTo(true))
                .body("answerDeadline.amount", equalTo(15))
                .body("answerDeadline.rawEnd", equalTo("2026-10-01"))
                .body("answerDueDate", equalTo("2026-10-08"))
                .body("answerDeadline.movedPastHoliday", equalTo(true));
    }

    @Test
    void aJudicialRecommendationOnANormativeDocumentIsDue60DaysAfterReceiptUnderArticle149() {
        receive(recommendation("JUDICIAL", "2026-06-20", "normativeDocument", true))
                .body("answerDueDate", equalTo("2026-08-19"))
                .body("answerDeadline.article", equalTo("法释〔2018〕1号 art. 149 ¶4"))
                .body("answerDeadline.explanation", not(containsString("诉前检察建议")));
    }

    @Test
    void anyOtherJudicialRecommendationHasNoDueDateUnlessTheClerkSetsOne() {
        long none = receive(recommendation("JUDICIAL", "2026-06-20", "subject", "负责人无正当理由未出庭应诉"))
                .body("answerDueDate", nullValue())
                .body("answerDeadline", nullValue())
                .body("answerDueSource", equalTo("NONE"))
                .body("answerDueExplanation", equalTo("法律未规定答复期限，承办人也未指定。"))
                .extract().jsonPath().getLong("id");
        given().queryParam("organId", organ).queryParam("overdue", true).queryParam("asOf", "2027-06-01")
                .get("/api/v1/recommendations").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("organId", organ).queryParam("open", true).get("/api/v1/recommendations").then()
                .body("items.id", contains((int) none)).body("items[0].overdue", equalTo(false));
        receive(recommendation("JUDICIAL", "2026-06-20", "answerDueDate", "2026-07-31"))
                .body("answerDueSource", equalTo("CLERK"))
                .body("answerDueOverridden", equalTo(false))
                .body("answerDueExplanation", equalTo("法律未规定答复期限，承办人指定为 2026-07-31。"));
    }

    @Test
    void theClerkMayReplaceTheStatutoryDateAndTheReplacementIsRecorded() {
        long id = receive(recommendation("PROCURATORIAL", "2026-06-20", "answerDueDate", "2026-07-31"))
                .body("answerDueDate", equalTo("2026-07-31"))
                .body("answerDueSource", equalTo("CLERK"))
                .body("answerDueOverridden", equalTo(true))
                .body("answerDeadline.due", equalTo("2026-08-20"))
                .body("answerDueExplanation", containsString("承办人指定答复期限为 2026-07-31，法定期限届满日为 2026-08-20"))
                .extract().jsonPath().getLong("id");
        // overdue judged against the date in force
        given().queryParam("asOf", "2026-08-05").queryParam("organId", organ).queryParam("overdue", true)
                .get("/api/v1/recommendations").then().body("items.id", contains((int) id));
        given().header("Accept-Language", "en").get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("answerDueExplanation", containsString("The clerk set the answer due on 2026-07-31"))
                .body("answerDeadline.kindLabel", equalTo("Answer to the recommendation"));
        // repeating the statutory date overrides nothing
        receive(recommendation("PROCURATORIAL", "2026-06-20", "answerDueDate", "2026-08-20"))
                .body("answerDueSource", equalTo("STATUTORY")).body("answerDueOverridden", equalTo(false));
    }

    @Test
    void aFlagOfTheOtherKindOrADueDateBeforeReceiptIsRefused() {
        json().body(recommendation("JUDICIAL", "2026-06-20", "harmSpreading", true)).post("/api/v1/recommendations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("harmSpreading")).body("errors[0].code", equalTo("ONLY_FOR_PROCURATORIAL"))
                .body("errors[0].message", containsString("公益诉讼解释第二十一条"));
        json().header("Accept-Language", "en").body(recommendation("PROCURATORIAL", "2026-06-20", "normativeDocument", true))
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("ONLY_FOR_JUDICIAL"))
                .body("errors[0].message", containsString("normative document"));
        json().body(recommendation("PROCURATORIAL", "2026-06-20", "answerDueDate", "2026-06-19")).post("/api/v1/recommendations")
                .then().statusCode(400).body("errors[0].field", equalTo("answerDueDate"));
    }
}
