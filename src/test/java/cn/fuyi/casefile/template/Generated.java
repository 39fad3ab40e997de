package cn.fuyi.casefile.template;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import cn.fuyi.support.Api;
import io.restassured.response.Response;

/** Generating formal documents through the API and reading them back the way Word would. */
final class Generated {

    /** A generated document as the case file holds it: its id, number, bytes and the text POI reads from them. */
    record Doc(long id, String kind, String number, byte[] content, String text) {
    }

    private Generated() {
    }

    static Response request(long caseId, Object... body) {
        return Api.json().body(Api.obj(body)).post("/api/v1/reconsiderations/" + caseId + "/generated-documents");
    }

    static Doc make(long caseId, String kind, Object... extra) {
        Object[] body = new Object[extra.length + 2];
        body[0] = "kind";
        body[1] = kind;
        System.arraycopy(extra, 0, body, 2, extra.length);
        Response r = request(caseId, body);
        if (r.statusCode() != 201) {
            throw new AssertionError(kind + " on case " + caseId + " answered " + r.statusCode() + ": " + r.asString());
        }
        long id = r.jsonPath().getLong("id");
        assertTrue(r.header("Location").endsWith("/api/v1/reconsiderations/" + caseId + "/documents/" + id), r.header("Location"));
        assertEquals(kind, r.jsonPath().getString("generatedKind"));
        byte[] content = given().get(r.header("Location") + "/content").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract().asByteArray();
        return new Doc(id, kind, r.jsonPath().getString("documentNumber"), content, text(content));
    }

    /** Every text of the document: body, tables, headers and footers. */
    static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void contains(Doc d, List<String> expected) {
        for (String s : expected) {
            assertTrue(d.text().contains(s), d.kind() + " should contain “" + s + "”:\n" + d.text());
        }
        assertTrue(!d.text().contains("${"), d.kind() + " has an unfilled placeholder:\n" + d.text());
    }

    static Map<String, Object> problem(Response r) {
        return r.jsonPath().getMap("$");
    }
}
