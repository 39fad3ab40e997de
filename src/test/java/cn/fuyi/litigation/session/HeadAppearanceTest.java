package cn.fuyi.litigation.session;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.LawsuitWalk.head;
import static cn.fuyi.support.LawsuitWalk.noHead;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.support.LawsuitWalk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 法释〔2020〕3号 art. 7 ¶1 walked through the REST API: a head who attended one session of the instance has met the duty
 * to appear, "但人民法院通知行政机关负责人再次出庭的除外" — unless the court notified the head to appear again and the head
 * stayed away. The lawsuit shows it per defendant; the statistics count it, with the court's notices (arts. 4-5).
 *
 * <pre>
 * suit  defendants  sessions (2025)                                              the head in the instance
 * S1    A           03-10 A came;          04-14 A absent, notified again        A: absent when notified again
 * S2    A           03-11 A came;          04-15 A absent, not notified          A: attended
 * S3    B           03-12 B absent, notified; 04-16 B came                       B: attended (no notice to come again)
 * S4    A + O       03-13 A came, O absent; 04-17 A absent, notified, O came     A: absent when notified again, O: attended
 * </pre>
 * Every record says the court had notified the head except S2's second: 9 notices, 5 honoured.
 */
@QuarkusTest
class HeadAppearanceTest {

    static long organ;
    static long a;
    static long b;
    static LawsuitWalk s1;
    static LawsuitWalk s3;
    static LawsuitWalk s4;

    @BeforeEach
    void fixture() {
        if (organ != 0) {
            return;
        }
        long o = createOrgan("出庭应诉测试市人民政府", "出庭复〔{year}〕{seq}号", null);
        a = createRespondent(o, "出庭应诉测试市自然资源和规划局", "GOVERNMENT_DEPARTMENT");
        b = createRespondent(o, "出庭应诉测试市浏河镇人民政府", "TOWNSHIP_GOVERNMENT");
        String court = "出庭应诉测试市人民法院" + System.nanoTime();
        s1 = suit(o, court, 1, obj("respondentId", a));
        s1.session("2025-03-10", head(s1.defendant(0), "吴局长", "PRINCIPAL", true))
                .session("2025-04-14", noHead(s1.defendant(0)));
        LawsuitWalk s2 = suit(o, court, 2, obj("respondentId", a));
        s2.session("2025-03-11", head(s2.defendant(0), "吴局长", "PRINCIPAL", true))
                .session("2025-04-15", noHead(s2.defendant(0), "courtNotifiedHead", false));
        s3 = suit(o, court, 3, obj("respondentId", b));
        s3.session("2025-03-12", noHead(s3.defendant(0)))
                .session("2025-04-16", head(s3.defendant(0), "李镇长", "PRINCIPAL", false));
        s4 = suit(o, court, 4, obj("respondentId", a), obj("organId", o));
        s4.session("2025-03-13", head(s4.defendant(0), "王副局长", "DEPUTY", true), noHead(s4.defendant(1)))
                .session("2025-04-17", noHead(s4.defendant(0)), head(s4.defendant(1), "郑副市长", "DEPUTY", false));
        organ = o;
    }

    @SafeVarargs
    static LawsuitWalk suit(long organ, String court, int n, Map<String, Object>... defendants) {
        return LawsuitWalk.register(organ, court, "(2025)苏0585行初" + (700 + n) + "号", "FIRST", null, "2025-02-0" + n,
                "PUBLIC_LAWYER", List.of(defendants));
    }

    static JsonPath statistics(String path, Object... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/statistics/litigation" + path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theLawsuitShowsEachDefendantsHeadUnderArticle7() {
        given().get("/api/v1/lawsuits/" + s1.id).then().statusCode(200)
                .body("defendants.headAppearance", contains("ABSENT_WHEN_NOTIFIED_AGAIN"))
                .body("defendants[0].headAppearanceLabel", containsString("第七条"));
        given().get("/api/v1/lawsuits/" + s3.id).then().body("defendants.headAppearance", contains("ATTENDED"));
        given().get("/api/v1/lawsuits/" + s4.id).then().body("defendants.headAppearance", contains("ABSENT_WHEN_NOTIFIED_AGAIN", "ATTENDED"));
    }

    @Test
    void art7AHeadWhoStayedAwayWhenNotifiedAgainIsNotCountedAsHavingAppeared() {
        JsonPath r = statistics("", "organId", organ, "year", 2025);
        assertEquals(4, r.getInt("counts.suitsWithSession"));
        // S2 and S3 by their own head, S4 by the organ's
        assertEquals(3, r.getInt("counts.suitsHeadAppeared"));
        // S1: A came once, then stayed away when notified again; S4 is counted as attended through O
        assertEquals(1, r.getInt("counts.suitsHeadAbsentWhenNotifiedAgain"));
        assertEquals("3/4", r.getString("rates.find { it.id == 'appearance.head' }.fraction"));
        assertEquals(8, r.getInt("counts.sessions"));
        assertEquals(5, r.getInt("counts.sessionsHeadAppeared"));
        assertEquals(9, r.getInt("counts.headNotices"));
        assertEquals(5, r.getInt("counts.headNoticesHonoured"));
    }

    @Test
    void theCourtsNoticesGiveAVariantOfTheHeadAppearanceRate() {
        JsonPath r = statistics("", "organId", organ, "year", 2025, "variant", "appearance.head:notified");
        assertEquals("5/9", r.getString("rates.find { it.id == 'appearance.head' }.fraction"));
        assertEquals("55.6%", r.getString("rates.find { it.id == 'appearance.head' }.display"));
        assertEquals("headNoticesHonoured", r.getString("rates.find { it.id == 'appearance.head' }.numeratorCount"));
    }

    @Test
    void art7EachAgencyIsJudgedByItsOwnHead() {
        JsonPath r = statistics("/agencies", "organId", organ, "year", 2025);
        // A: S1 and S4 lost to the notice to appear again, S2 counts
        assertEquals("1/3", r.getString("rows.find { it.key == 'respondent:" + a + "' }.headAppearanceRate.fraction"));
        assertEquals(2, r.getInt("rows.find { it.key == 'respondent:" + a + "' }.counts.suitsHeadAbsentWhenNotifiedAgain"));
        assertEquals("1/1", r.getString("rows.find { it.key == 'respondent:" + b + "' }.headAppearanceRate.fraction"));
        assertEquals("1/1", r.getString("rows.find { it.key == 'organ:" + organ + "' }.headAppearanceRate.fraction"));
        // per defendant the notices are that defendant's: A 5 (S1 twice, S2 once, S4 twice), honoured 3
        assertEquals(5, r.getInt("rows.find { it.key == 'respondent:" + a + "' }.counts.headNotices"));
        assertEquals(3, r.getInt("rows.find { it.key == 'respondent:" + a + "' }.counts.headNoticesHonoured"));
    }

    @Test
    void art7IsJudgedAsOfThePeriodsEndSoTheFirstQuarterStillCountsTheHeadsWhoCame() {
        // up to 31 March no head had yet stayed away after a notice to appear again; S3's head had not yet come
        JsonPath r = statistics("", "organId", organ, "year", 2025, "quarter", 1);
        assertEquals("3/4", r.getString("rates.find { it.id == 'appearance.head' }.fraction"));
        assertEquals(0, r.getInt("counts.suitsHeadAbsentWhenNotifiedAgain"));
        assertEquals(5, r.getInt("counts.headNotices"));
    }

    @Test
    void art7ACorrectedRecordThatTheHeadCameRestoresTheInstance() {
        // an organ of its own, so that the fixture's figures stay as counted
        long other = createOrgan("出庭更正测试县人民政府", "出更复〔{year}〕{seq}号", null);
        long agency = createRespondent(other, "出庭更正测试县公安局", "GOVERNMENT_DEPARTMENT");
        LawsuitWalk s = suit(other, "出庭更正测试县人民法院" + System.nanoTime(), 5, obj("respondentId", agency));
        s.session("2025-05-06", head(s.defendant(0), "吴局长", "PRINCIPAL", true)).session("2025-06-03", noHead(s.defendant(0)));
        given().get("/api/v1/lawsuits/" + s.id).then().body("defendants.headAppearance", contains("ABSENT_WHEN_NOTIFIED_AGAIN"));
        s.correct("2025-06-03", head(s.defendant(0), "吴局长", "PRINCIPAL", false), "庭审笔录核对后更正");
        given().get("/api/v1/lawsuits/" + s.id).then().body("defendants.headAppearance", contains("ATTENDED"));
        JsonPath r = statistics("", "organId", other, "from", "2025-05-01", "to", "2025-06-30");
        assertEquals(1, r.getInt("counts.suitsHeadAppeared"));
        assertEquals(0, r.getInt("counts.suitsHeadAbsentWhenNotifiedAgain"));
    }
}
