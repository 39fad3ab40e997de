package cn.fuyi.statistics;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.LawsuitWalk.defectiveHead;
import static cn.fuyi.support.LawsuitWalk.head;
import static cn.fuyi.support.LawsuitWalk.noHead;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.LawsuitWalk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The litigation statistics of one organ's year 2023 against figures counted by hand from a fixture entered through
 * the API. Agencies: A 自然资源和规划局 and C 公安局 (government departments), B 城厢镇 and D 沙溪镇 (township governments),
 * and O, the organ itself as a co-defendant (ALL 26).
 *
 * <pre>
 * suit inst     filed       defendants counsel (suit / appearance)  sessions: current attendance records          outcome
 * L1   first    2022-10-10  A          external                     2022-12-05 A principal spoke;                 2023-04-20 REVOKE
 *                                                                   2023-03-08 A no head, not notified again
 * L2   first    2022-11-14  B          public lawyer                2022-12-20 B deputy silent                    2023-02-15 REJECT_CLAIMS, final 03-10
 * L3   first    2022-12-01  C          public lawyer                2023-06-07 C deputy, identity defective       pending
 * L4   first    2022-06-01  A          public lawyer                2022-08-01 A principal silent                 2022-09-01 DISMISS_SUIT
 * L5   first    2023-01-09  A + O      public lawyer                2023-03-15 A no head, O deputy silent         2023-06-20 CONFIRM_ILLEGAL, appealed
 * L6   appeal   2023-07-10  A + O      legal adviser                2023-09-12 A principal spoke, O no head       2023-10-30 APPEAL_REJECTED
 * L7   first    2023-02-06  A          external / public lawyer     2023-04-11 A principal spoke                  2023-05-30 PARTIAL_REVOKE
 * L8   first    2023-02-20  B          external / public lawyer,    2023-05-16 B no head, corrected to:           2023-07-18 ORDER_PERFORMANCE
 *                                      corrected to external                   B deputy spoke
 * L9   first    2023-03-06  C          public lawyer                2023-06-13 C principal spoke, corrected to:   2023-08-08 REJECT_CLAIMS
 *                                                                              C no head
 * L10  first    2023-03-20  A          legal adviser                none                                          2023-05-08 WITHDRAWAL_APPROVED, act changed
 * L11  first    2023-04-03  B          public lawyer                none                                          2023-06-05 WITHDRAWAL_APPROVED
 * L12  first    2023-04-17  C          none                         2023-07-04 C no head                          2023-09-05 DISMISS_SUIT
 * L13  first    2023-05-08  B + O      public lawyer                2023-08-15 B principal silent, O deputy spoke 2023-11-14 ALTER
 * L14  first    2023-06-12  A          public lawyer                2023-09-19 A no head;                         pending
 *                                                                   2023-11-21 A principal spoke
 * L15  first    2023-09-04  C          legal adviser                none                                          pending
 * L16  first    2023-11-06  A + O      external                     2023-12-12 A deputy defective, O no head;     2024-03-05 REVOKE
 *                                                                   2024-01-16 A principal spoke
 * L17  retrial  2023-10-16  B          external                     none (reopens L2)                             pending
 * L18  first    2023-08-21  O          legal adviser                2023-10-17 O principal spoke                  2023-12-05 REJECT_CLAIMS
 * L19  first    2023-12-18  D          public lawyer                none                                          pending
 *
 * recommendations: R1 judicial (L1)   received 2022-12-15, answered 2023-01-20
 *                  R2 judicial (L12)  received 2023-09-20, answered 2023-11-10
 *                  R3 procuratorial   received 2023-05-10, not answered
 *                  R4 judicial (L16)  received 2023-12-20, answered 2024-01-15
 * </pre>
 *
 * 2023, lawsuit by lawsuit:
 * <pre>
 * L1   carried over in; concluded, first-instance concluded, lost, merits; 1 session (03-08, no head); with a session;
 *      head appeared, principal, spoke — through the 2022-12-05 session (法释〔2020〕3号 art. 7); counsel not counted
 *      (filed in 2022)
 * L2   carried over in; concluded, first-instance concluded, merits (not lost); its only session was in 2022, so it
 *      is not a suit with a session in 2023 and adds nothing to the appearance figures
 * L3   carried over in; pending; 1 session, defective identity: no head appeared; with a session
 * L4   nothing (filed and concluded in 2022)
 * L5   suit, first instance, counsel; concluded, FI concluded, lost, merits; 1 session with O's head; with a
 *      session, head appeared (O's deputy), not principal, not spoke
 * L6   suit, appeal, counsel; concluded (not first instance); 1 session with A's head; with a session, head
 *      appeared, principal, spoke
 * L7   suit, first instance, counsel (from the appearance record); concluded, FI concluded, lost, merits; 1 session
 *      with a head; with a session, head appeared, principal, spoke
 * L8   suit, first instance; no counsel (the current record says external lawyer); concluded, FI concluded, lost,
 *      merits; 1 session with a head (after the correction); with a session, head appeared (deputy), spoke
 * L9   suit, first instance, counsel; concluded, FI concluded, merits; 1 session without a head (after the
 *      correction); with a session
 * L10  suit, first instance, counsel; concluded, FI concluded, withdrawn after the act changed; no session
 * L11  suit, first instance, counsel; concluded, FI concluded; no session
 * L12  suit, first instance; concluded, FI concluded; 1 session without a head; with a session
 * L13  suit, first instance, counsel; concluded, FI concluded, lost, merits; 1 session with heads; with a session,
 *      head appeared, principal (B's), spoke (O's)
 * L14  suit, first instance, counsel; pending; 2 sessions, the second with a head; with a session, head appeared,
 *      principal, spoke
 * L15  suit, first instance, counsel; pending
 * L16  suit, first instance; pending (outcome in 2024); 1 session in 2023 without a valid head; with a session; the
 *      2024-01-16 head appearance lies after the period's end and does not count
 * L17  suit, retrial; pending
 * L18  suit, first instance, counsel; concluded, FI concluded, merits; 1 session with a head; with a session, head
 *      appeared, principal, spoke
 * L19  suit, first instance, counsel; pending
 *
 * Every attendance record but L1's second says the court had notified the head (arts. 4-5). Notices at the sessions
 * of 2023, one per session and defendant: L3 1, L5 2, L6 2, L7 1, L8 1, L9 1, L12 1, L13 2, L14 2, L16 2, L18 1 = 16;
 * honoured (a head with valid identity came): L5 O, L6 A, L7, L8, L13 B and O, L14-11-21, L18 = 8. No head who had
 * attended stayed away from a later notified session (art. 7 ¶1): 0 suits lost their appearance that way.
 *
 * suits 15 (first 13, appeal 1, retrial 1); carried over in 3 (L1 L2 L3); concluded 12; first-instance concluded 11;
 * lost 5 (L1 L5 L7 L8 L13); merits judgments 8 (the 5 lost + REJECT_CLAIMS L2 L9 L18); withdrawn after the act
 * changed 1 (L10); pending 6 (L3 L14 L15 L16 L17 L19): 3 + 15 − 12 = 6.
 * sessions 13, with a head 7 (L5 L6 L7 L8 L13 L14-11-21 L18); suits with a session 12; head appeared 8 (L1 L5 L6 L7
 * L8 L13 L14 L18); principal 6 (L1 L6 L7 L13 L14 L18); spoke 7 (L1 L6 L7 L8 L13 L14 L18); counsel 11 (L5 L6 L7 L9
 * L10 L11 L13 L14 L15 L18 L19); judicial recommendations 2 (R2 R4), procuratorial 1 (R3), answered 2 (R1 R2).
 * </pre>
 */
@QuarkusTest
class LitigationStatisticsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ORGAN_NAME = "诉讼统计测试市人民政府";

    static long organ;
    static long landBureau;   // A
    static long town;         // B
    static long police;       // C
    static long otherTown;    // D

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        long o = createOrgan(ORGAN_NAME, "诉统复〔{year}〕{seq}号", null);
        landBureau = createRespondent(o, "诉讼统计测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
        town = createRespondent(o, "诉讼统计测试市城厢镇人民政府", "TOWNSHIP_GOVERNMENT");
        police = createRespondent(o, "诉讼统计测试市公安局", "GOVERNMENT_DEPARTMENT");
        otherTown = createRespondent(o, "诉讼统计测试市沙溪镇人民政府", "TOWNSHIP_GOVERNMENT");
        var a = obj("respondentId", landBureau);
        var b = obj("respondentId", town);
        var c = obj("respondentId", police);
        var d = obj("respondentId", otherTown);
        var organAsDefendant = obj("organId", o);
        String basic = "诉讼统计测试市人民法院" + System.nanoTime();
        String intermediate = "诉讼统计测试市中级人民法院" + System.nanoTime();
        String fix = "庭审笔录核对后更正";

        LawsuitWalk l1 = first(o, basic, "(2022)苏0585行初101号", "2022-10-10", "EXTERNAL_LAWYER", a);
        // the court did not notify the head again for the second session: the first one counts (法释〔2020〕3号 art. 7)
        l1.session("2022-12-05", head(l1.defendant(0), "吴局长", "PRINCIPAL", true))
                .session("2023-03-08", noHead(l1.defendant(0), "courtNotifiedHead", false))
                .outcome("2023-04-20", "REVOKE");

        LawsuitWalk l2 = first(o, basic, "(2022)苏0585行初102号", "2022-11-14", "PUBLIC_LAWYER", b);
        l2.session("2022-12-20", head(l2.defendant(0), "王副镇长", "DEPUTY", false))
                .outcome("2023-02-15", "REJECT_CLAIMS", "servedDate", "2023-02-17")
                .becomeFinal("2023-03-10");

        LawsuitWalk l3 = first(o, basic, "(2022)苏0585行初103号", "2022-12-01", "PUBLIC_LAWYER", c);
        l3.session("2023-06-07", defectiveHead(l3.defendant(0), "赵副局长", "DEPUTY"));

        LawsuitWalk l4 = first(o, basic, "(2022)苏0585行初104号", "2022-06-01", "PUBLIC_LAWYER", a);
        l4.session("2022-08-01", head(l4.defendant(0), "吴局长", "PRINCIPAL", false))
                .outcome("2022-09-01", "DISMISS_SUIT");

        LawsuitWalk l5 = first(o, basic, "(2023)苏0585行初1号", "2023-01-09", "PUBLIC_LAWYER", a, organAsDefendant);
        l5.session("2023-03-15", noHead(l5.defendant(0)), head(l5.defendant(1), "郑副市长", "DEPUTY", false))
                .outcome("2023-06-20", "CONFIRM_ILLEGAL", "servedDate", "2023-06-25");
        LawsuitWalk l6 = LawsuitWalk.register(o, intermediate, "(2023)苏05行终7号", "APPEAL", l5.id, "2023-07-10",
                "LEGAL_ADVISER", List.of(a, organAsDefendant));
        l6.session("2023-09-12", head(l6.defendant(0), "吴局长", "PRINCIPAL", true), noHead(l6.defendant(1)))
                .outcome("2023-10-30", "APPEAL_REJECTED");

        LawsuitWalk l7 = first(o, basic, "(2023)苏0585行初2号", "2023-02-06", "EXTERNAL_LAWYER", a);
        l7.session("2023-04-11", head(l7.defendant(0), "吴局长", "PRINCIPAL", true, "counselType", "PUBLIC_LAWYER",
                "counselName", "周公律")).outcome("2023-05-30", "PARTIAL_REVOKE");

        LawsuitWalk l8 = first(o, basic, "(2023)苏0585行初3号", "2023-02-20", "EXTERNAL_LAWYER", b);
        l8.session("2023-05-16", noHead(l8.defendant(0), "counselType", "PUBLIC_LAWYER", "counselName", "周公律"))
                .correct("2023-05-16", head(l8.defendant(0), "王副镇长", "DEPUTY", true, "counselType", "EXTERNAL_LAWYER",
                        "counselName", "孙律师"), fix)
                .outcome("2023-07-18", "ORDER_PERFORMANCE");

        LawsuitWalk l9 = first(o, basic, "(2023)苏0585行初4号", "2023-03-06", "PUBLIC_LAWYER", c);
        l9.session("2023-06-13", head(l9.defendant(0), "钱局长", "PRINCIPAL", true))
                .correct("2023-06-13", noHead(l9.defendant(0)), fix)
                .outcome("2023-08-08", "REJECT_CLAIMS");

        first(o, basic, "(2023)苏0585行初5号", "2023-03-20", "LEGAL_ADVISER", a)
                .outcome("2023-05-08", "WITHDRAWAL_APPROVED", "withdrawnAfterActChanged", true);
        first(o, basic, "(2023)苏0585行初6号", "2023-04-03", "PUBLIC_LAWYER", b)
                .outcome("2023-06-05", "WITHDRAWAL_APPROVED", "withdrawnAfterActChanged", false);

        LawsuitWalk l12 = first(o, basic, "(2023)苏0585行初7号", "2023-04-17", "NONE", c);
        l12.session("2023-07-04", noHead(l12.defendant(0), "absenceReason", "NONE_GIVEN"))
                .outcome("2023-09-05", "DISMISS_SUIT");

        LawsuitWalk l13 = first(o, basic, "(2023)苏0585行初8号", "2023-05-08", "PUBLIC_LAWYER", b, organAsDefendant);
        l13.session("2023-08-15", head(l13.defendant(0), "李镇长", "PRINCIPAL", false),
                head(l13.defendant(1), "郑副市长", "DEPUTY", true)).outcome("2023-11-14", "ALTER");

        LawsuitWalk l14 = first(o, basic, "(2023)苏0585行初9号", "2023-06-12", "PUBLIC_LAWYER", a);
        l14.session("2023-09-19", noHead(l14.defendant(0)))
                .session("2023-11-21", head(l14.defendant(0), "吴局长", "PRINCIPAL", true));

        first(o, basic, "(2023)苏0585行初10号", "2023-09-04", "LEGAL_ADVISER", c);

        LawsuitWalk l16 = first(o, basic, "(2023)苏0585行初11号", "2023-11-06", "EXTERNAL_LAWYER", a, organAsDefendant);
        l16.session("2023-12-12", defectiveHead(l16.defendant(0), "何副局长", "DEPUTY"), noHead(l16.defendant(1)))
                .session("2024-01-16", head(l16.defendant(0), "吴局长", "PRINCIPAL", true), noHead(l16.defendant(1)))
                .outcome("2024-03-05", "REVOKE");

        LawsuitWalk.register(o, intermediate, "(2023)苏05行再3号", "RETRIAL", l2.id, "2023-10-16", "EXTERNAL_LAWYER", List.of(b));

        LawsuitWalk l18 = first(o, basic, "(2023)苏0585行初12号", "2023-08-21", "LEGAL_ADVISER", organAsDefendant);
        l18.session("2023-10-17", head(l18.defendant(0), "陈市长", "PRINCIPAL", true)).outcome("2023-12-05", "REJECT_CLAIMS");

        first(o, basic, "(2023)苏0585行初13号", "2023-12-18", "PUBLIC_LAWYER", d);

        recommendation("JUDICIAL", l1.id, null, "2022-12-15", "2023-01-20");
        recommendation("JUDICIAL", l12.id, null, "2023-09-20", "2023-11-10");
        recommendation("PROCURATORIAL", null, o, "2023-05-10", null);
        recommendation("JUDICIAL", l16.id, null, "2023-12-20", "2024-01-15");
        organ = o;
    }

    @SafeVarargs
    private static LawsuitWalk first(long organ, String court, String number, String filed, String counsel,
            Map<String, Object> defendant, Map<String, Object>... more) {
        List<Map<String, Object>> defendants = new ArrayList<>();
        defendants.add(defendant);
        defendants.addAll(Arrays.asList(more));
        return LawsuitWalk.register(organ, court, number, "FIRST", null, filed, counsel, defendants);
    }

    private static void recommendation(String kind, Long lawsuit, Long organId, String received, String answered) {
        var created = json().body(obj("kind", kind, "issuer", "JUDICIAL".equals(kind) ? "诉讼统计测试市人民法院" : "诉讼统计测试市人民检察院",
                "lawsuitId", lawsuit, "organId", organId, "addressee", ORGAN_NAME, "subject", "负责人无正当理由未出庭应诉",
                "receivedDate", received, "answerDueDate", java.time.LocalDate.parse(received).plusMonths(2).toString()))
                .post("/api/v1/recommendations").then().statusCode(201).extract();
        if (answered != null) {
            json().header("If-Match", created.header("ETag")).body(obj("date", answered, "summary", "已整改"))
                    .post("/api/v1/recommendations/" + created.jsonPath().getLong("id") + "/answer").then().statusCode(200);
        }
    }

    // ---- requests and expectations ---------------------------------------------------------------------------

    static ValidatableResponse get(String path, Object... params) {
        var spec = given().accept("application/json");
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation" + path).then().statusCode(200).contentType("application/json");
    }

    /** The 21 count ids of the contract, in its order, with the values given. */
    static Map<String, Long> counts(long... v) {
        String[] ids = { "suits", "suitsFirstInstance", "suitsAppeal", "suitsRetrial", "suitsCarriedOverIn", "suitsConcluded",
                "firstInstanceConcluded", "suitsLost", "meritsJudgments", "withdrawnAfterActChanged", "suitsPending", "sessions",
                "sessionsHeadAppeared", "suitsWithSession", "suitsHeadAppeared", "suitsPrincipalAppeared", "suitsHeadSpoke",
                "suitsWithCounsel", "judicialRecommendations", "procuratorialRecommendations", "recommendationsAnswered" };
        assertEquals(ids.length, v.length);
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], v[i]);
        }
        return m;
    }

    /** 2023 for the organ, counted by hand in the class comment. */
    static final Map<String, Long> YEAR_2023 = notices(counts(
            15, 13, 1, 1,   // suits, first instance, appeal, retrial
            3, 12, 11,      // carried over in, concluded, first-instance concluded
            5, 8, 1, 6,     // lost, merits judgments, withdrawn after the act changed, pending
            13, 7,          // sessions, sessions with a head
            12, 8, 6, 7,    // suits with a session, head appeared, principal, spoke
            11,             // counsel
            2, 1, 2),       // judicial, procuratorial, answered
            16, 8, 0);      // the court's notices to heads, honoured; suits a head left after a notice to appear again

    /** The counts of the court's notices (法释〔2020〕3号 arts. 4-7) added to {@code counts}. */
    static Map<String, Long> notices(Map<String, Long> counts, long notices, long honoured, long absentWhenNotifiedAgain) {
        Map<String, Long> m = new TreeMap<>(counts);
        m.put("headNotices", notices);
        m.put("headNoticesHonoured", honoured);
        m.put("suitsHeadAbsentWhenNotifiedAgain", absentWhenNotifiedAgain);
        return m;
    }

    static Map<String, Long> longs(Map<String, ?> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    /** The expected counts that {@code actual} must hold (it may hold more, e.g. recommendations for an agency row). */
    static void assertCounts(Map<String, Long> expected, Map<String, ?> actual, String what) {
        Map<String, Long> got = new TreeMap<>();
        expected.keySet().forEach(k -> got.put(k, actual.get(k) == null ? null : ((Number) actual.get(k)).longValue()));
        assertEquals(expected, got, what);
    }

    static void assertRate(Map<String, Object> rate, long num, long den, String percent, String what) {
        assertEquals(num, ((Number) rate.get("numerator")).longValue(), what + " numerator");
        assertEquals(den, ((Number) rate.get("denominator")).longValue(), what + " denominator");
        assertEquals(num + "/" + den, rate.get("fraction"), what + " fraction");
        if (percent == null) {
            assertNull(rate.get("percent"), what + " percent");
            assertEquals("—", rate.get("display"), what + " display");
        } else {
            assertEquals(new BigDecimal(percent), new BigDecimal(rate.get("percent").toString()), what + " percent");
            assertEquals(percent + "%", rate.get("display"), what + " display");
        }
    }

    static Map<String, Object> rate(JsonPath r, String id) {
        Map<String, Object> m = r.getMap("rates.find { it.id == '" + id + "' }");
        assertTrue(m != null, "no rate " + id);
        return m;
    }

    static void assertRate(JsonPath r, String id, long num, long den, String percent, String numeratorCount,
            String denominatorCount) {
        Map<String, Object> rate = rate(r, id);
        assertRate(rate, num, den, percent, id);
        assertEquals(numeratorCount, rate.get("numeratorCount"), id + " numeratorCount");
        assertEquals(denominatorCount, rate.get("denominatorCount"), id + " denominatorCount");
    }

    // ---- the report ------------------------------------------------------------------------------------------

    @Test
    void everyCountOfTheYearMatchesTheHandCount() {
        JsonPath r = get("", "organId", organ, "year", 2023).extract().jsonPath();
        assertEquals((int) organ, r.getInt("scope.organId"));
        assertEquals("2023-01-01", r.getString("period.from"));
        assertEquals("2023-12-31", r.getString("period.to"));
        assertEquals(YEAR_2023, longs(r.getMap("counts")));
    }

    @Test
    void everyRateIsTheExactFractionOfItsDefaultDefinition() {
        JsonPath r = get("", "organId", organ, "year", 2023).extract().jsonPath();
        assertEquals(List.of("appearance.head", "appearance.principal", "appearance.speaking", "counsel", "litigation.loss"),
                r.getList("rates.id", String.class).stream().sorted().toList());
        // 5/11 = 45.45…% → 45.5
        assertRate(r, "litigation.loss", 5, 11, "45.5", "suitsLost", "firstInstanceConcluded");
        assertEquals("concluded", rate(r, "litigation.loss").get("variant"));
        assertEquals(true, rate(r, "litigation.loss").get("defaultVariant"));
        assertEquals("败诉率", rate(r, "litigation.loss").get("nameZh"));
        // 8/12 = 66.67% (L1 counts through its 2022 session, L16's 2024 appearance does not)
        assertRate(r, "appearance.head", 8, 12, "66.7", "suitsHeadAppeared", "suitsWithSession");
        assertEquals("case", rate(r, "appearance.head").get("variant"));
        assertEquals(true, rate(r, "appearance.head").get("defaultVariant"));
        assertEquals("负责人出庭应诉率", rate(r, "appearance.head").get("nameZh"));
        assertRate(r, "appearance.principal", 6, 12, "50.0", "suitsPrincipalAppeared", "suitsWithSession");
        assertRate(r, "appearance.speaking", 7, 8, "87.5", "suitsHeadSpoke", "suitsHeadAppeared");
        // 11/15 = 73.33% → 73.3
        assertRate(r, "counsel", 11, 15, "73.3", "suitsWithCounsel", "suits");
        for (String id : List.of("appearance.principal", "appearance.speaking", "counsel")) {
            assertEquals(true, rate(r, id).get("defaultVariant"), id);
        }
    }

    @Test
    void theMeritsVariantDividesByJudgmentsOnTheMeritsOnly() {
        JsonPath r = get("", "organId", organ, "year", 2023, "variant", "litigation.loss:merits").extract().jsonPath();
        // 5/8: DISMISS_SUIT (L12) and the two withdrawals (L10, L11) are not judgments on the merits
        assertRate(r, "litigation.loss", 5, 8, "62.5", "suitsLost", "meritsJudgments");
        assertEquals("merits", rate(r, "litigation.loss").get("variant"));
        assertEquals(false, rate(r, "litigation.loss").get("defaultVariant"));
        assertRate(r, "appearance.head", 8, 12, "66.7", "suitsHeadAppeared", "suitsWithSession");
        assertEquals(YEAR_2023, longs(r.getMap("counts")), "a variant changes no count");
    }

    @Test
    void theSessionVariantCountsSessionsNotSuits() {
        JsonPath r = get("", "organId", organ, "year", 2023, "variant", "appearance.head:session").extract().jsonPath();
        // 7/13 = 53.85% → 53.8: L14 has two sessions, one of them without a head; L1's 2022 session is not one of 2023's
        assertRate(r, "appearance.head", 7, 13, "53.8", "sessionsHeadAppeared", "sessions");
        assertEquals("session", rate(r, "appearance.head").get("variant"));
        assertEquals(false, rate(r, "appearance.head").get("defaultVariant"));
        assertRate(r, "litigation.loss", 5, 11, "45.5", "suitsLost", "firstInstanceConcluded");
        // both variants together
        JsonPath both = get("", "organId", organ, "year", 2023, "variant", "litigation.loss:merits,appearance.head:session")
                .extract().jsonPath();
        assertRate(both, "litigation.loss", 5, 8, "62.5", "suitsLost", "meritsJudgments");
        assertRate(both, "appearance.head", 7, 13, "53.8", "sessionsHeadAppeared", "sessions");
    }

    @Test
    void outcomesByTypeListEveryOutcomeOfTheYearByInstance() {
        JsonPath r = get("", "organId", organ, "year", 2023).extract().jsonPath();
        List<String> enumOrder = List.of("REJECT_CLAIMS", "REVOKE", "PARTIAL_REVOKE", "ORDER_PERFORMANCE", "ORDER_PAYMENT",
                "CONFIRM_ILLEGAL", "CONFIRM_INVALID", "ALTER", "AGREEMENT_ORDER", "DISMISS_SUIT", "WITHDRAWAL_APPROVED",
                "DEEMED_WITHDRAWN", "MEDIATION", "TERMINATION", "APPEAL_REJECTED", "AMENDED_ON_APPEAL", "REMANDED");
        assertEquals(enumOrder, r.getList("outcomesByType.outcome"));
        // outcome → {first instance, appeal, retrial, total}; REVOKE is L1 only (L16's is in 2024), DISMISS_SUIT is L12
        // only (L4's is in 2022)
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        enumOrder.forEach(o -> expected.put(o, List.of(0, 0, 0, 0)));
        expected.put("REJECT_CLAIMS", List.of(3, 0, 0, 3));        // L2 L9 L18
        expected.put("REVOKE", List.of(1, 0, 0, 1));               // L1
        expected.put("PARTIAL_REVOKE", List.of(1, 0, 0, 1));       // L7
        expected.put("ORDER_PERFORMANCE", List.of(1, 0, 0, 1));    // L8
        expected.put("CONFIRM_ILLEGAL", List.of(1, 0, 0, 1));      // L5
        expected.put("ALTER", List.of(1, 0, 0, 1));                // L13
        expected.put("DISMISS_SUIT", List.of(1, 0, 0, 1));         // L12
        expected.put("WITHDRAWAL_APPROVED", List.of(2, 0, 0, 2));  // L10 L11
        expected.put("APPEAL_REJECTED", List.of(0, 1, 0, 1));      // L6
        Map<String, List<Integer>> got = new LinkedHashMap<>();
        for (Map<String, Object> e : r.<Map<String, Object>> getList("outcomesByType")) {
            got.put((String) e.get("outcome"), List.of(((Number) e.get("firstInstance")).intValue(),
                    ((Number) e.get("appeal")).intValue(), ((Number) e.get("retrial")).intValue(), ((Number) e.get("total")).intValue()));
        }
        assertEquals(expected, got);
        assertEquals(12, r.getInt("outcomesByType.total.sum()"), "every concluded suit once");

        Map<String, Object> revoke = r.getMap("outcomesByType.find { it.outcome == 'REVOKE' }");
        assertEquals("判决撤销", revoke.get("label"));
        assertEquals("ALL 70", revoke.get("article"));
        assertEquals(true, revoke.get("loss"));
        assertEquals(true, revoke.get("merits"));
        Map<String, Object> rejected = r.getMap("outcomesByType.find { it.outcome == 'REJECT_CLAIMS' }");
        assertEquals(false, rejected.get("loss"));
        assertEquals(true, rejected.get("merits"));
        Map<String, Object> withdrawn = r.getMap("outcomesByType.find { it.outcome == 'WITHDRAWAL_APPROVED' }");
        assertEquals(false, withdrawn.get("loss"));
        assertEquals(false, withdrawn.get("merits"));
        assertEquals(false, r.getBoolean("outcomesByType.find { it.outcome == 'APPEAL_REJECTED' }.merits"));
        assertEquals(true, r.getBoolean("outcomesByType.find { it.outcome == 'AGREEMENT_ORDER' }.loss"));
    }

    @Test
    void theSuitsReconcile() {
        JsonPath r = get("", "organId", organ, "year", 2023).extract().jsonPath();
        assertEquals(3, r.getInt("reconciliation.carriedOverIn"));
        assertEquals(15, r.getInt("reconciliation.filed"));
        assertEquals(12, r.getInt("reconciliation.concluded"));
        assertEquals(6, r.getInt("reconciliation.expectedPending"));
        assertEquals(6, r.getInt("reconciliation.pending"));
        assertEquals(0, r.getInt("reconciliation.difference"));
        assertEquals(true, r.getBoolean("reconciliation.balanced"));
        assertEquals("3 + 15 − 12 = 6", r.getString("reconciliation.equation"));
    }

    @Test
    void theFirstQuarterOf2024CountsTheHeadWhoCameInJanuary() {
        // carried over: L3 L14 L15 L16 L17 L19; L16 concluded 03-05 (REVOKE, lost); its 01-16 session had A's
        // principal head, who spoke; R4 answered 01-15; nothing filed, so counsel is undefined; the court had notified
        // both heads, O's did not come
        JsonPath r = get("", "organId", organ, "year", 2024, "quarter", 1).extract().jsonPath();
        assertEquals(notices(counts(0, 0, 0, 0, 6, 1, 1, 1, 1, 0, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1), 2, 1, 0),
                longs(r.getMap("counts")));
        assertRate(r, "litigation.loss", 1, 1, "100.0", "suitsLost", "firstInstanceConcluded");
        assertRate(r, "appearance.head", 1, 1, "100.0", "suitsHeadAppeared", "suitsWithSession");
        assertRate(r, "counsel", 0, 0, null, "suitsWithCounsel", "suits");
        assertEquals("6 + 0 − 1 = 5", r.getString("reconciliation.equation"));
    }

    @Test
    void thePreviousYearIsCountedBeside() {
        // 2022: filed L1 L2 L3 L4; concluded L4 (DISMISS_SUIT); pending L1 L2 L3; sessions L1-12-05, L2-12-20, L4-08-01,
        // each with a head (principal at L1 and L4, spoke at L1) whom the court had notified; counsel L2 L3 L4; R1 received
        JsonPath r = get("", "organId", organ, "year", 2023, "compare", "previous").extract().jsonPath();
        assertEquals(notices(counts(4, 4, 0, 0, 0, 1, 1, 0, 0, 0, 3, 3, 3, 3, 3, 2, 1, 3, 1, 0, 0), 3, 3, 0),
                longs(r.getMap("comparison.counts")));
        assertEquals(YEAR_2023, longs(r.getMap("counts")));
        assertEquals("3/3", r.getString("comparison.rates.find { it.id == 'appearance.head' }.fraction"));
        assertEquals("0/1", r.getString("comparison.rates.find { it.id == 'litigation.loss' }.fraction"));
    }

    // ---- 两高一低: per agency -----------------------------------------------------------------------------------

    static String key(String type, long id) {
        return type + ":" + id;
    }

    static Map<String, Object> row(JsonPath r, String key) {
        Map<String, Object> m = r.getMap("rows.find { it.key == '" + key + "' }");
        assertTrue(m != null, "no row " + key + " in " + r.getList("rows.key"));
        return m;
    }

    @SuppressWarnings("unchecked")
    static void assertAgency(JsonPath r, String key, long suits, long fic, long lost, String lossPercent, long withSession,
            long headAppeared, String headPercent) {
        Map<String, Object> row = row(r, key);
        assertEquals(suits, ((Number) row.get("suits")).longValue(), key + " suits");
        assertEquals(fic, ((Number) row.get("firstInstanceConcluded")).longValue(), key + " firstInstanceConcluded");
        assertEquals(lost, ((Number) row.get("suitsLost")).longValue(), key + " suitsLost");
        assertEquals(withSession, ((Number) row.get("suitsWithSession")).longValue(), key + " suitsWithSession");
        assertEquals(headAppeared, ((Number) row.get("suitsHeadAppeared")).longValue(), key + " suitsHeadAppeared");
        assertRate((Map<String, Object>) row.get("lossRate"), lost, fic, lossPercent, key + " lossRate");
        assertRate((Map<String, Object>) row.get("headAppearanceRate"), headAppeared, withSession, headPercent,
                key + " headAppearanceRate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachAgencyCountsItsOwnSuitsAndItsOwnHead() {
        JsonPath r = get("/agencies", "organId", organ, "year", 2023).extract().jsonPath();
        String a = key("respondent", landBureau);
        String b = key("respondent", town);
        String c = key("respondent", police);
        String d = key("respondent", otherTown);
        String o = key("organ", organ);
        assertEquals("-suits", r.getString("sort"));
        // by suits, most first: A 6, O 5, B 4, C 3, D 1
        assertEquals(List.of(a, o, b, c, d), r.getList("rows.key"));

        // A: L5 L6 L7 L10 L14 L16 filed; L1 L5 L7 L10 concluded in first instance, L1 L5 L7 lost; sessions in 2023
        // for L1 L5 L6 L7 L14 L16; A's own head at L1 (2022-12-05), L6, L7, L14 — not at L5, where only O's came
        assertAgency(r, a, 6, 4, 3, "75.0", 6, 4, "66.7");
        // B: L8 L11 L13 L17 filed; L2 L8 L11 L13 concluded, L8 L13 lost; sessions L8 L13 (L2's was in 2022), heads at both
        assertAgency(r, b, 4, 4, 2, "50.0", 2, 2, "100.0");
        // C: L9 L12 L15 filed; L9 L12 concluded, none lost; sessions L3 L9 L12, no valid head at any
        assertAgency(r, c, 3, 2, 0, "0.0", 3, 0, "0.0");
        // D: L19 only, pending without a session: both rates undefined
        assertAgency(r, d, 1, 0, 0, null, 0, 0, null);
        // O: L5 L6 L13 L16 L18 filed; L5 L13 L18 concluded in first instance, L5 L13 lost; sessions L5 L6 L13 L16 L18;
        // O's own head at L5, L13, L18
        assertAgency(r, o, 5, 3, 2, "66.7", 5, 3, "60.0");

        Map<String, Object> rowA = row(r, a);
        assertEquals("RESPONDENT", rowA.get("defendantType"));
        assertEquals((int) landBureau, ((Number) rowA.get("id")).intValue());
        assertEquals("诉讼统计测试市自然资源和规划局", rowA.get("name"));
        assertEquals("GOVERNMENT_DEPARTMENT", rowA.get("kind"));
        assertEquals("政府工作部门", rowA.get("kindLabel"));
        assertEquals("TOWNSHIP_GOVERNMENT", row(r, d).get("kind"));
        Map<String, Object> rowO = row(r, o);
        assertEquals("ORGAN", rowO.get("defendantType"));
        assertEquals((int) organ, ((Number) rowO.get("id")).intValue());
        assertEquals(ORGAN_NAME, rowO.get("name"));
        assertNull(rowO.get("kind"));
        assertEquals("litigation.loss", ((Map<String, Object>) rowA.get("lossRate")).get("id"));
        assertEquals("appearance.head", ((Map<String, Object>) rowA.get("headAppearanceRate")).get("id"));

        // every litigation count, this agency as a defendant (the 21 lawsuit counts; recommendations are left aside)
        // notices per defendant: A at L5 L6 L7 L14 (twice) L16, honoured at L6 L7 L14-11-21; B at L8 L13, both honoured;
        // C at L3 L9 L12, none; O at L5 L6 L13 L16 L18, honoured at L5 L13 L18
        Map<String, Long> countsA = notices(counts(6, 5, 1, 0, 1, 5, 4, 3, 3, 1, 2, 7, 3, 6, 4, 4, 4, 5, 0, 0, 0), 6, 3, 0);
        Map<String, Long> countsB = notices(counts(4, 3, 0, 1, 1, 4, 4, 2, 3, 0, 1, 2, 2, 2, 2, 1, 1, 2, 0, 0, 0), 2, 2, 0);
        Map<String, Long> countsC = notices(counts(3, 3, 0, 0, 1, 2, 2, 0, 1, 0, 2, 3, 0, 3, 0, 0, 0, 2, 0, 0, 0), 3, 0, 0);
        Map<String, Long> countsD = notices(counts(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0), 0, 0, 0);
        Map<String, Long> countsO = notices(counts(5, 4, 1, 0, 0, 4, 3, 2, 3, 0, 1, 5, 3, 5, 3, 1, 2, 4, 0, 0, 0), 5, 3, 0);
        for (var e : Map.of(a, countsA, b, countsB, c, countsC, d, countsD, o, countsO).entrySet()) {
            Map<String, Long> expected = new TreeMap<>(e.getValue());
            expected.keySet().removeAll(List.of("judicialRecommendations", "procuratorialRecommendations", "recommendationsAnswered"));
            assertCounts(expected, (Map<String, ?>) row(r, e.getKey()).get("counts"), e.getKey() + " counts");
        }

        // one year in the period: the same figures
        List<Map<String, Object>> years = (List<Map<String, Object>>) rowA.get("years");
        assertEquals(1, years.size());
        assertEquals(2023, ((Number) years.get(0).get("year")).intValue());
        assertEquals(6, ((Number) years.get(0).get("suits")).intValue());
        assertRate((Map<String, Object>) years.get(0).get("lossRate"), 3, 4, "75.0", "A 2023 lossRate");
        assertRate((Map<String, Object>) years.get(0).get("headAppearanceRate"), 4, 6, "66.7", "A 2023 headAppearanceRate");
    }

    @Test
    void agencyRatesFollowTheChosenVariant() {
        JsonPath r = get("/agencies", "organId", organ, "year", 2023, "variant", "litigation.loss:merits,appearance.head:session")
                .extract().jsonPath();
        @SuppressWarnings("unchecked")
        Map<String, Object> loss = (Map<String, Object>) row(r, key("respondent", landBureau)).get("lossRate");
        // A: 3 lost of 3 merits judgments (L10 was withdrawn)
        assertRate(loss, 3, 3, "100.0", "A merits");
        assertEquals("merits", loss.get("variant"));
        @SuppressWarnings("unchecked")
        Map<String, Object> head = (Map<String, Object>) row(r, key("respondent", landBureau)).get("headAppearanceRate");
        // A: its own head at 3 of the 7 sessions of its suits in 2023 (L6, L7, L14-11-21)
        assertRate(head, 3, 7, "42.9", "A per session");
        assertEquals("session", head.get("variant"));
    }

    @Test
    void agenciesSortByRateWithUndefinedRatesLast() {
        String a = key("respondent", landBureau);
        String b = key("respondent", town);
        String c = key("respondent", police);
        String d = key("respondent", otherTown);
        String o = key("organ", organ);
        // loss: A 3/4 75.0, O 2/3 66.7, B 2/4 50.0, C 0/2 0.0, D undefined
        assertEquals(List.of(a, o, b, c, d), get("/agencies", "organId", organ, "year", 2023, "sort", "-lossRate")
                .extract().jsonPath().getList("rows.key"));
        assertEquals(List.of(c, b, o, a, d), get("/agencies", "organId", organ, "year", 2023, "sort", "lossRate")
                .extract().jsonPath().getList("rows.key"));
        // head appearance: C 0/3 0.0, O 3/5 60.0, A 4/6 66.7, B 2/2 100.0, D undefined
        JsonPath asc = get("/agencies", "organId", organ, "year", 2023, "sort", "headAppearanceRate").extract().jsonPath();
        assertEquals("headAppearanceRate", asc.getString("sort"));
        assertEquals(List.of(c, o, a, b, d), asc.getList("rows.key"));
        assertEquals(List.of(b, a, o, c, d), get("/agencies", "organId", organ, "year", 2023, "sort", "-headAppearanceRate")
                .extract().jsonPath().getList("rows.key"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeriodOverTwoYearsIsCutAtTheYearBoundary() {
        // 2022-07-01 .. 2023-06-30, agency A: filed L1 (2022), L5 L7 L10 L14 (2023); concluded in first instance L4
        // (2022), L1 L5 L7 L10 (2023), lost L1 L5 L7; sessions L4 L1 (2022), L1 L5 L7 (2023); A's head at L4 and L1 in
        // 2022, and in the 2023 half at L1 (its 2022 session counts, art. 7) and L7
        JsonPath r = get("/agencies", "organId", organ, "from", "2022-07-01", "to", "2023-06-30").extract().jsonPath();
        String a = key("respondent", landBureau);
        assertAgency(r, a, 5, 5, 3, "60.0", 4, 3, "75.0");
        List<Map<String, Object>> years = (List<Map<String, Object>>) row(r, a).get("years");
        assertEquals(List.of(2022, 2023), years.stream().map(y -> ((Number) y.get("year")).intValue()).toList());
        assertEquals(1, ((Number) years.get(0).get("suits")).intValue());
        assertRate((Map<String, Object>) years.get(0).get("lossRate"), 0, 1, "0.0", "A 2022 lossRate");
        assertRate((Map<String, Object>) years.get(0).get("headAppearanceRate"), 2, 2, "100.0", "A 2022 headAppearanceRate");
        assertEquals(4, ((Number) years.get(1).get("suits")).intValue());
        assertRate((Map<String, Object>) years.get(1).get("lossRate"), 3, 4, "75.0", "A 2023 lossRate");
        assertRate((Map<String, Object>) years.get(1).get("headAppearanceRate"), 2, 3, "66.7", "A 2023 headAppearanceRate");
        // D's only suit was filed in December 2023: nothing counted, no row
        assertFalse(r.getList("rows.key").contains(key("respondent", otherTown)), r.getList("rows.key").toString());
    }

    // ---- breakdowns, text, formats ---------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void breakdownsByOutcomeAndMonthAddUpToTheReport() {
        JsonPath byOutcome = get("/breakdown", "organId", organ, "year", 2023, "by", "outcome").extract().jsonPath();
        assertEquals("outcome", byOutcome.getString("by"));
        assertEquals(YEAR_2023, longs(byOutcome.getMap("total.counts")));
        assertEquals(3, byOutcome.getInt("rows.find { it.key == 'REJECT_CLAIMS' }.counts.suitsConcluded"));
        assertEquals(2, byOutcome.getInt("rows.find { it.key == 'WITHDRAWAL_APPROVED' }.counts.suitsConcluded"));
        assertEquals(1, byOutcome.getInt("rows.find { it.key == 'APPEAL_REJECTED' }.counts.suitsConcluded"));
        assertEquals(1, byOutcome.getInt("rows.find { it.key == 'PARTIAL_REVOKE' }.counts.suitsLost"));
        assertEquals(0, byOutcome.getInt("rows.find { it.key == 'REJECT_CLAIMS' }.counts.suitsLost"));

        JsonPath months = get("/breakdown", "organId", organ, "year", 2023, "by", "month").extract().jsonPath();
        assertEquals(List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09",
                "2023-10", "2023-11", "2023-12"), months.getList("rows.key"));
        // filed: L5 | L7 L8 | L9 L10 | L11 L12 | L13 | L14 | L6 | L18 | L15 | L17 | L16 | L19
        assertEquals(List.of(1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1), months.getList("rows.counts.suits"));
        // concluded: - | L2 | - | L1 | L10 L7 | L11 L5 | L8 | L9 | L12 | L6 | L13 | L18
        assertEquals(List.of(0, 1, 0, 1, 2, 2, 1, 1, 1, 1, 1, 1), months.getList("rows.counts.suitsConcluded"));
        // sessions: - | - | L1 L5 | L7 | L8 | L3 L9 | L12 | L13 | L6 L14 | L18 | L14 | L16
        assertEquals(List.of(0, 0, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1), months.getList("rows.counts.sessions"));
        assertEquals(YEAR_2023, longs(months.getMap("total.counts")));
        Map<String, Object> totalLoss = months.getMap("total.rates.find { it.id == 'litigation.loss' }");
        assertRate(totalLoss, 5, 11, "45.5", "month total loss rate");
    }

    @Test
    void theReportParagraphStatesTheApiNumbers() {
        String text = get("/report-text", "organId", organ, "year", 2023).extract().jsonPath().getString("text");
        assertTrue(text.startsWith("2023年，全市共发生行政应诉案件15件（一审13件、二审1件"), text);
        for (String part : List.of("审结12件", "一审审结11件", "败诉5件", "败诉率45.5%", "负责人出庭应诉8件", "出庭应诉率66.7%")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        // the wording around a figure may vary ("开庭审理N件", "开庭审理的案件N件"); the figure may not
        for (String pattern : List.of("上年结转[^，。；]*3件", "开庭审理[^，。；]*12件", "正职[^，。；]*6件", "出庭出声率87\\.5%",
                "73\\.3%", "司法建议2件", "检察建议1件", "期末[^，。；]*6件")) {
            assertTrue(java.util.regex.Pattern.compile(pattern).matcher(text).find(), pattern + " in " + text);
        }
    }

    private static byte[] download(String path, String contentType, Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation" + path).then().statusCode(200).contentType(startsWith(contentType))
                .extract().asByteArray();
    }

    @Test
    void csvAndXlsxCarryTheSameFigures() throws IOException {
        byte[] csv = download("", "text/csv", "organId", organ, "year", 2023, "format", "csv");
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3), "UTF-8 byte-order mark");
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("litigation.loss") && l.contains("45.5%")), lines.toString());
        byte[] agenciesCsv = download("/agencies", "text/csv", "organId", organ, "year", 2023, "format", "csv");
        String agencies = new String(agenciesCsv, StandardCharsets.UTF_8);
        assertTrue(agencies.contains("诉讼统计测试市自然资源和规划局"), agencies);
        download("/breakdown", "text/csv", "organId", organ, "year", 2023, "by", "month", "format", "csv");

        for (String path : List.of("", "/agencies")) {
            byte[] xlsx = download(path, XLSX, "organId", organ, "year", 2023, "format", "xlsx", "compare", path.isEmpty() ? "previous" : "");
            java.nio.file.Path dir = java.nio.file.Path.of("target", "export-samples");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("litigation" + path.replace('/', '-') + ".xlsx"), xlsx);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                if (path.isEmpty()) {
                    List<String> sheets = new java.util.ArrayList<>();
                    wb.forEach(sheet -> sheets.add(sheet.getSheetName()));
                    assertEquals(List.of("行政应诉统计指标", "裁判结果", "平衡核对"), sheets);
                    var figures = wb.getSheet("行政应诉统计指标");
                    boolean found = false;
                    for (var row : figures) {
                        if ("litigation.loss".equals(row.getCell(1).getStringCellValue())) {
                            assertEquals(5, row.getCell(4).getNumericCellValue());
                            assertEquals(11, row.getCell(5).getNumericCellValue());
                            assertEquals(45.5, row.getCell(6).getNumericCellValue(), 1e-9);
                            assertEquals("45.5%", row.getCell(7).getStringCellValue());
                            found = true;
                        }
                    }
                    assertTrue(found, "the loss rate row");
                    assertEquals("一审", wb.getSheet("裁判结果").getRow(0).getCell(4).getStringCellValue());
                } else {
                    assertEquals("两高一低", wb.getSheetAt(0).getSheetName());
                }
            }
        }
    }

    @Test
    void badRequestsAnswerProblems() {
        problem("/agencies", "organId", organ, "year", 2023, "sort", "plaintiffs");
        problem("/agencies", "organId", organ, "year", 2023, "sort", "-suits,-bogus");
        problem("/breakdown", "organId", organ, "year", 2023, "by", "clerk");
        problem("/breakdown", "organId", organ, "year", 2023, "by", "decisionType");
        problem("/breakdown", "organId", organ, "year", 2023);
        problem("", "organId", organ, "year", 2023, "variant", "litigation.loss:served");
        problem("", "organId", organ);
    }

    private static void problem(String path, Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        spec.get("/api/v1/statistics/litigation" + path).then().statusCode(400).contentType("application/problem+json")
                .body("code", notNullValue());
    }

    @Test
    void everyCountOfLawsuitsListsTheLawsuitsItCounts() {
        for (Object[] period : java.util.List.of(new Object[] { "year", 2023 }, new Object[] { "from", "2023-03-01", "to", "2023-09-30" })) {
            JsonPath r = get("", StatisticsFrozenAndSubmittedTest.concat(new Object[] { "organId", organ }, period)).extract().jsonPath();
            Map<String, Object> counts = r.getMap("counts");
            int listed = 0;
            for (Map.Entry<String, Object> e : counts.entrySet()) {
                var spec = io.restassured.RestAssured.given().accept("application/json").queryParam("organId", organ)
                        .queryParam("count", e.getKey()).queryParam("size", 500);
                for (int i = 0; i < period.length; i += 2) {
                    spec = spec.queryParam((String) period[i], period[i + 1]);
                }
                io.restassured.response.Response d = spec.get("/api/v1/statistics/litigation/cases");
                if (d.statusCode() == 400) {
                    assertEquals("STATISTICS_COUNT_NOT_LISTABLE", d.jsonPath().getString("code"), e.getKey());
                    continue;
                }
                assertEquals(200, d.statusCode(), d.asString());
                listed++;
                long figure = ((Number) e.getValue()).longValue();
                assertEquals(figure, d.jsonPath().getLong("figure"), e.getKey());
                assertEquals(figure, d.jsonPath().getList("lawsuits.items").size(), e.getKey());
            }
            assertEquals(17, listed, "counts of lawsuits");
            for (Map<String, Object> rate : r.<Map<String, Object>>getList("rates")) {
                for (String part : java.util.List.of("numerator", "denominator")) {
                    var spec = io.restassured.RestAssured.given().accept("application/json").queryParam("organId", organ)
                            .queryParam("rate", rate.get("id")).queryParam("part", part);
                    for (int i = 0; i < period.length; i += 2) {
                        spec = spec.queryParam((String) period[i], period[i + 1]);
                    }
                    JsonPath d = spec.get("/api/v1/statistics/litigation/cases").then().statusCode(200).extract().jsonPath();
                    assertEquals(((Number) rate.get(part)).longValue(), d.getLong("figure"), rate.get("id") + " " + part);
                }
            }
        }
        // a per-session variant counts sessions, not lawsuits
        io.restassured.RestAssured.given().accept("application/json").queryParam("organId", organ).queryParam("year", 2023)
                .queryParam("rate", "appearance.head").queryParam("part", "denominator").queryParam("variant", "appearance.head:session")
                .get("/api/v1/statistics/litigation/cases").then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("STATISTICS_COUNT_NOT_LISTABLE"));
    }
}
