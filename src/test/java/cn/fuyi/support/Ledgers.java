package cn.fuyi.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Ledger files for import tests: rows filled into the downloaded template, or written as CSV; jobs started and awaited. */
public final class Ledgers {

    /** Columns whose cells a clerk types as dates (Excel date cells in the XLSX). */
    public static final Set<String> DATE_COLUMNS = Set.of("收到申请日期", "行政行为作出日期", "知道行政行为日期", "补正通知日期", "收到补正日期",
            "视为放弃日期", "受理日期", "不予受理日期", "确定审理程序日期", "听取意见日期", "听证通知日期", "听证日期", "中止日期", "恢复审理日期",
            "延期批准日期", "审结日期", "送达日期", "公开日期", "停止执行决定日期", "提请委员会咨询日期", "咨询意见日期", "调解开始日期", "调解结束日期",
            "附带审查开始日期", "通知制定机关日期", "制定机关答复日期", "转送日期", "附带审查结果日期");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Ledgers() {
    }

    /** A received application with every required cell; more cells as header, value pairs. */
    public static Map<String, String> row(String caseNumber, String received, String respondent, String... more) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("案号", caseNumber);
        m.put("收到申请日期", received);
        m.put("申请方式", "当面递交");
        m.put("申请人", "王建国");
        m.put("申请人类型", "自然人");
        m.put("被申请人", respondent);
        m.put("行政管理类别", "行政处罚");
        m.put("行政管理领域", "市场监管");
        m.put("被申请行政行为", "行政处罚决定");
        m.put("复议请求", "请求撤销行政处罚决定");
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] == null) {
                m.remove(more[i]);
            } else {
                m.put(more[i], more[i + 1]);
            }
        }
        return m;
    }

    public static byte[] template(Long organId) {
        var req = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (organId != null) {
            req = req.queryParam("organId", organId);
        }
        return req.get("/api/v1/imports/templates/reconsideration-cases").then().statusCode(200).extract().asByteArray();
    }

    /** The rows filled into the organ's template, dates as date cells and everything else as text. */
    public static byte[] xlsx(long organId, List<Map<String, String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(organId)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("复议案件台账");
            Map<String, Integer> columns = new HashMap<>();
            for (Cell c : sheet.getRow(0)) {
                columns.put(c.getStringCellValue(), c.getColumnIndex());
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.createRow(r++);
                values.forEach((header, value) -> {
                    Integer col = columns.get(header);
                    if (col == null || value == null) {
                        return;
                    }
                    Cell cell = row.createCell(col);
                    LocalDate d = null;
                    if (DATE_COLUMNS.contains(header) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        try {
                            d = LocalDate.parse(value);
                        } catch (java.time.DateTimeException e) {
                            // an impossible date stays the text the clerk typed
                        }
                    }
                    if (d != null) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                });
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as CSV in {@code charset}, with the template's headers (in the order of the first row's keys and any later ones). */
    public static byte[] csv(List<Map<String, String>> rows, Charset charset, boolean bom) {
        List<String> headers = new ArrayList<>();
        for (Map<String, String> r : rows) {
            for (String h : r.keySet()) {
                if (!headers.contains(h)) {
                    headers.add(h);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, charset); CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            if (bom) {
                w.write('\uFEFF');
            }
            p.printRecord(headers);
            for (Map<String, String> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String h : headers) {
                    cells.add(r.getOrDefault(h, ""));
                }
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Multipart bodies as browsers send them: the parts' headers in UTF-8, so that a file named 台账2019.xlsx arrives
     * with its name (RFC 7578 4.2). REST Assured's default (HttpClient's strict mode) writes them in US-ASCII, which
     * turns every Chinese character of a file name into "?" before the request leaves the test.
     */
    public static io.restassured.config.RestAssuredConfig utf8Multipart() {
        return io.restassured.RestAssured.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Starts an import and answers its job id (202 with Location). */
    public static long start(long organId, byte[] file, String fileName, String mode) {
        Response r = given().config(utf8Multipart()).multiPart("file", fileName, file).multiPart("organId", Long.toString(organId))
                .multiPart("ledger", "reconsideration-cases").multiPart("mode", mode).post("/api/v1/imports");
        r.then().statusCode(202);
        String location = r.header("Location");
        if (location == null || !location.endsWith("/api/v1/imports/" + r.jsonPath().getLong("id"))) {
            throw new AssertionError("Location " + location);
        }
        return r.jsonPath().getLong("id");
    }

    /** Polls the job (long polling, the server waits up to 20 s a call) until it has finished; fails after 10 minutes. */
    public static JsonPath await(long jobId, String... acceptLanguage) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (true) {
            var req = given().queryParam("waitSeconds", 20);
            if (acceptLanguage.length > 0) {
                req = req.header("Accept-Language", acceptLanguage[0]);
            }
            JsonPath job = req.get("/api/v1/imports/" + jobId).then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "REJECTED", "CANCELLED", "FAILED").contains(job.getString("state"))) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import job " + jobId + " still " + job.getString("state"));
            }
        }
    }

    public static JsonPath run(long organId, byte[] file, String fileName, String mode) {
        return await(start(organId, file, fileName, mode));
    }

    // ---- the row ledgers other than the case ledger (lawsuits, …) ------------------------------------------------

    /** The template of {@code ledger} (its slug, e.g. lawsuits). */
    public static byte[] template(String ledger, Long organId) {
        var req = given().accept(XLSX_TYPE);
        if (organId != null) {
            req = req.queryParam("organId", organId);
        }
        return req.get("/api/v1/imports/templates/" + ledger).then().statusCode(200).extract().asByteArray();
    }

    /**
     * The rows filled into sheet {@code sheet} of the organ's template of {@code ledger}: cells of columns whose header
     * ends in 日期 as date cells when they hold an ISO date, everything else as text.
     */
    public static byte[] xlsx(String ledger, String sheet, long organId, List<Map<String, String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(ledger, organId)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.getSheet(sheet);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell c : data.getRow(0)) {
                columns.put(c.getStringCellValue(), c.getColumnIndex());
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 1;
            for (Map<String, String> values : rows) {
                Row row = data.createRow(r++);
                values.forEach((header, value) -> {
                    Integer col = columns.get(header);
                    if (col == null) {
                        throw new AssertionError("no column " + header + " in the template of " + ledger);
                    }
                    if (value == null) {
                        return;
                    }
                    Cell cell = row.createCell(col);
                    LocalDate d = null;
                    if (header.endsWith("日期") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        try {
                            d = LocalDate.parse(value);
                        } catch (java.time.DateTimeException e) {
                            // an impossible date stays the text the clerk typed
                        }
                    }
                    if (d != null) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                });
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an import of {@code ledger} (its slug) and answers its job id (202 with Location). */
    public static long start(String ledger, long organId, byte[] file, String fileName, String mode) {
        Response r = given().multiPart("file", fileName, file).multiPart("organId", Long.toString(organId))
                .multiPart("ledger", ledger).multiPart("mode", mode).post("/api/v1/imports");
        if (r.statusCode() != 202) {
            throw new AssertionError("import answered " + r.statusCode() + ": " + r.asString());
        }
        return r.jsonPath().getLong("id");
    }

    public static JsonPath run(String ledger, long organId, byte[] file, String fileName, String mode) {
        return await(start(ledger, organId, file, fileName, mode));
    }
}
