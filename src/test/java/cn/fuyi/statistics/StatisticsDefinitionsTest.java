package cn.fuyi.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.fuyi.reconsideration.decision.DecisionType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The definitions endpoint publishes every count and rate, with the litigation ones already defined. */
@QuarkusTest
class StatisticsDefinitionsTest {

    @Test
    void everyRateOfTheDomainIsDefinedWithItsVariants() {
        given().get("/api/v1/statistics/definitions").then().statusCode(200)
                .body("rates.id", contains("correction.direct", "correction.comprehensive", "hearing", "ontime", "mediation",
                        "publication", "resolved", "litigation.loss", "appearance.head", "appearance.principal",
                        "appearance.speaking", "counsel"))
                .body("rates.find { it.id == 'correction.direct' }.nameZh", equalTo("直接纠错率"))
                .body("rates.find { it.id == 'correction.direct' }.defaultVariant", equalTo("concluded"))
                .body("rates.find { it.id == 'correction.direct' }.variants.id", contains("concluded", "accepted"))
                .body("rates.find { it.id == 'correction.direct' }.variants[1].denominator", equalTo("accepted"))
                .body("rates.find { it.id == 'correction.direct' }.reference", containsString("5 ÷ 122 = 4.1%"))
                .body("rates.find { it.id == 'hearing' }.variants[0].numerator", equalTo("heard"))
                .body("rates.find { it.id == 'hearing' }.legalBasis", containsString("第五十条"))
                .body("rates.find { it.id == 'litigation.loss' }.endpoint", equalTo("/api/v1/statistics/litigation"))
                .body("rates.find { it.id == 'litigation.loss' }.variants.id", contains("concluded", "merits"))
                .body("rates.find { it.id == 'appearance.head' }.variants.id", contains("case", "session", "notified"))
                .body("rates.find { it.id == 'resolved' }.endpoint", equalTo("/api/v1/statistics/reconsideration"))
                .body("rates.find { it.id == 'litigation.loss' }.variants[0].denominator", equalTo("firstInstanceConcluded"))
                .body("rules.topic", hasItems("display", "period", "scope", "reconciliation", "variants", "publication", "litigation"))
                .body("rules.find { it.topic == 'display' }.zh", containsString("1/16 → 6.3%"));
    }

    @Test
    void theCorrectionDefinitionListsExactlyTheDecisionTypesTheEnumCallsCorrections() {
        JsonPath d = given().get("/api/v1/statistics/definitions").then().statusCode(200).extract().jsonPath();
        String text = d.getString("counts.find { it.id == 'directCorrections' }.definitionZh");
        for (DecisionType t : DecisionType.values()) {
            assertEquals(t.correction(), text.contains("、" + t.labelZh()) || text.contains("：" + t.labelZh()),
                    t + " in: " + text);
        }
        assertFalse(text.contains("{correctionTypes}"));
    }

    @Test
    void everyCountARateNamesIsDefinedAndSaysWhereItIsAnswered() {
        JsonPath d = given().get("/api/v1/statistics/definitions").then().statusCode(200).extract().jsonPath();
        List<String> counts = d.getList("counts.id");
        List<Map<String, Object>> rates = d.getList("rates");
        for (Map<String, Object> rate : rates) {
            for (Object v : (List<?>) rate.get("variants")) {
                Map<?, ?> variant = (Map<?, ?>) v;
                assertTrue(counts.contains(variant.get("numerator")), rate.get("id") + " numerator");
                assertTrue(counts.contains(variant.get("denominator")), rate.get("id") + " denominator");
            }
        }
        assertEquals("LITIGATION", d.getString("counts.find { it.id == 'suitsLost' }.source"));
        assertEquals("/api/v1/statistics/litigation", d.getString("counts.find { it.id == 'suitsLost' }.endpoint"));
        assertEquals("/api/v1/statistics/reconsideration", d.getString("counts.find { it.id == 'received' }.endpoint"));
        assertEquals("CASE", d.getString("counts.find { it.id == 'received' }.source"));
        assertEquals("EVENT", d.getString("counts.find { it.id == 'hearingsHeld' }.source"));
    }
}
