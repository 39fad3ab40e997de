package cn.fuyi.casefile.template;

import static cn.fuyi.casefile.template.Generated.contains;
import static cn.fuyi.casefile.template.Generated.make;
import static cn.fuyi.casefile.template.Generated.request;
import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import cn.fuyi.support.Api;
import cn.fuyi.support.ExternalTool;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of formal document generated through the REST API for cases walked through their lifecycle: filled
 * from the case, numbered per organ, kind and year without gaps, stored in the case file, refused while the case is
 * not there yet, and opened by LibreOffice.
 */
@QuarkusTest
class FormalDocumentsTest {

    long organ;
    String organName;
    String prefix;
    long respondent;
    String respondentName;

    @BeforeEach
    void anOrgan() {
        organName = Api.unique("文书测试市人民政府");
        organ = createOrgan(organName, "文复〔{year}〕{seq}号", null);
        respondentName = Api.unique("文书测试市市场监督管理局");
        respondent = createRespondent(organ, respondentName, "GOVERNMENT_DEPARTMENT");
        prefix = "文政复";
    }

    private long aCase(String received) {
        String act = java.time.LocalDate.parse(received).minusDays(20).toString();
        return receive(application(organ, respondent, received, "actDate", act, "actDocumentNumber", "文市监罚〔2026〕12号",
                "thirdParties", List.of(obj("kind", "LEGAL_PERSON", "name", "文书某某贸易有限公司", "legalRepresentative", "赵六"))));
    }

    private String caseNumber(long id) {
        return given().get("/api/v1/reconsiderations/" + id).then().statusCode(200).extract().jsonPath().getString("caseNumber");
    }

    @Test
    void everyKindIsGeneratedAlongTheLifecycleFilledNumberedStoredAndOpensInLibreOffice() throws Exception {
        List<Generated.Doc> all = new ArrayList<>();
        long id = aCase("2026-03-02");
        String number = caseNumber(id);
        List<String> common = List.of(number, organName, "王建国", respondentName, "行政处罚决定");

        // nothing before its step: no acceptance notice before acceptance, no refusal decision without a refusal
        request(id, "kind", "ACCEPTANCE_NOTICE").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("GENERATED_DOCUMENT_NOT_APPLICABLE")).body("requirement", equalTo("ACCEPTANCE"));
        request(id, "kind", "NON_ACCEPTANCE_DECISION").then().statusCode(409).body("requirement", equalTo("NOT_ACCEPTED"));
        request(id, "kind", "DECISION").then().statusCode(409).body("requirement", equalTo("DECISION"));
        request(id, "kind", "CORRECTION_NOTICE").then().statusCode(409).body("requirement", equalTo("CORRECTION_REQUEST"));

        ok(id, "request-correction", "date", "2026-03-03", "noticeReceivedDate", "2026-03-04", "items", "请补充身份证明复印件");
        Generated.Doc correction = make(id, "CORRECTION_NOTICE", "date", "2026-03-03");
        contains(correction, List.of(number, "请补充身份证明复印件", "补正通知书", prefix + "补字〔2026〕1号", "王建国："));
        all.add(correction);
        ok(id, "receive-correction", "date", "2026-03-05");

        ok(id, "accept", "date", "2026-03-06");
        Generated.Doc accepted = make(id, "ACCEPTANCE_NOTICE", "date", "2026-03-06");
        contains(accepted, join(common, "2026年3月6日", "受理通知书", prefix + "受字〔2026〕1号"));
        assertEquals(prefix + "受字〔2026〕1号", accepted.number());
        all.add(accepted);

        ok(id, "choose-procedure", "date", "2026-03-06", "procedure", "ORDINARY");
        ok(id, "send-copy", "date", "2026-03-09", "receivedDate", "2026-03-10");
        Generated.Doc reply = make(id, "REPLY_NOTICE", "date", "2026-03-09");
        contains(reply, join(common, respondentName + "：", "10日内", "2026年3月9日", prefix + "答字〔2026〕1号"));
        all.add(reply);

        ok(id, "suspend", "date", "2026-03-12", "ground", "FORCE_MAJEURE");
        Generated.Doc suspended = make(id, "SUSPENSION_NOTICE", "date", "2026-03-12");
        contains(suspended, join(common, "2026年3月12日", "第三十九条", prefix + "中止字〔2026〕1号"));
        all.add(suspended);
        request(id, "kind", "RESUMPTION_NOTICE").then().statusCode(409).body("requirement", equalTo("RESUMPTION"));
        ok(id, "resume", "date", "2026-03-16");
        Generated.Doc resumed = make(id, "RESUMPTION_NOTICE", "date", "2026-03-16");
        contains(resumed, join(common, "2026年3月16日", prefix + "恢复字〔2026〕1号"));
        all.add(resumed);

        long hearing = ok(id, "schedule-hearing", "noticeDate", "2026-03-23", "hearingDate", "2026-03-30", "place", "第一听证室",
                "issues", "处罚程序是否合法").extract().jsonPath().getLong("hearings[0].id");
        Generated.Doc heard = make(id, "HEARING_NOTICE", "date", "2026-03-23");
        contains(heard, join(common, "第一听证室", "处罚程序是否合法", "2026年3月30日", prefix + "听字〔2026〕1号"));
        all.add(heard);
        ok(id, "hold-hearing", "hearingId", hearing, "date", "2026-03-30", "presidingOfficer", "陈主持",
                "hearingOfficers", List.of("周听证", "吴听证"), "recorder", "郑记录", "respondentHeadAttended", true,
                "respondentHeadName", "钱局长", "respondentHeadPosition", "副局长");

        ok(id, "extend", "date", "2026-04-20", "days", 20, "reason", "案情复杂", "noticeDate", "2026-04-21");
        Generated.Doc extended = make(id, "EXTENSION_NOTICE", "date", "2026-04-21");
        contains(extended, join(common, "案情复杂", "延长20日", prefix + "延字〔2026〕1号"));
        all.add(extended);

        request(id, "kind", "TERMINATION_DECISION").then().statusCode(409).body("requirement", equalTo("TERMINATION"));
        ok(id, "conclude", "date", "2026-05-20", "decisionType", "REVOKE", "orderToRedo", true, "summary", "撤销原处罚决定");
        Generated.Doc decision = make(id, "DECISION", "date", "2026-05-20");
        contains(decision, join(common, "行政复议决定书", "文书某某贸易有限公司", "文市监罚〔2026〕12号",
                "《中华人民共和国行政复议法》第六十四条", "撤销被申请人作出的行政处罚决定，责令被申请人在一定期限内重新作出行政行为",
                "【此处写明审理查明的事实和证据】", "江苏省太仓市城厢镇人民路1号", prefix + "决字〔2026〕1号"));
        all.add(decision);

        ok(id, "issue-opinion-letter", "date", "2026-05-26", "subject", "规范行政处罚程序");
        Generated.Doc opinion = make(id, "OPINION_LETTER", "date", "2026-05-26");
        contains(opinion, join(common, respondentName + "：", "规范行政处罚程序", prefix + "意字〔2026〕1号"));
        all.add(opinion);

        // a 送达回证 per recipient of the decision: the applicant at their address, and the respondent
        Generated.Doc toApplicant = make(id, "SERVICE_RECEIPT", "date", "2026-05-21", "recipient", "王建国",
                "servedDocumentId", decision.id());
        contains(toApplicant, List.of(number, "行政复议决定书", decision.number(), "王建国", "江苏省太仓市城厢镇人民路1号",
                prefix + "送字〔2026〕1号"));
        all.add(toApplicant);
        Generated.Doc toRespondent = make(id, "SERVICE_RECEIPT", "date", "2026-05-21", "recipient", respondentName,
                "servedDocumentId", decision.id());
        contains(toRespondent, List.of(decision.number(), respondentName, prefix + "送字〔2026〕2号"));
        all.add(toRespondent);
        request(id, "kind", "SERVICE_RECEIPT", "recipient", "李四", "servedDocumentId", decision.id()).then().statusCode(422)
                .body("code", equalTo("SERVICE_RECIPIENT_UNKNOWN"));
        request(id, "kind", "SERVICE_RECEIPT", "recipient", "王建国").then().statusCode(400);

        long refused = aCase("2026-04-01");
        ok(refused, "not-accept", "date", "2026-04-03", "reason", "不属于本机关管辖", "competentOrgan", "苏州市人民政府");
        Generated.Doc notAccepted = make(refused, "NON_ACCEPTANCE_DECISION", "date", "2026-04-03");
        contains(notAccepted, List.of(caseNumber(refused), "不属于本机关管辖", "苏州市人民政府", "不予受理决定书",
                prefix + "不受字〔2026〕1号"));
        all.add(notAccepted);

        long terminated = aCase("2026-04-01");
        ok(terminated, "accept", "date", "2026-04-02");
        ok(terminated, "choose-procedure", "date", "2026-04-02", "procedure", "ORDINARY");
        ok(terminated, "conclude", "date", "2026-04-20", "decisionType", "TERMINATION", "terminationGround", "WITHDRAWN");
        request(terminated, "kind", "DECISION").then().statusCode(409).body("requirement", equalTo("DECISION"));
        Generated.Doc termination = make(terminated, "TERMINATION_DECISION", "date", "2026-04-20");
        contains(termination, List.of(caseNumber(terminated), "终止行政复议决定书", "申请人撤回行政复议申请",
                "第四十一条第一款第（一）项", prefix + "终字〔2026〕1号"));
        all.add(termination);

        long mediated = aCase("2026-04-01");
        ok(mediated, "accept", "date", "2026-04-02");
        ok(mediated, "choose-procedure", "date", "2026-04-02", "procedure", "ORDINARY");
        request(mediated, "kind", "MEDIATION_AGREEMENT").then().statusCode(409).body("requirement", equalTo("MEDIATION_AGREEMENT"));
        ok(mediated, "consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", "2026-04-10");
        ok(mediated, "consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", "2026-04-10");
        ok(mediated, "draw-up-mediation-agreement", "date", "2026-04-15", "content", "被申请人变更处罚数额，申请人放弃其他请求",
                "lawful", true);
        Generated.Doc agreement = make(mediated, "MEDIATION_AGREEMENT", "date", "2026-04-15");
        contains(agreement, List.of(caseNumber(mediated), "行政复议调解书", "被申请人变更处罚数额，申请人放弃其他请求",
                "第七十三条", prefix + "调字〔2026〕1号"));
        all.add(agreement);

        Set<String> kinds = new TreeSet<>();
        all.forEach(d -> kinds.add(d.kind()));
        assertEquals(FormalDocumentKind.values().length, kinds.size(), "every kind generated: " + kinds);

        // stored as ordinary case-file documents of the right kind, listed with their numbers
        given().get("/api/v1/reconsiderations/" + id + "/documents").then().statusCode(200)
                .body("items.documentNumber", hasItem(decision.number()))
                .body("items.find { it.generatedKind == 'DECISION' }.kind", equalTo("DECISION"))
                .body("items.find { it.generatedKind == 'HEARING_NOTICE' }.kind", equalTo("NOTICE"))
                .body("items.find { it.generatedKind == 'SERVICE_RECEIPT' }.kind", equalTo("SERVICE_RECEIPT"));
        // recorded as an audit record and a feed event
        Api.awaitSequenced();
        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("audit.reader", "审计",
                Set.of("auditor"), List.of(), "ALL", null))).queryParam("subjectType", "DOCUMENT").queryParam("subjectId", decision.id()).get("/api/v1/audit").then()
                .statusCode(200).body("items.operation", hasItem("GENERATE"));
        String auditor = cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.of("feed.reader", "订阅", Set.of("auditor"),
                List.of(), "ALL", null));
        long feedSeq = given().header("Authorization", auditor).get("/api/v1/feed/status").then().statusCode(200).extract()
                .jsonPath().getLong("feedSeq");
        given().header("Authorization", auditor).queryParam("after", Math.max(0, feedSeq - 900)).queryParam("limit", 1000)
                .get("/api/v1/feed").then().statusCode(200)
                .body("events.findAll { it.type == 'DOCUMENT_GENERATED' && it.subjectId == " + decision.id() + " }.payload.documentNumber",
                        hasItem(decision.number()));

        for (Generated.Doc d : all) {
            officialLayout(d);
        }
        Map<Long, String> caseNumbers = new LinkedHashMap<>();
        all.stream().filter(d -> d.text().contains(number)).forEach(d -> caseNumbers.put(d.id(), number));
        assertTrue(caseNumbers.size() >= 11, "documents of the walked case: " + caseNumbers.size());
        convertedByLibreOffice(all, caseNumbers);
    }

    /** The fonts and margins of the built-in templates survive filling and a reopening. */
    private static void officialLayout(Generated.Doc d) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(d.content()))) {
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(OfficialLayout.twips(37), ((Number) mar.getTop()).intValue(), d.kind());
            assertEquals(OfficialLayout.twips(35), ((Number) mar.getBottom()).intValue(), d.kind());
            assertEquals(OfficialLayout.twips(28), ((Number) mar.getLeft()).intValue(), d.kind());
            assertEquals(OfficialLayout.twips(26), ((Number) mar.getRight()).intValue(), d.kind());
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            for (XWPFTable t : doc.getTables()) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
            }
            Set<String> fonts = new TreeSet<>();
            for (XWPFParagraph p : paragraphs) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.text().isEmpty()) {
                        fonts.add(r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
                    }
                }
            }
            assertTrue(fonts.contains("仿宋_GB2312") && fonts.contains("黑体"), d.kind() + " fonts " + fonts);
            assertTrue(Set.of("仿宋_GB2312", "黑体").containsAll(fonts), d.kind() + " fonts " + fonts);
            assertEquals(organNameOf(d), doc.getParagraphs().get(0).getText());
        }
    }

    private static String organNameOf(Generated.Doc d) {
        return d.text().lines().findFirst().orElse("");
    }

    /**
     * Each document converted to PDF by LibreOffice headless (Debian's package, installed by .ci/run), all in one
     * invocation with a profile of its own; a machine without soffice fails here with how to install it.
     */
    private static void convertedByLibreOffice(List<Generated.Doc> docs, Map<Long, String> mustContain) throws IOException {
        Path dir = Files.createTempDirectory("fuyi-lo-");
        Path profile = Files.createTempDirectory("fuyi-lo-profile-");
        try {
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
            for (Generated.Doc d : docs) {
                Path f = dir.resolve(d.id() + ".docx");
                Files.write(f, d.content());
                command.add(f.toString());
            }
            ExternalTool.Result r = ExternalTool.of("apt-get install --no-install-recommends libreoffice-writer-nogui "
                    + "(.ci/run installs it)", Duration.ofMinutes(5)).run(command);
            assertEquals(0, r.exitCode(), r.both());
            boolean pdftotext = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
            for (Generated.Doc d : docs) {
                Path pdf = dir.resolve("pdf").resolve(d.id() + ".pdf");
                assertTrue(Files.exists(pdf) && Files.size(pdf) > 1000, d.kind() + ": no PDF from LibreOffice\n" + r.both());
                if (pdftotext) {
                    ExternalTool.Result text = ExternalTool.of("apt-get install poppler-utils", Duration.ofSeconds(60))
                            .run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
                    assertEquals(0, text.exitCode(), text.both());
                    String flat = text.stdout().replaceAll("\\s+", "");
                    assertTrue(flat.contains(d.number()), d.kind() + " PDF lacks " + d.number() + ":\n" + text.stdout());
                    if (mustContain.containsKey(d.id())) {
                        assertTrue(flat.contains(mustContain.get(d.id())), d.kind() + " PDF lacks the case number:\n" + text.stdout());
                    }
                }
            }
        } finally {
            deleteTree(dir);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void numbersAreGaplessPerKindAndYearEvenWhenRequestedConcurrently() throws Exception {
        long id = aCase("2025-12-01");
        ok(id, "accept", "date", "2025-12-02");
        make(id, "ACCEPTANCE_NOTICE", "date", "2025-12-02");
        assertEquals(prefix + "受字〔2025〕2号", make(id, "ACCEPTANCE_NOTICE", "date", "2025-12-31").number());
        // a refused request draws no number
        request(id, "kind", "ACCEPTANCE_NOTICE", "date", "2099-01-01").then().statusCode(400);
        request(id, "kind", "NON_ACCEPTANCE_DECISION").then().statusCode(409);
        // a new year starts again at 1, the other kinds keep their own counters
        assertEquals(prefix + "受字〔2026〕1号", make(id, "ACCEPTANCE_NOTICE", "date", "2026-01-05").number());
        assertEquals(prefix + "答字〔2026〕1号", make(id, "REPLY_NOTICE", "date", "2026-01-05").number());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> make(id, "ACCEPTANCE_NOTICE", "date", "2026-02-02").number()));
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            Set<String> expected = new TreeSet<>();
            for (int n = 2; n <= 7; n++) {
                expected.add(prefix + "受字〔2026〕" + n + "号");
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(prefix + "受字〔2026〕8号", make(id, "ACCEPTANCE_NOTICE", "date", "2026-03-01").number());
    }

    @Test
    void documentsOfCasesOutsideTheUsersOrgansAreNotFoundAndAgenciesCannotGenerate() {
        long id = aCase("2026-03-02");
        ok(id, "accept", "date", "2026-03-04");
        long other = createOrgan(Api.unique("文书他市人民政府"), "他复〔{year}〕{seq}号", null);
        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.role("clerk", other)))
                .contentType("application/json").body(obj("kind", "ACCEPTANCE_NOTICE"))
                .post("/api/v1/reconsiderations/" + id + "/generated-documents").then().statusCode(404);
        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.role("agency", organ)))
                .contentType("application/json").body(obj("kind", "ACCEPTANCE_NOTICE"))
                .post("/api/v1/reconsiderations/" + id + "/generated-documents").then().statusCode(403);
        request(id, "kind", "NO_SUCH_KIND").then().statusCode(400);
        // the clerk of the organ makes it, and it is number 1: the refused requests drew none
        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.role("clerk", organ)))
                .contentType("application/json").body(obj("kind", "ACCEPTANCE_NOTICE", "date", "2026-03-04"))
                .post("/api/v1/reconsiderations/" + id + "/generated-documents").then().statusCode(201)
                .body("documentNumber", equalTo(prefix + "受字〔2026〕1号")).body("kind", equalTo("NOTICE"));
    }

    @Test
    void anOrganSetsItsOwnNumberPattern() {
        given().get("/api/v1/organs/" + organ + "/document-number-patterns").then().statusCode(200)
                .body("find { it.kind == 'NON_ACCEPTANCE_DECISION' }.pattern", equalTo(prefix + "不受字〔{year}〕{seq}号"))
                .body("find { it.kind == 'NON_ACCEPTANCE_DECISION' }.example", equalTo(prefix + "不受字〔2026〕3号"))
                .body("find { it.kind == 'NON_ACCEPTANCE_DECISION' }.own", equalTo(false));
        String path = "/api/v1/organs/" + organ + "/document-number-patterns/ACCEPTANCE_NOTICE";
        Api.json().body(obj("pattern", "文复受〔2026〕号")).put(path).then().statusCode(400)
                .body("errors[0].code", equalTo("DOCUMENT_NUMBER_PATTERN"));
        String etag = Api.json().body(obj("pattern", "文复受字〔{year}〕第{seq:3}号")).put(path).then().statusCode(200)
                .body("own", equalTo(true)).body("example", equalTo("文复受字〔2026〕第003号")).extract().header("ETag");
        Api.json().body(obj("pattern", "文复受字〔{year}〕{seq}号")).put(path).then().statusCode(428);
        Api.json().header("If-Match", "\"99\"").body(obj("pattern", "文复受字〔{year}〕{seq}号")).put(path).then().statusCode(412);
        Api.json().header("If-Match", etag).body(obj("pattern", "文复受字〔{year}〕第{seq:3}号")).put(path).then().statusCode(200);
        given().header("Authorization", cn.fuyi.support.Tokens.bearer(cn.fuyi.support.Tokens.role("clerk", organ)))
                .contentType("application/json").body(obj("pattern", "x{year}{seq}")).put(path).then().statusCode(403);

        long id = aCase("2026-03-02");
        ok(id, "accept", "date", "2026-03-04");
        Generated.Doc d = make(id, "ACCEPTANCE_NOTICE", "date", "2026-03-04");
        assertEquals("文复受字〔2026〕第001号", d.number());
        contains(d, List.of("文复受字〔2026〕第001号"));
    }

    @Test
    void placeholdersAreListedPerKindWithChineseDescriptions() {
        given().get("/api/v1/document-templates").then().statusCode(200)
                .body("size()", equalTo(FormalDocumentKind.values().length))
                .body("find { it.kind == 'HEARING_NOTICE' }.placeholders.name", hasItem("hearingPlace"))
                .body("find { it.kind == 'HEARING_NOTICE' }.placeholders.find { it.name == 'caseNumber' }.description", equalTo("案号"))
                .body("find { it.kind == 'HEARING_NOTICE' }.placeholders.find { it.name == 'caseNumber' }.token", equalTo("${caseNumber}"))
                .body("find { it.kind == 'DECISION' }.label", equalTo("行政复议决定书"));
        List<String> hearing = given().get("/api/v1/document-templates").then().extract().jsonPath()
                .getList("find { it.kind == 'ACCEPTANCE_NOTICE' }.placeholders.name");
        assertFalse(hearing.contains("hearingPlace"));
        byte[] builtIn = given().get("/api/v1/document-templates/DECISION/content").then().statusCode(200).extract().asByteArray();
        assertTrue(Generated.text(builtIn).contains("${decisionArticle}"));
        given().get("/api/v1/document-templates/NO_SUCH_KIND/content").then().statusCode(404);
        given().get("/api/v1/code-lists/FORMAL_DOCUMENT_KIND").then().statusCode(200)
                .body("codes.size()", equalTo(FormalDocumentKind.values().length))
                .body("codes.find { it.code == 'NON_ACCEPTANCE_DECISION' }.labelZh", equalTo("不予受理决定书"));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<String> join(List<String> a, String... more) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all;
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
