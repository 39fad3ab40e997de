package cn.fuyi.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.support.DefaultCaller;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the served OpenAPI document (which a contract test keeps equal to openapi/openapi.yaml)
 * and checks it against the security decision recorded here: 401 without a token unless public, 403 for each role
 * that must not use it. An operation without a decision in this table fails the build.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Set<String> PUBLIC = Set.of();
    private static final Set<String> EVERY_ROLE = Set.of(Roles.ALL);
    private static final Set<String> CASEWORK = Set.of(Roles.CLERK, Roles.REVIEWER);
    private static final Set<String> CASEWORK_AND_AGENCY = Set.of(Roles.CLERK, Roles.REVIEWER, Roles.AGENCY);
    private static final Set<String> REVIEWER = Set.of(Roles.REVIEWER);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final Set<String> AUDITOR = Set.of(Roles.AUDITOR);
    private static final Set<String> STATISTICS = Set.of(Roles.STATISTICIAN, Roles.REVIEWER);

    /** operationId → roles allowed; {@link #PUBLIC} for operations open without a token. */
    static final Map<String, Set<String>> DECISIONS = new HashMap<>();
    static {
        for (String op : List.of("StatisticsResource_report", "StatisticsResource_breakdown",
                "StatisticsResource_reconciliation", "StatisticsResource_reportText", "LitigationStatisticsResource_report",
                "LitigationStatisticsResource_breakdown", "LitigationStatisticsResource_agencies", "LitigationStatisticsResource_reportText")) {
            DECISIONS.put(op, STATISTICS);
        }
        for (String op : List.of("StatisticsResource_cases", "LitigationStatisticsResource_cases", "FrozenReportResource_freeze", "FrozenReportResource_list",
                "FrozenReportResource_get", "FrozenReportResource_differences", "FrozenReportResource_cases", "FrozenReportResource_reportText",
                "SubmissionResource_submit", "SubmissionResource_list", "SubmissionResource_owed", "SubmissionResource_get", "SubmissionResource_rollUp",
                "SubmissionResource_deadlines")) {
            DECISIONS.put(op, STATISTICS);
        }
        // the parent organ's decisions on its subordinates' reports, and when they are due, are the reviewer's
        for (String op : List.of("SubmissionResource_returnSubmission", "SubmissionResource_accept", "SubmissionResource_setDeadline")) {
            DECISIONS.put(op, REVIEWER);
        }
        DECISIONS.put("CaseListExportResource_export", Set.of(Roles.CLERK, Roles.REVIEWER, Roles.STATISTICIAN));
        // the reconsideration aggregates: their state for those who read or check figures, reconciliation for those
        // who answer for them, the rebuild (a recount of the whole database) for the administrator
        DECISIONS.put("ReconsiderationAggregatesResource_status", Set.of(Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN));
        DECISIONS.put("ReconsiderationAggregatesResource_rebuild", ADMIN);
        for (String op : List.of("ReconsiderationAggregatesResource_reconcile", "ReconsiderationAggregatesResource_list",
                "ReconsiderationAggregatesResource_get")) {
            DECISIONS.put(op, Set.of(Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR));
        }
        for (String op : List.of("CodeListResource_all", "CodeListResource_one", "CalendarResource_days",
                "CalendarResource_period", "CalendarResource_years", "CalendarResource_year", "StatisticsResource_definitions")) {
            DECISIONS.put(op, PUBLIC);
        }
        for (String op : List.of("CodeListResource_add", "CodeListResource_update", "CalendarResource_replace",
                "OrganResource_create", "OrganResource_update", "RespondentResource_create", "RespondentResource_update")) {
            DECISIONS.put(op, ADMIN);
        }
        for (String op : List.of("OrganResource_list", "OrganResource_get", "RespondentResource_list", "RespondentResource_get")) {
            DECISIONS.put(op, EVERY_ROLE);
        }
        for (String op : List.of("AuditResource_query", "AuditResource_export", "AuditResource_verify", "FeedResource_read",
                "FeedResource_status")) {
            DECISIONS.put(op, AUDITOR);
        }
        for (String op : List.of("ReconsiderationResource_list", "ReconsiderationResource_get", "ReconsiderationResource_deadlines",
                "ReconsiderationResource_events", "ReconsiderationResource_transitions", "LawsuitResource_register",
                "LawsuitResource_list", "LawsuitResource_get", "LawsuitResource_deadlines", "LawsuitResource_events",
                "LawsuitResource_transitions", "LawsuitResource_recordReport", "RectificationResource_list",
                "RectificationResource_byAgency", "RectificationResource_get", "RectificationResource_progress")) {
            DECISIONS.put(op, CASEWORK_AND_AGENCY);
        }
        for (String op : List.of("DecisionResource_conclude", "ReviewResource_convertToOrdinary",
                "DecisionResource_dismiss", "DecisionResource_extend")) {
            DECISIONS.put(op, REVIEWER);
        }
        // mediation, settlement, carrying out decisions, copies to superiors: the organ's judgements (the agreement's
        // and the settlement's lawfulness, measures against non-performance) are the reviewer's, the rest casework
        for (String op : List.of("MediationResource_drawUpAgreement", "MediationResource_recordSettlement",
                "PerformanceResource_supervise")) {
            DECISIONS.put(op, REVIEWER);
        }
        for (String op : List.of("MediationResource_consent", "MediationResource_holdSession", "MediationResource_sign",
                "MediationResource_seal", "MediationResource_backOut", "MediationResource_end", "MediationResource_withdraw",
                "PerformanceResource_recordObligation", "PerformanceResource_setDue", "PerformanceResource_report",
                "OpinionLetterResource_recordReceipt", "OpinionLetterResource_copyToSuperior", "DecisionResource_copyToSuperior")) {
            DECISIONS.put(op, CASEWORK);
        }
        for (String op : List.of("ReconsiderationResource_receive", "ReconsiderationResource_update",
                "AcceptanceReviewResource_abandon", "AcceptanceReviewResource_accept", "OpinionLetterResource_answerOpinionLetter",
                "ReviewResource_assignClerk", "HearingResource_cancelHearing",
                "ReviewResource_chooseProcedure", "AcceptanceReviewResource_deemAccepted",
                "AcceptanceReviewResource_extendCorrectionPeriod", "AcceptanceReviewResource_complainToSuperior",
                "AcceptanceReviewResource_recordComplaintOutcome", "HearingResource_holdHearing",
                "OpinionLetterResource_issueOpinionLetter", "AcceptanceReviewResource_notAccept",
                "HearingResource_postponeHearing", "DecisionResource_publish",
                "AcceptanceReviewResource_receiveCorrection", "ReviewResource_receiveReply",
                "DecisionResource_recordNotPublished", "AcceptanceReviewResource_requestCorrection",
                "SuspensionResource_resume", "HearingResource_scheduleHearing", "ReviewResource_sendCopy",
                "DecisionResource_serve", "SuspensionResource_suspend", "SuspensionResource_startExcludedPeriod",
                "SuspensionResource_endExcludedPeriod", "LawsuitResource_proposal",
                "LawsuitResource_reporting", "LawsuitResource_update", "LawsuitResource_becomeFinal",
                "LawsuitResource_correctAttendance", "LawsuitResource_holdSession", "LawsuitResource_recordOutcome",
                "LawsuitResource_recordService", "LawsuitResource_submitDefence", "LawsuitResource_recordCourtExclusion", "RecommendationResource_receive",
                "RecommendationResource_list", "RecommendationResource_get", "RecommendationResource_answer",
                "RectificationResource_open", "RectificationResource_close")) {
            DECISIONS.put(op, CASEWORK);
        }
        // procedures beside the main path of review: normative documents, committee, parties' opinions, hearings, stays
        for (String op : List.of("NormativeDocumentResource_raiseNormativeDocumentReview", "NormativeDocumentResource_notifyDraftingOrgan",
                "NormativeDocumentResource_receiveDraftingOrganAnswer", "NormativeDocumentResource_forwardNormativeDocument",
                "CommitteeResource_refer", "CommitteeResource_recordOpinion", "CommitteeResource_recordAdoption",
                "PartyOpinionResource_hearPartyOpinion", "PartyOpinionResource_recordOpinionNotHeard",
                "HearingResource_recordHearingWaived")) {
            DECISIONS.put(op, CASEWORK);
        }
        for (String op : List.of("NormativeDocumentResource_recordNormativeDocumentResult", "StayResource_decideStayOfExecution")) {
            DECISIONS.put(op, REVIEWER);
        }
    }

    // the litigation aggregates: whole-deployment maintenance (rebuild: admin; reconciliations, which name lawsuits of
    // every organ: admin and auditor); where they stand is for whoever reads or checks the figures
    static {
        DECISIONS.put("LitigationAggregateResource_status", Set.of(Roles.ADMIN, Roles.AUDITOR, Roles.STATISTICIAN, Roles.REVIEWER));
        DECISIONS.put("LitigationAggregateResource_rebuild", ADMIN);
        // the statistics jobs: read by every role that may start one; each caller sees the kinds its roles may start
        for (String op : List.of("StatisticsJobResource_get", "StatisticsJobResource_list")) {
            DECISIONS.put(op, Set.of(Roles.ADMIN, Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR));
        }
        for (String op : List.of("LitigationAggregateResource_reconcile", "LitigationAggregateResource_reconciliations",
                "LitigationAggregateResource_reconciliation")) {
            DECISIONS.put(op, Set.of(Roles.ADMIN, Roles.AUDITOR));
        }
    }

    static {
        for (String r : List.of("CaseDocumentResource", "LawsuitDocumentResource")) {
            DECISIONS.put(r + "_upload", CASEWORK);
            DECISIONS.put(r + "_withdraw", CASEWORK);
            DECISIONS.put(r + "_list", CASEWORK_AND_AGENCY);
            DECISIONS.put(r + "_get", CASEWORK_AND_AGENCY);
            DECISIONS.put(r + "_content", CASEWORK_AND_AGENCY);
        }
        DECISIONS.put("DocumentOrphanResource_orphans", Set.of(Roles.AUDITOR, Roles.ADMIN));
        // ledger imports: a ledger carries decisions, so only the reviewer imports or cancels; clerks follow and read reports
        DECISIONS.put("ImportResource_start", REVIEWER);
        DECISIONS.put("ImportResource_cancel", REVIEWER);
        DECISIONS.put("ImportResource_get", CASEWORK);
        DECISIONS.put("ImportResource_report", CASEWORK);
        DECISIONS.put("ImportResource_template", CASEWORK);
    }

    // formal documents from templates: generated by case workers; templates read by case workers and administrators,
    // replaced by the organ's reviewers and administrators; number patterns set by administrators
    static {
        Set<String> templateReaders = Set.of(Roles.CLERK, Roles.REVIEWER, Roles.ADMIN);
        DECISIONS.put("GeneratedDocumentResource_generate", CASEWORK);
        for (String op : List.of("DocumentTemplateResource_list", "DocumentTemplateResource_builtIn", "OrganTemplateResource_current",
                "OrganTemplateResource_versions", "OrganTemplateResource_version", "DocumentNumberPatternResource_list")) {
            DECISIONS.put(op, templateReaders);
        }
        DECISIONS.put("OrganTemplateResource_upload", Set.of(Roles.REVIEWER, Roles.ADMIN));
        DECISIONS.put("DocumentNumberPatternResource_set", ADMIN);
    }

    static {
        // the case file's registers: casework writes; agency staff read their own cases' evidence and service (masked)
        for (String op : List.of("EvidenceResource_submit", "EvidenceResource_review", "InvestigationResource_record",
                "InvestigationResource_list", "InvestigationResource_get", "InspectionResource_request", "InspectionResource_list",
                "InspectionResource_get", "InspectionResource_decide", "InspectionResource_provide", "ServiceRecordResource_record",
                "ServiceRecordResource_deliver")) {
            DECISIONS.put(op, CASEWORK);
        }
        for (String op : List.of("EvidenceResource_list", "EvidenceResource_get", "ServiceRecordResource_list",
                "ServiceRecordResource_get")) {
            DECISIONS.put(op, CASEWORK_AND_AGENCY);
        }
    }

    // reminders: each person's own inbox and preferences; the stored deliveries for reviewers and auditors
    static {
        for (String op : List.of("InboxResource_list", "InboxResource_unreadCount", "InboxResource_markRead",
                "ReminderPreferenceResource_get", "ReminderPreferenceResource_put")) {
            DECISIONS.put(op, CASEWORK);
        }
        DECISIONS.put("ReminderRecordResource_list", Set.of(Roles.REVIEWER, Roles.AUDITOR));
    }

    record Operation(String id, String method, String path, boolean multipart) {
    }

    private static List<Operation> operations() throws Exception {
        String doc = given().header(DefaultCaller.ANONYMOUS, "1").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(doc).get("paths");
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (m.getValue().has("operationId")) {
                    JsonNode body = m.getValue().path("requestBody").path("content");
                    ops.add(new Operation(m.getValue().get("operationId").asText(), m.getKey().toUpperCase(), p.getKey(),
                            body.has("multipart/form-data")));
                }
            }
        }
        return ops;
    }

    private static Response call(Operation op, RequestSpecification spec) {
        String path = op.path().replaceAll("\\{year}", "2026").replaceAll("\\{name}", "DOMAIN")
                .replaceAll("\\{code}", "OTHER").replaceAll("\\{[^}]+}", "1");
        // each operation gets a body of the type it consumes, so that content negotiation (415) does not answer first
        RequestSpecification s = op.multipart()
                ? spec.multiPart("file", "matrix.pdf", "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .multiPart("kind", "OTHER")
                : spec.contentType("application/json").body("{}");
        return switch (op.method()) {
            case "GET" -> s.get(path);
            case "POST" -> s.post(path);
            case "PUT" -> s.put(path);
            case "DELETE" -> s.delete(path);
            default -> throw new IllegalStateException(op.method());
        };
    }

    @Test
    void everyOperationHasASecurityDecision() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Operation op : operations()) {
            if (!DECISIONS.containsKey(op.id())) {
                missing.add(op.id());
            }
        }
        assertTrue(missing.isEmpty(), "operations without a security decision in SecurityMatrixTest: " + missing);
        assertTrue(operations().size() >= DECISIONS.size() - 5, "the table names operations that no longer exist");
    }

    @Test
    void withoutATokenOnlyPublicOperationsAnswer() throws Exception {
        for (Operation op : operations()) {
            Response r = call(op, given().header(DefaultCaller.ANONYMOUS, "1"));
            if (DECISIONS.get(op.id()) == PUBLIC) {
                assertNotEquals(401, r.statusCode(), op.id() + " should be public");
                assertNotEquals(403, r.statusCode(), op.id() + " should be public");
            } else {
                assertEquals(401, r.statusCode(), op.id() + " without a token");
                assertEquals("UNAUTHENTICATED", r.jsonPath().getString("code"), op.id());
            }
        }
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotDo() throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, Tokens.bearer(Tokens.of("matrix." + role, "矩阵" + role, Set.of(role), List.of(1L), "SUBTREE",
                    Roles.AGENCY.equals(role) ? 1L : null)));
        }
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Set<String> allowed = DECISIONS.get(op.id());
            for (String role : Roles.ALL) {
                int status = call(op, given().header("Authorization", tokens.get(role))).statusCode();
                boolean mayUse = allowed == PUBLIC || allowed.contains(role);
                if (!mayUse && status != 403) {
                    wrong.add(op.id() + " as " + role + " gave " + status + " instead of 403");
                }
                if (mayUse && (status == 401 || status == 403)) {
                    wrong.add(op.id() + " as " + role + " gave " + status + " but the role may use it");
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String forged = io.smallrye.jwt.build.Jwt.issuer(TokenIssuer.ISSUER).upn("mallory").groups(Set.of("clerk", "reviewer"))
                .claim(Claims.ORGAN_SCOPE, "ALL").sign(g.generateKeyPair().getPrivate());
        given().header("Authorization", Tokens.bearer(forged)).get("/api/v1/reconsiderations").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/reconsiderations").then().statusCode(401);
    }
}
