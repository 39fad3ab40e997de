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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.fuyi.casefile.storage.DocumentStorage;
import cn.fuyi.casefile.storage.S3Storage;
import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The same case file on S3 storage, against s3proxy speaking the S3 protocol over HTTP. */
@QuarkusTest
@TestProfile(S3DocumentsTest.OnS3.class)
class S3DocumentsTest {

    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ProxyResource.class));
        }
    }

    private static final String CASES = "reconsiderations";

    @Inject
    DocumentStorage storage;

    @Test
    void aCaseFileIsStoredOnS3ByteForByteAndAFailedUploadLeavesNoObject() throws IOException {
        assertTrue(ClientProxy.unwrap(storage) instanceof S3Storage, "this profile stores on S3");
        long organ = createOrgan(Api.unique("对象存储测试市人民政府"), "存复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, Api.unique("对象存储测试市公安局"), "GOVERNMENT_DEPARTMENT");
        long caseId = receive(application(organ, respondent, "2026-03-02"));
        // the bucket is shared with the other tests of this profile (a generated document may be there already)
        long initial = objects();

        Map<String, byte[]> files = Map.of("APPLICATION", file("pdf", 700_000, 61), "REPLY", file("docx", 60_000, 62),
                "EVIDENCE", file("jpg", 90_000, 63));
        long formId = upload(CASES, caseId, "申请书.pdf", files.get("APPLICATION"), "APPLICATION", "李四").then().statusCode(201)
                .body("sha256", equalTo(sha256(files.get("APPLICATION")))).extract().jsonPath().getLong("id");
        long replyId = upload(CASES, caseId, "答复书.docx", files.get("REPLY"), "REPLY", "公安局").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long photoId = upload(CASES, caseId, "照片.jpg", files.get("EVIDENCE"), "EVIDENCE", "李四").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        byte[] second = file("png", 1_200_000, 64);
        long scanId = upload(CASES, caseId, "扫描.png", second, "EVIDENCE", "李四").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertArrayEquals(files.get("APPLICATION"), download(CASES, caseId, formId));
        assertArrayEquals(files.get("REPLY"), download(CASES, caseId, replyId));
        assertArrayEquals(files.get("EVIDENCE"), download(CASES, caseId, photoId));
        assertEquals(sha256(second), sha256(download(CASES, caseId, scanId)));

        json().body(obj("reason", "重复提交")).post("/api/v1/reconsiderations/" + caseId + "/documents/" + scanId + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        given().get("/api/v1/reconsiderations/" + caseId + "/documents").then().statusCode(200)
                .body("items.id", contains((int) formId, (int) replyId, (int) photoId));

        long before = objects();
        upload(CASES, caseId, "同一答复书.docx", files.get("REPLY"), "REPLY", null).then().statusCode(409)
                .body("code", equalTo("DOCUMENT_DUPLICATE"));
        assertEquals(before, objects());
        assertEquals(initial + 4, before);

        String auditor = Tokens.bearer(Tokens.of("s3.auditor", "审计", Set.of("auditor"), List.of(organ), "EXACT", null));
        given().header("Authorization", auditor).queryParam("minAgeMinutes", 0).get("/api/v1/documents/orphans").then()
                .statusCode(200).body("storage", equalTo("s3")).body("objects", equalTo((int) (initial + 4)))
                .body("rowsWithoutObject", empty()).body("objectsWithoutRow", empty());
    }


    @Test
    void aGeneratedDocumentIsStoredOnS3LikeAnUpload() throws IOException {
        assertTrue(ClientProxy.unwrap(storage) instanceof S3Storage, "this profile stores on S3");
        long organ = createOrgan(Api.unique("对象存储文书市人民政府"), "存复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, Api.unique("对象存储文书市公安局"), "GOVERNMENT_DEPARTMENT");
        long caseId = receive(application(organ, respondent, "2026-03-02"));
        cn.fuyi.support.Api.ok(caseId, "accept", "date", "2026-03-04");
        long before = objects();
        io.restassured.response.Response r = json().body(obj("kind", "ACCEPTANCE_NOTICE", "date", "2026-03-04"))
                .post("/api/v1/reconsiderations/" + caseId + "/generated-documents");
        r.then().statusCode(201).body("documentNumber", equalTo("对政复受字〔2026〕1号"));
        assertEquals(before + 1, objects());
        byte[] docx = download(CASES, caseId, r.jsonPath().getLong("id"));
        assertEquals(r.jsonPath().getString("sha256"), sha256(docx));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("对政复受字〔2026〕1号"), text.getText());
        }
    }
    private long objects() throws IOException {
        long[] n = { 0 };
        storage.list(o -> n[0]++);
        return n[0];
    }
}
