package cn.fuyi.casefile.template;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.Api;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** An organ's own templates: uploaded as versions, checked for unknown placeholders, and used for its documents. */
@QuarkusTest
class OrganTemplatesTest {

    long organ;
    String organName;
    long caseId;

    @BeforeEach
    void aCaseAccepted() {
        organName = Api.unique("模板测试市人民政府");
        organ = createOrgan(organName, "模复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, Api.unique("模板测试市公安局"), "GOVERNMENT_DEPARTMENT");
        caseId = receive(application(organ, respondent, "2026-03-02"));
        ok(caseId, "accept", "date", "2026-03-04");
    }

    private Response upload(String token, long organId, String kind, String fileName, byte[] content) {
        // browsers send the file name as UTF-8
        return given().config(io.restassured.RestAssured.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig()
                        .defaultCharset(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", Tokens.bearer(token)).multiPart("file", fileName, content,
                DocumentTemplateResource.DOCX).post("/api/v1/organs/" + organId + "/document-templates/" + kind + "/versions");
    }

    /**
     * A template as Word leaves it after editing: placeholders split over runs (one in 楷体 in the middle of a
     * sentence), in the body, a table, the header and the footer.
     */
    static byte[] splitTemplate(String heading) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(doc);
            XWPFParagraph title = doc.createParagraph();
            XWPFRun t = title.createRun();
            OfficialLayout.font(t, "黑体", 22);
            t.setText(heading);
            XWPFParagraph body = doc.createParagraph();
            run(body, "案号：$", "仿宋_GB2312");
            run(body, "{case", "楷体");
            run(body, "Number}，文号：${document", "仿宋_GB2312");
            run(body, "Number}。受理日期：${acceptedDate}", "仿宋_GB2312");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("申请人");
            XWPFParagraph cell = table.getRow(0).getCell(1).getParagraphs().get(0);
            run(cell, "${appl", "仿宋_GB2312");
            run(cell, "icants}", "仿宋_GB2312");
            XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            run(header, "${organ", "黑体");
            run(header, "Name}", "黑体");
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            run(footer, "第${", "仿宋_GB2312");
            run(footer, "caseNumber", "仿宋_GB2312");
            run(footer, "}卷", "仿宋_GB2312");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFParagraph p, String text, String font) {
        XWPFRun r = p.createRun();
        OfficialLayout.font(r, font, 16);
        r.setText(text);
    }

    @Test
    void anOrgansTemplateReplacesTheBuiltInOneAndKeepsEarlierVersions() throws IOException {
        String reviewer = Tokens.role("reviewer", organ);
        byte[] v1 = splitTemplate("受理通知（第一版）");
        byte[] v2 = splitTemplate("受理通知（第二版）");
        Response first = upload(reviewer, organ, "ACCEPTANCE_NOTICE", "受理通知书.docx", v1);
        first.then().statusCode(201).body("versionNo", equalTo(1)).body("fileName", equalTo("受理通知书.docx"));
        assertTrue(first.header("Location").endsWith("/api/v1/organs/" + organ + "/document-templates/ACCEPTANCE_NOTICE/versions/1"));
        upload(Tokens.bureauHead(), organ, "ACCEPTANCE_NOTICE", "v2.docx", v2).then().statusCode(201)
                .body("versionNo", equalTo(2));

        given().get("/api/v1/organs/" + organ + "/document-templates/ACCEPTANCE_NOTICE/versions").then().statusCode(200)
                .body("versionNo", contains(1, 2));
        assertArrayEquals(v1, given().get("/api/v1/organs/" + organ + "/document-templates/ACCEPTANCE_NOTICE/versions/1/content")
                .then().statusCode(200).extract().asByteArray());
        assertArrayEquals(v2, given().get("/api/v1/organs/" + organ + "/document-templates/ACCEPTANCE_NOTICE/content")
                .then().statusCode(200).extract().asByteArray());
        given().queryParam("organId", organ).get("/api/v1/document-templates").then().statusCode(200)
                .body("find { it.kind == 'ACCEPTANCE_NOTICE' }.organHasOwn", equalTo(true))
                .body("find { it.kind == 'ACCEPTANCE_NOTICE' }.organTemplate.versionNo", equalTo(2))
                .body("find { it.kind == 'REPLY_NOTICE' }.organHasOwn", equalTo(false))
                .body("find { it.kind == 'REPLY_NOTICE' }.numberPattern", equalTo("模政复答字〔{year}〕{seq}号"));

        Generated.Doc d = Generated.make(caseId, "ACCEPTANCE_NOTICE", "date", "2026-03-04");
        given().get("/api/v1/reconsiderations/" + caseId + "/documents/" + d.id()).then().statusCode(200)
                .body("templateVersion", equalTo(2));
        given().get("/api/v1/reconsiderations/" + caseId + "/documents/" + Generated.make(caseId, "REPLY_NOTICE").id()).then()
                .statusCode(200).body("templateVersion", equalTo(0));
        String caseNumber = given().get("/api/v1/reconsiderations/" + caseId).then().extract().jsonPath().getString("caseNumber");
        Generated.contains(d, List.of("受理通知（第二版）", "案号：" + caseNumber + "，文号：模政复受字〔2026〕1号。受理日期：2026年3月4日",
                "王建国", organName, "第" + caseNumber + "卷"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(d.content()))) {
            XWPFParagraph body = doc.getParagraphs().get(1);
            // the value takes the formatting of the run the placeholder began in
            assertEquals("仿宋_GB2312", body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertTrue(body.getRuns().get(0).text().endsWith(caseNumber), body.getRuns().get(0).text());
            assertEquals(organName, doc.getHeaderList().get(0).getText().strip());
            assertEquals("第" + caseNumber + "卷", doc.getFooterList().get(0).getText().strip());
            assertEquals("王建国", doc.getTables().get(0).getRow(0).getCell(1).getText());
        }
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedWithTheValidOnes() throws IOException {
        byte[] bad;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(splitTemplate("受理通知")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, "听证地点：${hearing", "仿宋_GB2312");
            run(p, "Place}；${fooBar}", "仿宋_GB2312");
            doc.write(out);
            bad = out.toByteArray();
        }
        String reviewer = Tokens.role("reviewer", organ);
        upload(reviewer, organ, "ACCEPTANCE_NOTICE", "bad.docx", bad).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("TEMPLATE_UNKNOWN_PLACEHOLDER"))
                .body("unknownPlaceholders", contains("${hearingPlace}", "${fooBar}"))
                .body("validPlaceholders", hasItem("${acceptedDate}")).body("validPlaceholders", hasItem("${caseNumber}"));
        // the same placeholder is fine for the kind that offers it
        upload(reviewer, organ, "HEARING_NOTICE", "hearing.docx", splitTemplate("听证")).then().statusCode(422);
        upload(reviewer, organ, "ACCEPTANCE_NOTICE", "x.docx", "不是 Word 文件".getBytes()).then().statusCode(422)
                .body("code", equalTo("TEMPLATE_NOT_DOCX"));
        given().get("/api/v1/organs/" + organ + "/document-templates/ACCEPTANCE_NOTICE/versions").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void onlyReviewersAndAdministratorsOfTheOrganUpload() throws IOException {
        byte[] v = splitTemplate("受理通知");
        upload(Tokens.role("clerk", organ), organ, "ACCEPTANCE_NOTICE", "a.docx", v).then().statusCode(403);
        long other = createOrgan(Api.unique("模板他市人民政府"), "他复〔{year}〕{seq}号", null);
        upload(Tokens.role("reviewer", other), organ, "ACCEPTANCE_NOTICE", "a.docx", v).then().statusCode(404);
        upload(Tokens.role("reviewer", organ), organ, "NO_SUCH_KIND", "a.docx", v).then().statusCode(404);
        upload(Tokens.role("reviewer", organ), organ, "ACCEPTANCE_NOTICE", "a.docx", v).then().statusCode(201);
    }
}
