package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Statistics tables and case lists as CSV (UTF-8 with BOM, RFC 4180) and XLSX with Chinese headers; the XLSX is
 * read back with POI and checked cell by cell.
 */
@QuarkusTest
class StatisticsExportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static long organ;
    static CaseWalk revoked;

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        organ = createOrgan("导出测试市人民政府", "导复〔{year}〕{seq}号", null);
        long quoted = createRespondent(organ, "导出测试市\"城管\"执法局,东区", "GOVERNMENT_DEPARTMENT");
        long town = createRespondent(organ, "导出测试市沙溪镇人民政府", "TOWNSHIP_GOVERNMENT");
        revoked = CaseWalk.receive(organ, quoted, "2025-02-10", "ADMINISTRATIVE_PENALTY", "URBAN_MANAGEMENT").accept("2025-02-12")
                .conclude("2025-03-10", "REVOKE").servePublish("2025-03-12", "2025-03-20");
        CaseWalk.receive(organ, quoted, "2025-05-06", "ADMINISTRATIVE_PENALTY", "URBAN_MANAGEMENT").accept("2025-05-08")
                .conclude("2025-06-06", "UPHOLD").servePublish("2025-06-09", "2025-06-16");
        CaseWalk.receive(organ, town, "2025-07-01", "INFORMATION_DISCLOSURE", "OTHER").notAccept("2025-07-03");
    }

    /** Downloads are also kept in target/export-samples, to open them by hand (LibreOffice, Excel). */
    private static void keep(String name, byte[] body) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "export-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), body);
    }

    private static byte[] download(String path, String contentType, Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get(path).then().statusCode(200).contentType(startsWith(contentType))
                .header("Content-Disposition", startsWith("attachment; filename=")).extract().asByteArray();
    }

    private static List<String> csvLines(byte[] body) {
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(body, 3), "UTF-8 byte-order mark");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "records end with CRLF");
        return List.of(text.split("\r\n"));
    }

    @Test
    void reportAsCsvHasChineseHeadersAndTheApiFigures() {
        List<String> lines = csvLines(download("/api/v1/statistics/reconsideration", "text/csv", "organId", organ, "year", 2025, "format", "csv"));
        assertEquals("类别,编号,指标,数值,分子,分母,比率（%）,显示值,口径", lines.get(0));
        assertTrue(lines.contains("计数,received,收到申请,3,,,,,"), lines.toString());
        assertTrue(lines.contains("计数,concluded,审结,2,,,,,"), lines.toString());
        assertTrue(lines.contains("比率,correction.direct,直接纠错率,,1,2,50.0,50.0%,分母为本期审结案件数（默认，全国通行口径）"), lines.toString());
        assertTrue(lines.contains("比率,hearing,听证率,,0,2,0.0,0.0%,以本期受理案件为范围（默认）"), lines.toString());
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        List<String> lines = csvLines(download("/api/v1/statistics/reconsideration/breakdown", "text/csv", "organId", organ,
                "year", 2025, "by", "respondent", "format", "csv"));
        assertTrue(lines.get(0).startsWith("被申请人,收到申请,受理,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"导出测试市\"\"城管\"\"执法局,东区\",2,2,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("导出测试市沙溪镇人民政府,1,0,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("合计,3,2,"), lines.get(3));
    }

    @Test
    void acceptHeaderAsksForATableToo() {
        byte[] body = given().accept("text/csv").queryParam("organId", organ).queryParam("year", 2025)
                .get("/api/v1/statistics/reconsideration/reconciliation").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        List<String> lines = csvLines(body);
        assertEquals("项目,件数", lines.get(0));
        assertTrue(lines.contains("应为期末未审结,0"), lines.toString());
        given().queryParam("organId", organ).queryParam("year", 2025).get("/api/v1/statistics/reconsideration")
                .then().statusCode(200).contentType(startsWith("application/json")).body("counts.received", equalTo(3));
    }

    @Test
    void reportAsXlsxReadsBackCellByCell() throws IOException {
        byte[] body = download("/api/v1/statistics/reconsideration", XLSX, "organId", organ, "year", 2025, "format", "xlsx",
                "compare", "previous");
        keep("statistics-report.xlsx", body);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("统计指标", "决定类型", "被申请人类型", "平衡核对", "数据质量提示"), sheets);
            Sheet figures = wb.getSheet("统计指标");
            Row header = figures.getRow(0);
            assertEquals("指标", header.getCell(2).getStringCellValue());
            assertEquals("上年同期数值", header.getCell(9).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold headers");
            Row received = find(figures, "received");
            assertEquals(CellType.NUMERIC, received.getCell(3).getCellType());
            assertEquals(3.0, received.getCell(3).getNumericCellValue());
            assertEquals(0.0, received.getCell(9).getNumericCellValue(), "2024: nothing received");
            Row direct = find(figures, "correction.direct");
            assertEquals(1.0, direct.getCell(4).getNumericCellValue());
            assertEquals(2.0, direct.getCell(5).getNumericCellValue());
            assertEquals(50.0, direct.getCell(6).getNumericCellValue());
            assertEquals("0.0", direct.getCell(6).getCellStyle().getDataFormatString());
            assertEquals("50.0%", direct.getCell(7).getStringCellValue());
            assertEquals("—", direct.getCell(10).getStringCellValue(), "undefined the year before");
            Sheet decisions = wb.getSheet("决定类型");
            assertEquals("撤销", decisions.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1.0, decisions.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(1, figures.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
        }
    }

    @Test
    void caseListExportKeepsTheListFiltersAndWritesDatesAsDates() throws IOException {
        List<String> lines = csvLines(download("/api/v1/reconsiderations/export", "text/csv", "organId", organ, "sort", "receivedDate"));
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("案号,复议机关,案件状态,收到申请日期,申请人,被申请人,行政管理类别,领域,受理日期"), lines.get(0));
        assertTrue(lines.get(1).startsWith(revoked.caseNumber + ",导出测试市人民政府,决定已送达,2025-02-10,王建国,\"导出测试市\"\"城管\"\"执法局,东区\",行政处罚,城市管理,2025-02-12"),
                lines.get(1));
        assertTrue(lines.get(3).contains("不予受理"), lines.get(3));

        keep("cases.xlsx", download("/api/v1/reconsiderations/export", XLSX, "organId", organ, "format", "xlsx"));
        byte[] xlsx = download("/api/v1/reconsiderations/export", XLSX, "organId", organ, "state", "NOT_ACCEPTED", "format", "xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("行政复议案件", sheet.getSheetName());
            assertEquals(1, sheet.getLastRowNum(), "one case after the header");
            Row row = sheet.getRow(1);
            assertEquals("导出测试市沙溪镇人民政府", row.getCell(5).getStringCellValue());
            Cell received = row.getCell(3);
            assertTrue(DateUtil.isCellDateFormatted(received));
            assertEquals(LocalDate.of(2025, 7, 1), received.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("不予受理", row.getCell(2).getStringCellValue());
            assertEquals(LocalDate.of(2025, 7, 3), row.getCell(10).getLocalDateTimeCellValue().toLocalDate());
        }
        given().queryParam("organId", organ).queryParam("format", "xlsx").get("/api/v1/reconsiderations/export").then()
                .header("Content-Disposition", containsString(".xlsx"));
    }

    private static Row find(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && id.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }
}
