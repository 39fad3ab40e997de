package cn.fuyi.reconsideration.mediation;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.deadline;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Mediation (调解, ARL 5, 73) and settlement (和解, ARL 74) walked through the REST API: consent, suspension under ARL 39
 * ¶1 (六), the agreement and its signatures, backing out, the settlement, the withdrawal and the termination, and the
 * warning on an application repeating a withdrawn one.
 */
@QuarkusTest
class MediationTest {

    static final String MARKET = "太仓市市场监督管理局";

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("太仓市人民政府", "太政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, MARKET, "GOVERNMENT_DEPARTMENT");
    }

    /** A case accepted and under ordinary review from {@code date}. */
    long inReview(String date, Object... extra) {
        long id = receive(application(organ, respondent, date, extra));
        ok(id, "accept", "date", date);
        ok(id, "choose-procedure", "date", date, "procedure", "ORDINARY");
        return id;
    }

    void consentBoth(long id, String kind, String date) {
        ok(id, "consent-to-mediation", "kind", kind, "side", "APPLICANT", "date", date);
        ok(id, "consent-to-mediation", "kind", kind, "side", "RESPONDENT", "date", date);
    }

    void drawUp(long id, String date) {
        ok(id, "draw-up-mediation-agreement", "date", date, "documentNumber", "太政复调〔2026〕1号",
                "content", "被申请人将罚款由五千元变更为三千元，申请人放弃其他复议请求", "lawful", true);
    }

    @Test
    void aMediationAgreementTakesEffectOnlyOnceEveryPartySignedAndTheOrganSealedIt_ARL73() {
        long id = inReview("2026-03-02");
        ok(id, "consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2026-03-05")
                .body("mediations[0].status", equalTo("CONSENTING"))
                .body("mediations[0].article", equalTo("ARL 5, 73"));
        // voluntary (ARL 5 ¶2): nothing is mediated before the respondent consents too
        step(id, "hold-mediation-session", obj("date", "2026-03-06", "place", "调解室", "mediator", "陈调解", "attendees", List.of("王建国")))
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("MEDIATION_NOT_IN_STATUS"));
        ok(id, "consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-03-06")
                .body("mediations[0].status", equalTo("IN_PROGRESS"))
                .body("mediations[0].startedDate", equalTo("2026-03-06"));
        ok(id, "hold-mediation-session", "date", "2026-03-10", "place", "太仓市司法局调解室", "mediator", "陈调解",
                "attendees", List.of("王建国", "市场监管局法制科 周敏"), "summary", "双方就罚款数额交换意见")
                .body("mediations[0].sessions[0].mediator", equalTo("陈调解"))
                .body("mediations[0].sessions[0].attendees", contains("王建国", "市场监管局法制科 周敏"));

        // ARL 5 ¶2: the reviewer confirms the content is lawful before the organ makes the agreement
        step(id, "draw-up-mediation-agreement", obj("date", "2026-03-12", "content", "罚款减半", "lawful", false))
                .then().statusCode(422).body("code", equalTo("MEDIATION_CONTENT_NOT_LAWFUL")).body("detail", containsString("ARL 5"));
        drawUp(id, "2026-03-12");
        given().get("/api/v1/reconsiderations/" + id).then()
                .body("mediations[0].status", equalTo("AGREEMENT_DRAWN"))
                .body("mediations[0].approvedBy", equalTo("孙明"))
                .body("mediations[0].awaitingSignatures", contains("APPLICANT|王建国", "RESPONDENT|" + MARKET));
        step(id, "conclude", obj("date", "2026-03-13", "decisionType", "MEDIATION")).then().statusCode(422)
                .body("code", equalTo("MEDIATION_AGREEMENT_NOT_EFFECTIVE"));

        ok(id, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-03-13")
                .body("mediations[0].signatures[0].partyName", equalTo("王建国"))
                .body("mediations[0].awaitingSignatures", contains("RESPONDENT|" + MARKET));
        step(id, "sign-mediation-agreement", obj("side", "APPLICANT", "date", "2026-03-14")).then().statusCode(409)
                .body("code", equalTo("ALREADY_SIGNED"));
        ok(id, "seal-mediation-agreement", "date", "2026-03-16").body("mediations[0].status", equalTo("AGREEMENT_DRAWN"))
                .body("mediations[0].sealedDate", equalTo("2026-03-16"));
        // the respondent signs after the seal: the agreement takes effect on that later day
        ok(id, "sign-mediation-agreement", "side", "RESPONDENT", "date", "2026-03-18", "signedBy", "法制科 周敏")
                .body("mediations[0].status", equalTo("EFFECTIVE"))
                .body("mediations[0].effectiveDate", equalTo("2026-03-18"))
                .body("obligations[0].source", equalTo("MEDIATION_AGREEMENT"))
                .body("obligations[0].kind", equalTo("MEDIATION_TERMS"))
                .body("obligations[0].aroseDate", equalTo("2026-03-18"));

        step(id, "conclude", obj("date", "2026-03-18", "decisionType", "UPHOLD")).then().statusCode(422)
                .body("code", equalTo("MEDIATION_AGREEMENT_EFFECTIVE"));
        step(id, "conclude", obj("date", "2026-03-17", "decisionType", "MEDIATION")).then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE"));
        ok(id, "conclude", "date", "2026-03-18", "decisionType", "MEDIATION")
                .body("state", equalTo("CONCLUDED")).body("decisionType", equalTo("MEDIATION"));
        step(id, "back-out-of-mediation", obj("date", "2026-03-19", "side", "APPLICANT", "reason", "反悔")).then().statusCode(409)
                .body("code", equalTo("CASE_TRANSITION_NOT_ALLOWED"));
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("transition", contains("RECEIVE", "ACCEPT", "CHOOSE_PROCEDURE", "CONSENT_TO_MEDIATION", "CONSENT_TO_MEDIATION",
                        "HOLD_MEDIATION_SESSION", "DRAW_UP_MEDIATION_AGREEMENT", "SIGN_MEDIATION_AGREEMENT",
                        "SEAL_MEDIATION_AGREEMENT", "SIGN_MEDIATION_AGREEMENT", "CONCLUDE"))
                .body("find { it.transition == 'SIGN_MEDIATION_AGREEMENT' && it.details.effectiveDate != null }.details.effectiveDate",
                        equalTo("2026-03-18"));
    }

    @Test
    void thirdPartiesAreAmongThePartiesWhoMustSign_ARL73() {
        long id = inReview("2026-03-02", "thirdParties", List.of(obj("kind", "LEGAL_PERSON", "name", "太仓某某贸易有限公司")));
        consentBoth(id, "MEDIATION", "2026-03-04");
        drawUp(id, "2026-03-05");
        ok(id, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-03-09");
        ok(id, "sign-mediation-agreement", "side", "RESPONDENT", "date", "2026-03-09");
        ok(id, "seal-mediation-agreement", "date", "2026-03-12")
                .body("mediations[0].status", equalTo("AGREEMENT_DRAWN"))
                .body("mediations[0].awaitingSignatures", contains("THIRD_PARTY|太仓某某贸易有限公司"));
        step(id, "sign-mediation-agreement", obj("side", "THIRD_PARTY", "partyName", "另一家公司", "date", "2026-03-10"))
                .then().statusCode(400).body("errors[0].field", equalTo("partyName")).body("errors[0].code", equalTo("NOT_A_PARTY"));
        // signed before the seal: the seal is the later, so the agreement takes effect on the seal's day
        ok(id, "sign-mediation-agreement", "side", "THIRD_PARTY", "date", "2026-03-10")
                .body("mediations[0].status", equalTo("EFFECTIVE"))
                .body("mediations[0].effectiveDate", equalTo("2026-03-12"));
    }

    @Test
    void aSuspensionForMediationNeedsBothSidesConsentToItAndTheAgreementMayEndTheSuspendedCase_ARL39() {
        long id = inReview("2026-04-01");
        step(id, "suspend", obj("date", "2026-04-10", "ground", "MEDIATION_IN_PROGRESS")).then().statusCode(422)
                .body("code", equalTo("SUSPENSION_NEEDS_BOTH_CONSENTS"));
        ok(id, "consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2026-04-08", "toSuspend", true);
        ok(id, "consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-04-08");
        step(id, "suspend", obj("date", "2026-04-10", "ground", "MEDIATION_IN_PROGRESS")).then().statusCode(422)
                .body("code", equalTo("SUSPENSION_NEEDS_BOTH_CONSENTS"));
        given().header("Accept-Language", "en").contentType("application/json").header("If-Match", Api.etag(id))
                .body(obj("date", "2026-04-10", "ground", "MEDIATION_IN_PROGRESS"))
                .post("/api/v1/reconsiderations/" + id + "/transitions/suspend").then().statusCode(422)
                .body("detail", containsString("ARL 39"));
        // the respondent consents to the suspension a day later
        ok(id, "consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-04-09", "toSuspend", true)
                .body("mediations[0].respondentConsentDate", equalTo("2026-04-08"))
                .body("mediations[0].respondentSuspensionConsentDate", equalTo("2026-04-09"));
        step(id, "consent-to-mediation", obj("kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-04-09", "toSuspend", true))
                .then().statusCode(409).body("code", equalTo("ALREADY_CONSENTED"));
        step(id, "suspend", obj("date", "2026-04-08", "ground", "MEDIATION_IN_PROGRESS")).then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE"));
        ok(id, "suspend", "date", "2026-04-10", "ground", "MEDIATION_IN_PROGRESS").body("state", equalTo("SUSPENDED"));
        assertEquals("PAUSED", deadline(id, "DECISION", "2026-04-12").get("status"));

        ok(id, "hold-mediation-session", "date", "2026-04-15", "place", "调解室", "mediator", "陈调解", "attendees", List.of("王建国", "周敏"));
        drawUp(id, "2026-04-16");
        ok(id, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-04-17");
        ok(id, "sign-mediation-agreement", "side", "RESPONDENT", "date", "2026-04-17");
        ok(id, "seal-mediation-agreement", "date", "2026-04-20").body("mediations[0].effectiveDate", equalTo("2026-04-20"));
        step(id, "conclude", obj("date", "2026-04-20", "decisionType", "UPHOLD")).then().statusCode(422)
                .body("code", equalTo("ONLY_TERMINATION_WHILE_SUSPENDED"));
        ok(id, "conclude", "date", "2026-04-20", "decisionType", "MEDIATION").body("state", equalTo("CONCLUDED"));
        assertEquals("MET", deadline(id, "DECISION", "2026-04-21").get("status"));
    }

    @Test
    void aPartyBackingOutBeforeTheAgreementTakesEffectLeavesTheCaseToBeDecided_ARL73() {
        long id = inReview("2026-05-04");
        consentBoth(id, "MEDIATION", "2026-05-06");
        drawUp(id, "2026-05-08");
        ok(id, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-05-11");
        ok(id, "back-out-of-mediation", "date", "2026-05-12", "side", "RESPONDENT", "reason", "被申请人不同意变更罚款数额")
                .body("mediations[0].status", equalTo("BACKED_OUT"))
                .body("mediations[0].backedOutSide", equalTo("RESPONDENT"))
                .body("mediations[0].backedOutName", equalTo(MARKET))
                .body("mediations[0].endedDate", equalTo("2026-05-12"))
                .body("obligations", hasSize(0));
        step(id, "sign-mediation-agreement", obj("side", "RESPONDENT", "date", "2026-05-13")).then().statusCode(409)
                .body("code", equalTo("MEDIATION_NOT_IN_STATUS"));
        step(id, "conclude", obj("date", "2026-05-14", "decisionType", "MEDIATION")).then().statusCode(422)
                .body("code", equalTo("MEDIATION_AGREEMENT_NOT_EFFECTIVE"));
        ok(id, "hear-party-opinion", "date", "2026-05-13", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        ok(id, "conclude", "date", "2026-05-14", "decisionType", "UPHOLD").body("state", equalTo("CONCLUDED"));

        // once in effect, no party can back out
        long other = inReview("2026-05-04");
        consentBoth(other, "MEDIATION", "2026-05-06");
        drawUp(other, "2026-05-08");
        ok(other, "sign-mediation-agreement", "side", "APPLICANT", "date", "2026-05-11");
        ok(other, "sign-mediation-agreement", "side", "RESPONDENT", "date", "2026-05-11");
        ok(other, "seal-mediation-agreement", "date", "2026-05-11");
        step(other, "back-out-of-mediation", obj("date", "2026-05-12", "side", "APPLICANT", "reason", "反悔")).then()
                .statusCode(409).body("code", equalTo("AGREEMENT_ALREADY_EFFECTIVE"));
    }

    @Test
    void talksGoingOnEndBeforeTheOrganDecidesAndOnlyOneKindAtATime_ARL73() {
        long id = inReview("2026-06-01");
        step(id, "consent-to-mediation", obj("kind", "MEDIATION", "side", "THIRD_PARTY", "date", "2026-06-02")).then().statusCode(400)
                .body("errors[0].field", equalTo("side"));
        consentBoth(id, "MEDIATION", "2026-06-02");
        step(id, "consent-to-mediation", obj("kind", "SETTLEMENT", "side", "APPLICANT", "date", "2026-06-03")).then().statusCode(409)
                .body("code", equalTo("MEDIATION_OF_OTHER_KIND_OPEN"));
        step(id, "record-settlement", obj("date", "2026-06-03", "content", "和解", "lawful", true)).then().statusCode(409)
                .body("code", equalTo("MEDIATION_OF_OTHER_KIND_OPEN"));
        step(id, "conclude", obj("date", "2026-06-05", "decisionType", "UPHOLD")).then().statusCode(409)
                .body("code", equalTo("MEDIATION_OPEN"));
        step(id, "dismiss-application", obj("date", "2026-06-05", "reason", "不符合受理条件")).then().statusCode(409)
                .body("code", equalTo("MEDIATION_OPEN"));
        ok(id, "end-mediation", "date", "2026-06-08", "reason", "双方分歧较大，未达成协议")
                .body("mediations[0].status", equalTo("FAILED"))
                .body("mediations[0].endNote", equalTo("双方分歧较大，未达成协议"));
        step(id, "end-mediation", obj("date", "2026-06-08", "reason", "再次")).then().statusCode(409)
                .body("code", equalTo("NO_MEDIATION_OPEN"));
        ok(id, "hear-party-opinion", "date", "2026-06-09", "respondent", true, "method", "IN_PERSON", "summary", "被申请人坚持原处理意见");
        ok(id, "conclude", "date", "2026-06-10", "decisionType", "UPHOLD").body("state", equalTo("CONCLUDED"));
    }

    /** Written settlement, withdrawal, termination; returns the case number. */
    String settleAndTerminate(long id, String settled, String withdrawn, String terminated) {
        ok(id, "record-settlement", "date", settled, "content", "被申请人撤销处罚决定，申请人撤回复议申请", "lawful", true);
        ok(id, "withdraw-after-settlement", "date", withdrawn, "reason", "双方已和解");
        return ok(id, "conclude", "date", terminated, "decisionType", "TERMINATION", "terminationGround",
                "WITHDRAWN_AFTER_SETTLEMENT").extract().jsonPath().getString("caseNumber");
    }

    @Test
    void aSettlementEndsTheCaseThroughTheApplicantsWithdrawalAndTheTermination_ARL74() {
        long id = inReview("2026-05-04");
        step(id, "record-settlement", obj("date", "2026-05-10", "content", "罚款减半", "lawful", false)).then().statusCode(422)
                .body("code", equalTo("MEDIATION_CONTENT_NOT_LAWFUL")).body("detail", containsString("ARL 74"));
        step(id, "withdraw-after-settlement", obj("date", "2026-05-10")).then().statusCode(409)
                .body("code", equalTo("SETTLEMENT_NOT_RECORDED"));
        ok(id, "record-settlement", "date", "2026-05-10", "content", "被申请人撤销处罚决定，申请人撤回复议申请", "lawful", true)
                .body("mediations[0].kind", equalTo("SETTLEMENT"))
                .body("mediations[0].status", equalTo("SETTLED"))
                .body("mediations[0].applicantConsentDate", equalTo("2026-05-10"))
                .body("mediations[0].respondentConsentDate", equalTo("2026-05-10"))
                .body("mediations[0].approvedBy", equalTo("孙明"));
        step(id, "conclude", obj("date", "2026-05-11", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN_AFTER_SETTLEMENT"))
                .then().statusCode(422).body("code", equalTo("SETTLEMENT_WITHDRAWAL_NOT_RECORDED"));
        step(id, "withdraw-after-settlement", obj("date", "2026-05-09")).then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        ok(id, "withdraw-after-settlement", "date", "2026-05-12", "reason", "双方已和解")
                .body("mediations[0].status", equalTo("WITHDRAWN"))
                .body("mediations[0].withdrawalDate", equalTo("2026-05-12"));
        step(id, "conclude", obj("date", "2026-05-13", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN")).then()
                .statusCode(422).body("code", equalTo("SETTLEMENT_WITHDRAWAL_PENDING"));
        step(id, "consent-to-mediation", obj("kind", "MEDIATION", "side", "APPLICANT", "date", "2026-05-13")).then()
                .statusCode(409).body("code", equalTo("SETTLEMENT_WITHDRAWAL_PENDING"));
        step(id, "conclude", obj("date", "2026-05-11", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN_AFTER_SETTLEMENT"))
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE"));
        ok(id, "conclude", "date", "2026-05-13", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN_AFTER_SETTLEMENT")
                .body("state", equalTo("CONCLUDED"))
                .body("terminationGround", equalTo("WITHDRAWN_AFTER_SETTLEMENT"));
    }

    @Test
    void aNewApplicationOnTheSameActAfterAWithdrawalIsWarned_ARL74_Regulations2007Art38() {
        String document = "太市监罚〔2026〕15号";
        long settled = inReview("2026-03-02", "actDocumentNumber", document);
        String settledNumber = settleAndTerminate(settled, "2026-03-10", "2026-03-11", "2026-03-12");

        long again = receive(application(organ, respondent, "2026-04-01", "actDocumentNumber", document));
        given().get("/api/v1/reconsiderations/" + again).then().statusCode(200)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("SAME_FACTS_AFTER_SETTLEMENT"))
                .body("warnings[0].article", equalTo("ARL 74"))
                .body("warnings[0].relatedCaseId", equalTo((int) settled))
                .body("warnings[0].relatedCaseNumber", equalTo(settledNumber))
                .body("warnings[0].label", containsString("第七十四条第二款"));
        given().get("/api/v1/reconsiderations/" + again + "/events").then()
                .body("[0].details.repeatsWithdrawnCases", contains(settledNumber));
        // only a warning: the application goes on to the acceptance review like any other
        ok(again, "accept", "date", "2026-04-02");

        Map<String, Object> otherApplicant = application(organ, respondent, "2026-04-01", "actDocumentNumber", document,
                "applicants", List.of(obj("kind", "NATURAL_PERSON", "name", "李四", "idType", "RESIDENT_ID_CARD",
                        "idNumber", "110105198001010016")));
        for (long id : List.of(receive(application(organ, respondent, "2026-04-01", "actDocumentNumber", "太市监罚〔2026〕16号")),
                receive(otherApplicant), receive(application(organ, createRespondent(organ, "太仓市城管局", "GOVERNMENT_DEPARTMENT"),
                        "2026-04-01", "actDocumentNumber", document)))) {
            given().get("/api/v1/reconsiderations/" + id).then().body("warnings", hasSize(0));
        }

        // a plain withdrawal: the 2007 Regulations bar repeating it as well
        long withdrawn = inReview("2026-03-02", "actDocumentNumber", "太市监罚〔2026〕20号");
        ok(withdrawn, "conclude", "date", "2026-03-20", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN");
        long repeat = receive(application(organ, respondent, "2026-04-01", "actDocumentNumber", "太市监罚〔2026〕20号"));
        given().get("/api/v1/reconsiderations/" + repeat).then()
                .body("warnings.code", contains("SAME_FACTS_AFTER_WITHDRAWAL"))
                .body("warnings[0].article", equalTo("Regulations 2007 art. 38"));
        // an application received before the termination repeats nothing
        long earlier = receive(application(organ, respondent, "2026-03-05", "actDocumentNumber", "太市监罚〔2026〕20号"));
        given().get("/api/v1/reconsiderations/" + earlier).then().body("warnings", hasSize(0));
    }

    @Test
    void casesUnderThe2017LawAreMediatedOnlyOnTheRegulationsGrounds_Regulations2007Arts40And50() {
        long old = receive(application(organ, respondent, "2023-12-20", "actDate", "2023-11-01"));
        ok(old, "accept", "date", "2023-12-21");
        ok(old, "choose-procedure", "date", "2023-12-21", "procedure", "ORDINARY");
        step(old, "consent-to-mediation", obj("kind", "MEDIATION", "side", "APPLICANT", "date", "2023-12-22")).then()
                .statusCode(400).body("errors[0].field", equalTo("ground2017")).body("errors[0].code", equalTo("REQUIRED_FOR_2017_LAW"));
        step(old, "record-settlement", obj("date", "2023-12-22", "content", "和解", "lawful", true, "ground2017", "COMPENSATION"))
                .then().statusCode(422).body("code", equalTo("SETTLEMENT_ONLY_FOR_DISCRETION_2017"));
        ok(old, "consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2023-12-22", "ground2017", "COMPENSATION")
                .body("mediations[0].ground2017", equalTo("COMPENSATION"));

        long current = inReview("2026-03-02");
        step(current, "consent-to-mediation", obj("kind", "MEDIATION", "side", "APPLICANT", "date", "2026-03-03",
                "ground2017", "DISCRETION")).then().statusCode(400).body("errors[0].code", equalTo("ONLY_FOR_2017_LAW"));
        given().get("/api/v1/code-lists/MEDIATION_STATUS").then().statusCode(200)
                .body("codes.code", hasItems("CONSENTING", "EFFECTIVE", "BACKED_OUT"));
    }
}
