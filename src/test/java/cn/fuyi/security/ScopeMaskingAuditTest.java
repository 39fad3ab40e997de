package cn.fuyi.security;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.awaitSequenced;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganLevel;
import cn.fuyi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Organ scoping, agency staff, personal-data masking, the audit trail and its hash chain, through the REST API. */
@QuarkusTest
class ScopeMaskingAuditTest {

    @Inject
    EntityManager em;

    long city;
    long county;
    long other;
    long agency;
    long countyAgency;
    long otherAgency;

    @BeforeEach
    void twoJurisdictions() {
        city = createOrgan("范围测试市人民政府", "范市复〔{year}〕{seq}号", null);
        county = createOrgan("范围测试县人民政府", "范县复〔{year}〕{seq}号", city);
        other = createOrgan("另一范围市人民政府", "另范复〔{year}〕{seq}号", null);
        agency = createRespondent(city, "范围测试市市场监督管理局", "GOVERNMENT_DEPARTMENT");
        countyAgency = createRespondent(county, "范围测试县某镇人民政府", "TOWNSHIP_GOVERNMENT");
        otherAgency = createRespondent(other, "另一范围市公安局", "GOVERNMENT_DEPARTMENT");
    }

    static String token(String user, Set<String> roles, List<Long> organs, String scope, Long respondent) {
        return Tokens.bearer(Tokens.of(user, user, roles, organs, scope, respondent));
    }

    @Test
    void anotherOrgansCaseDoesNotExistForAClerk() {
        long mine = receive(application(city, agency, "2026-03-02"));
        long countyCase = receive(application(county, countyAgency, "2026-03-02"));
        long theirs = receive(application(other, otherAgency, "2026-03-02"));
        String exact = token("zhou.clerk", Set.of("clerk"), List.of(city), "EXACT", null);
        String subtree = token("wu.clerk", Set.of("clerk"), List.of(city), "SUBTREE", null);

        given().header("Authorization", exact).get("/api/v1/reconsiderations/" + mine).then().statusCode(200);
        given().header("Authorization", exact).get("/api/v1/reconsiderations/" + theirs).then().statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Authorization", exact).get("/api/v1/reconsiderations/" + countyCase).then().statusCode(404);
        given().header("Authorization", subtree).get("/api/v1/reconsiderations/" + countyCase).then().statusCode(200);
        given().header("Authorization", subtree).queryParam("size", 500).get("/api/v1/reconsiderations").then()
                .body("items.id", hasItem((int) countyCase)).body("items.id", not(hasItem((int) theirs)));
        given().header("Authorization", exact).contentType("application/json").header("If-Match", "\"0\"")
                .body(obj("date", "2026-03-03")).post("/api/v1/reconsiderations/" + theirs + "/transitions/accept")
                .then().statusCode(404);
        given().header("Authorization", exact).contentType("application/json")
                .body(application(other, otherAgency, "2026-03-02")).post("/api/v1/reconsiderations").then().statusCode(404)
                .body("code", equalTo("ORGAN_NOT_FOUND"));
        given().header("Authorization", token("stat", Set.of("statistician"), List.of(city), "SUBTREE", null))
                .get("/api/v1/reconsiderations/" + mine).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void statisticsCountOnlyTheStatisticiansOrgans() {
        receive(application(city, agency, "2026-03-02"));
        receive(application(county, countyAgency, "2026-03-02"));
        long theirs = receive(application(other, otherAgency, "2026-03-02"));
        cn.fuyi.support.Api.ok(theirs, "request-correction", "date", "2026-03-04", "items", "请补充申请人签名");
        String exact = token("tong.ji", Set.of("statistician"), List.of(city), "EXACT", null);
        // without an organ: every organ the statistician may see, which is the city alone, for every count
        given().header("Authorization", exact).queryParam("year", 2026).get("/api/v1/statistics/reconsideration").then()
                .statusCode(200).body("counts.received", equalTo(1)).body("counts.correctionRequested", equalTo(0));
        given().header("Authorization", exact).queryParam("organId", city).queryParam("year", 2026)
                .get("/api/v1/statistics/reconsideration").then().statusCode(200).body("counts.received", equalTo(1));
        // the county below is outside an EXACT scope: the roll-up counts the city alone
        given().header("Authorization", exact).queryParam("organId", city).queryParam("includeSubordinates", true)
                .queryParam("year", 2026).get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .body("counts.received", equalTo(1));
        given().header("Authorization", exact).queryParam("organId", other).queryParam("year", 2026)
                .get("/api/v1/statistics/reconsideration").then().statusCode(404).body("code", equalTo("ORGAN_NOT_FOUND"));
        String subtree = token("tong.ji2", Set.of("statistician"), List.of(city), "SUBTREE", null);
        given().header("Authorization", subtree).queryParam("organId", city).queryParam("includeSubordinates", true)
                .queryParam("year", 2026).get("/api/v1/statistics/reconsideration").then().statusCode(200)
                .body("counts.received", equalTo(2));
    }

    @Test
    void agencyStaffSeeTheirOwnCasesMaskedAndReportTheirOwnSuits() {
        long own = receive(application(city, agency, "2026-03-02"));
        long notOwn = receive(application(county, countyAgency, "2026-03-02"));
        String staff = token("scj.staff", Set.of("agency"), List.of(city), "SUBTREE", agency);

        given().header("Authorization", staff).get("/api/v1/reconsiderations/" + own).then().statusCode(200)
                .body("applicants[0].name", equalTo("王建国"))
                .body("applicants[0].idNumber", equalTo("1101**********002X"))
                .body("applicants[0].phone", equalTo("139****5678"))
                .body("applicants[0].address", equalTo("江苏省太仓市****"));
        given().get("/api/v1/reconsiderations/" + own).then().body("applicants[0].idNumber", equalTo("11010519491231002X"));
        given().header("Authorization", staff).get("/api/v1/reconsiderations/" + notOwn).then().statusCode(404);
        given().header("Authorization", staff).get("/api/v1/reconsiderations").then().body("items.id", contains((int) own));

        var suit = obj("organId", city, "court", "范围测试市人民法院", "courtCaseNumber", "(2026)苏0501行初" + System.nanoTime() % 100000 + "号",
                "instance", "FIRST", "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "原告甲")),
                "defendants", List.of(obj("respondentId", agency)), "actCategory", "ADMINISTRATIVE_PENALTY",
                "actDomain", "MARKET_REGULATION", "actDescription", "处罚决定", "claims", "撤销", "filedDate", "2026-03-02",
                "servedDate", "2026-03-04", "counselType", "LEGAL_ADVISER");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        given().header("Authorization", staff).contentType("application/json").body(suit).post("/api/v1/lawsuits").then()
                .statusCode(201).body("reportedDate", equalTo(today));
        var foreign = new java.util.HashMap<>(suit);
        foreign.put("courtCaseNumber", "(2026)苏0501行初" + (System.nanoTime() % 100000 + 1) + "号");
        foreign.put("defendants", List.of(obj("respondentId", countyAgency)));
        given().header("Authorization", staff).contentType("application/json").body(foreign).post("/api/v1/lawsuits").then()
                .statusCode(403).body("code", equalTo("AGENCY_NOT_DEFENDANT"));
    }

    @Test
    void writesAndReadsOfPersonalDataAreAuditedWithRequestIdAndChanges() {
        long id = receive(application(city, agency, "2026-03-02"));
        String clerk = token("zheng.clerk", Set.of("clerk"), List.of(city), "EXACT", null);
        String tag = given().header("Authorization", clerk).get("/api/v1/reconsiderations/" + id).then().extract().header("ETag");
        json().header("Authorization", clerk).header("If-Match", tag).header("X-Request-Id", "req-audit-test-1")
                .body(obj("date", "2026-03-04", "reason", "材料齐全")).post("/api/v1/reconsiderations/" + id + "/transitions/accept")
                .then().statusCode(200).header("X-Request-Id", "req-audit-test-1");
        String auditor = token("qian.auditor", Set.of("auditor"), List.of(city), "EXACT", null);
        given().header("Authorization", auditor).queryParam("caseId", id).queryParam("sort", "seq").get("/api/v1/audit").then().log().ifValidationFails()
                .statusCode(200)
                .body("items.operation", contains("RECEIVE", "READ_PERSONAL_DATA", "ACCEPT"))
                .body("items[1].username", equalTo("zheng.clerk"))
                .body("items[2].username", equalTo("zheng.clerk"))
                .body("items[2].roles", equalTo("clerk"))
                .body("items[2].reason", equalTo("材料齐全"))
                .body("items[2].requestId", equalTo("req-audit-test-1"))
                .body("items[2].clientAddress", notNullValue())
                .body("items[2].changes.state.before", equalTo("RECEIVED"))
                .body("items[2].changes.state.after", equalTo("ACCEPTED"))
                .body("items[2].changes.acceptedDate.after", equalTo("2026-03-04"));
        String csv = given().header("Authorization", auditor).queryParam("caseId", id).get("/api/v1/audit/export").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF记录编号,序号,"), csv.substring(0, 20));
        assertEquals(4, csv.split("\r\n").length, "a header and three records");
        // an auditor of another organ sees none of it
        given().header("Authorization", token("x.auditor", Set.of("auditor"), List.of(other), "EXACT", null))
                .queryParam("caseId", id).get("/api/v1/audit").then().body("totalItems", equalTo(0));
    }

    @Test
    void theChainVerifiesAndNamesTheFirstAlteredRecord() {
        receive(application(city, agency, "2026-03-02"));
        awaitSequenced();
        String auditor = token("chain.auditor", Set.of("auditor"), List.of(), "ALL", null);
        given().header("Authorization", auditor).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        long victim = given().header("Authorization", auditor).queryParam("size", 1).get("/api/v1/audit").then()
                .extract().jsonPath().getLong("items[0].seq") - 1;
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT username FROM audit_record WHERE seq = ?1").setParameter(1, victim).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE audit_record SET username = 'mallory' WHERE seq = ?1")
                .setParameter(1, victim).executeUpdate());
        try {
            given().header("Authorization", auditor).get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) victim));
            given().header("Authorization", auditor).queryParam("fromSeq", victim + 1).get("/api/v1/audit/verify").then()
                    .body("intact", equalTo(true));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE audit_record SET username = ?2 WHERE seq = ?1")
                    .setParameter(1, victim).setParameter(2, original).executeUpdate());
        }
        given().header("Authorization", auditor).get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void aWriteWithoutAnAuditRecordIsImpossible() {
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Organ o = new Organ();
            o.code = "unaudited" + System.nanoTime();
            o.name = "未经审计的机关";
            o.shortName = "未审计";
            o.level = OrganLevel.COUNTY;
            o.caseNumberPattern = "未〔{year}〕{seq}号";
            o.createdAt = Instant.now();
            o.updatedAt = o.createdAt;
            o.persist();
        }));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Organ.count("name", "未经审计的机关")));
    }
}
