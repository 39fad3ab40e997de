package cn.fuyi.casefile;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test files of the accepted types and uploads of them through the API, as a client sends them. */
final class Documents {

    private Documents() {
    }

    /** {@code size} bytes starting with the type's magic bytes, the rest random (so each file is distinct). */
    static byte[] file(String type, int size, long seed) {
        byte[] magic = switch (type) {
            case "pdf" -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            case "jpg" -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
            case "png" -> new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
            case "docx" -> new byte[] { 0x50, 0x4B, 0x03, 0x04 };
            case "exe" -> new byte[] { 0x4D, 0x5A, (byte) 0x90, 0x00 };
            default -> throw new IllegalArgumentException(type);
        };
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response upload(RequestSpecification spec, String owner, long id, String fileName, byte[] content, String kind,
            String submittedBy) {
        // browsers send the file name as UTF-8
        RequestSpecification s = spec.config(io.restassured.RestAssured.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", fileName, content, "application/octet-stream");
        if (kind != null) {
            s = s.multiPart("kind", kind);
        }
        if (submittedBy != null) {
            s = s.multiPart("submittedBy", submittedBy, "text/plain; charset=UTF-8");
        }
        return s.multiPart("receivedDate", "2026-03-02").multiPart("pageCount", "3")
                .post("/api/v1/" + owner + "/" + id + "/documents");
    }

    static Response upload(String owner, long id, String fileName, byte[] content, String kind, String submittedBy) {
        return upload(given(), owner, id, fileName, content, kind, submittedBy);
    }

    static byte[] download(String owner, long id, long docId) {
        return given().get("/api/v1/" + owner + "/" + id + "/documents/" + docId + "/content").then().statusCode(200)
                .extract().asByteArray();
    }
}
