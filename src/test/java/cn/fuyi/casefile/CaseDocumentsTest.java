package cn.fuyi.casefile;

import static cn.fuyi.casefile.Documents.download;
import static cn.fuyi.casefile.Documents.file;
import static cn.fuyi.casefile.Documents.sha256;
import static cn.fuyi.casefile.Documents.upload;
import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.casefile.storage.DocumentStorage;
import cn.fuyi.casefile.storage.LocalFolderStorage;
import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A case file's documents through the REST API, stored in the local folder (the test default). */
@QuarkusTest
class CaseDocumentsTest {

    private static final String CASES = "reconsiderations";

    @Inject
    DocumentStorage storage;

    long organ;
    long respondent;
    long caseId;

    @BeforeEach
    void aCase() {
        organ = createOrgan(Api.unique("材料测试市人民政府"), "材复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, Api.unique("材料测试市市场监督管理局"), "GOVERNMENT_DEPARTMENT");
        caseId = receive(application(organ, respondent, "2026-03-02"));
    }

    @Test
    void applicationReplyAndEvidenceAreUploadedListedDownloadedAndOneWithdrawn() {
        byte[] form = file("pdf", 300_000, 1);
        byte[] reply = file("docx", 50_000, 2);
        byte[] photo = file("jpg", 80_000, 3);
        byte[] scan = file("png", 1_500_000, 4);

        Response r = upload(CASES, caseId, "行政复议申请书.pdf", form, "APPLICATION", "王建国");
        r.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("kind", equalTo("APPLICATION"))
                .body("kindLabel", equalTo("行政复议申请书")).body("sha256", equalTo(sha256(form)))
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(form.length))
                .body("receivedDate", equalTo("2026-03-02")).body("pageCount", equalTo(3)).body("state", equalTo("ACTIVE"));
        long formId = r.jsonPath().getLong("id");
        assertTrue(r.header("Location").endsWith("/api/v1/reconsiderations/" + caseId + "/documents/" + formId));
        long replyId = upload(CASES, caseId, "答复书.docx", reply, "REPLY", "市场监督管理局").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long photoId = upload(CASES, caseId, "现场照片.jpg", photo, "EVIDENCE", "王建国").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long scanId = upload(CASES, caseId, "票据  扫描件.png", scan, "EVIDENCE", "王建国").then().statusCode(201)
                .body("fileName", equalTo("票据 扫描件.png")).extract().jsonPath().getLong("id");

        given().get("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.kind", contains("APPLICATION", "REPLY", "EVIDENCE", "EVIDENCE"))
                .body("items.submittedBy", contains("王建国", "市场监督管理局", "王建国", "王建国"));

        for (Object[] d : new Object[][] { { formId, form }, { replyId, reply }, { photoId, photo }, { scanId, scan } }) {
            byte[] got = download(CASES, caseId, (long) d[0]);
            assertEquals(sha256((byte[]) d[1]), sha256(got));
            assertArrayEquals((byte[]) d[1], got);
        }
        given().get("/api/v1/reconsiderations/" + caseId + "/documents/" + formId + "/content").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"_______.pdf\"; "
                        + "filename*=UTF-8''%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf"));

        json().body(obj("reason", "申请人撤回该证据")).post("/api/v1/reconsiderations/" + caseId + "/documents/" + photoId + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("申请人撤回该证据"))
                .header("ETag", equalTo("\"1\""));
        json().body(obj("reason", "再次")).post("/api/v1/reconsiderations/" + caseId + "/documents/" + photoId + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("DOCUMENT_ALREADY_WITHDRAWN"));
        given().get("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.id", contains((int) formId, (int) replyId, (int) scanId));
        given().queryParam("includeWithdrawn", true).get("/api/v1/reconsiderations/" + caseId + "/documents").then()
                .statusCode(200).body("totalItems", equalTo(4)).body("items[2].state", equalTo("WITHDRAWN"));
        // withdrawn stays in the file's history, content included
        assertArrayEquals(photo, download(CASES, caseId, photoId));

        String auditor = Tokens.bearer(Tokens.of("doc.auditor", "审计", Set.of("auditor"), List.of(organ), "EXACT", null));
        given().header("Authorization", auditor).queryParam("subjectType", "DOCUMENT").queryParam("subjectId", photoId)
                .queryParam("sort", "seq").get("/api/v1/audit").then().statusCode(200)
                .body("items.operation", contains("UPLOAD", "READ_PERSONAL_DATA", "WITHDRAW", "READ_PERSONAL_DATA"))
                .body("items[0].changes.sha256.after", equalTo(sha256(photo)))
                .body("items[2].changes.sha256", equalTo(sha256(photo)))
                .body("items[2].reason", equalTo("申请人撤回该证据"));
    }

    @Test
    void agencyStaffSeeTheirCasesDocumentsWithoutPersonalDataAndCannotUpload() {
        byte[] form = file("pdf", 1000, 11);
        long id = upload(CASES, caseId, "申请书.pdf", form, "APPLICATION", "王建国").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String agency = Tokens.bearer(Tokens.of("doc.agency", "机关", Set.of("agency"), List.of(organ), "EXACT", respondent));
        given().header("Authorization", agency).get("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(200)
                .body("items[0].submittedBy", equalTo("王**")).body("items[0].uploadedBy", equalTo(null));
        assertArrayEquals(form, given().header("Authorization", agency)
                .get("/api/v1/reconsiderations/" + caseId + "/documents/" + id + "/content").then().statusCode(200)
                .extract().asByteArray());
        upload(given().header("Authorization", agency), CASES, caseId, "补充.pdf", file("pdf", 1000, 12), "EVIDENCE", "x")
                .then().statusCode(403);

        long otherOrgan = createOrgan(Api.unique("另一材料市人民政府"), "另材复〔{year}〕{seq}号", null);
        String stranger = Tokens.bearer(Tokens.role("clerk", otherOrgan));
        given().header("Authorization", stranger).get("/api/v1/reconsiderations/" + caseId + "/documents/" + id + "/content")
                .then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        upload(given().header("Authorization", stranger), CASES, caseId, "x.pdf", file("pdf", 1000, 13), "EVIDENCE", null)
                .then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
    }

    @Test
    void badUploadsAreRefusedWithProblems() {
        upload(CASES, caseId, "大.pdf", file("pdf", 2 * 1024 * 1024 + 1, 21), "EVIDENCE", null).then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("DOCUMENT_TOO_LARGE"))
                .body("detail", containsString("2097153"));
        upload(CASES, caseId, "程序.exe", file("exe", 1000, 22), "EVIDENCE", null).then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED"));
        // the bytes of a PNG under a PDF's name
        upload(CASES, caseId, "伪装.pdf", file("png", 1000, 23), "EVIDENCE", null).then().statusCode(415)
                .body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED"));
        upload(CASES, caseId, "a.pdf", file("pdf", 1000, 24), "WEDDING_PHOTO", null).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("DOCUMENT_KIND_UNKNOWN"));
        upload(CASES, caseId, "a.pdf", file("pdf", 1000, 25), null, null).then().statusCode(400)
                .body("code", equalTo("DOCUMENT_KIND_REQUIRED"));
        given().multiPart("file", "a.pdf", file("pdf", 1000, 26)).multiPart("kind", "EVIDENCE").multiPart("receivedDate", "2026-02-30")
                .post("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(400)
                .body("code", equalTo("DOCUMENT_FIELD_INVALID"));
        given().multiPart("kind", "EVIDENCE").post("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(400)
                .body("code", equalTo("DOCUMENT_FILE_REQUIRED"));
        upload(CASES, 999_999_999L, "a.pdf", file("pdf", 1000, 27), "EVIDENCE", null).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Accept-Language", "en").get("/api/v1/reconsiderations/" + caseId + "/documents/999999999").then()
                .statusCode(404).body("code", equalTo("DOCUMENT_NOT_FOUND")).body("title", equalTo("Document not found"));
        given().get("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aFailedUploadLeavesNoStoredObject() throws IOException {
        byte[] content = file("pdf", 5000, 31);
        upload(CASES, caseId, "证据一.pdf", content, "EVIDENCE", null).then().log().ifValidationFails().statusCode(201);
        long before = storedObjects();
        // the duplicate is found only once the content is stored and hashed; its transaction rolls back
        upload(CASES, caseId, "证据一副本.pdf", content, "EVIDENCE", null).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("DOCUMENT_DUPLICATE"));
        assertEquals(before, storedObjects());
        given().get("/api/v1/reconsiderations/" + caseId + "/documents").then().body("totalItems", equalTo(1));
    }

    @Test
    void theOrphanCheckReportsMissingAndStrayObjects() throws IOException {
        DocumentStorage actual = io.quarkus.arc.ClientProxy.unwrap(storage);
        assertTrue(actual instanceof LocalFolderStorage, "tests store in the local folder");
        Path root = ((LocalFolderStorage) actual).root();
        byte[] content = file("pdf", 4000, System.nanoTime());
        long id = upload(CASES, caseId, "将丢失.pdf", content, "EVIDENCE", null).then().statusCode(201).extract().jsonPath().getLong("id");
        String auditor = Tokens.bearer(Tokens.of("doc.auditor", "审计", Set.of("auditor"), List.of(organ), "EXACT", null));

        Path stored = find(root, sha256(content));
        Path aside = Files.move(stored, stored.resolveSibling("aside.tmp"));
        String stray = UUID.randomUUID().toString();
        Path strayFile = Files.createDirectories(root.resolve(stray.substring(0, 2))).resolve(stray);
        Files.write(strayFile, new byte[] { 1, 2, 3 });
        try {
            given().header("Authorization", auditor).queryParam("minAgeMinutes", 0).get("/api/v1/documents/orphans").then()
                    .statusCode(200).body("storage", equalTo("local"))
                    .body("rowsWithoutObject.findAll { it.documentId == " + id + " }.size()", equalTo(1))
                    .body("objectsWithoutRow.findAll { it.storageKey == '" + stray + "' }.size()", equalTo(1));
            // an upload under way is not an orphan: young objects are left out by default
            given().header("Authorization", auditor).get("/api/v1/documents/orphans").then().statusCode(200)
                    .body("objectsWithoutRow.findAll { it.storageKey == '" + stray + "' }.size()", equalTo(0));
            given().get("/api/v1/reconsiderations/" + caseId + "/documents/" + id + "/content").then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("DOCUMENT_CONTENT_MISSING"));
        } finally {
            Files.move(aside, stored);
            Files.delete(strayFile);
        }
        given().header("Authorization", auditor).queryParam("minAgeMinutes", 0).get("/api/v1/documents/orphans").then()
                .statusCode(200).body("rowsWithoutObject.findAll { it.documentId == " + id + " }.size()", equalTo(0));
        given().header("Authorization", Tokens.bearer(Tokens.role("clerk", organ))).get("/api/v1/documents/orphans").then()
                .statusCode(403);
    }

    @Test
    void aLawsuitsJudgmentIsUploadedAndDownloaded() {
        long lawsuit = cn.fuyi.support.LawsuitWalk.register(organ, "太仓市人民法院", "（2026）苏0585行初" + (System.nanoTime() % 100_000) + "号", "FIRST",
                null, "2026-03-10", "PUBLIC_LAWYER", List.of(obj("respondentId", respondent))).id;
        byte[] judgment = file("pdf", 20_000, 51);
        long id = upload("lawsuits", lawsuit, "一审判决书.pdf", judgment, "JUDGMENT", "太仓市人民法院").then().statusCode(201)
                .body("ownerType", equalTo("LAWSUIT")).extract().jsonPath().getLong("id");
        assertArrayEquals(judgment, download("lawsuits", lawsuit, id));
        given().get("/api/v1/reconsiderations/" + caseId + "/documents/" + id).then().statusCode(404)
                .body("code", equalTo("DOCUMENT_NOT_FOUND"));
        given().get("/api/v1/lawsuits/" + lawsuit + "/documents").then().statusCode(200).body("totalItems", equalTo(1));
    }

    private long storedObjects() throws IOException {
        long[] n = { 0 };
        storage.list(o -> n[0]++);
        return n[0];
    }

    private static Path find(Path root, String sha) throws IOException {
        try (var files = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p) && sha.equals(sha256(Files.readAllBytes(p)))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no stored object with SHA-256 " + sha);
    }
}
