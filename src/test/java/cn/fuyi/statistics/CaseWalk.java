package cn.fuyi.statistics;

import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.fuyi.support.Api;
import io.restassured.response.Response;

/**
 * Drives one reconsideration case through the REST API as a client would, keeping the ETag of each answer for the
 * next step's If-Match (one request per step).
 */
final class CaseWalk {

    final long id;
    final String caseNumber;
    private String etag;

    private CaseWalk(long id, String caseNumber, String etag) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.etag = etag;
    }

    /** Receives an application; the act dates 20 days before receipt. */
    static CaseWalk receive(long organ, long respondent, String received, String category, String domain) {
        String act = LocalDate.parse(received).minusDays(20).toString();
        Map<String, Object> app = Api.application(organ, respondent, received, "actDate", act, "actKnownDate", act,
                "actCategory", category, "actDomain", domain);
        Response r = json().body(app).post("/api/v1/reconsiderations");
        r.then().statusCode(201);
        return new CaseWalk(r.jsonPath().getLong("id"), r.jsonPath().getString("caseNumber"), r.header("ETag"));
    }

    Response step(String transition, Object... body) {
        Response r = json().header("If-Match", etag).body(obj(body))
                .post("/api/v1/reconsiderations/" + id + "/transitions/" + transition);
        if (r.statusCode() != 200) {
            throw new AssertionError(transition + " on case " + id + " answered " + r.statusCode() + ": " + r.asString());
        }
        etag = r.header("ETag");
        return r;
    }

    CaseWalk accept(String date) {
        step("accept", "date", date);
        return this;
    }

    CaseWalk notAccept(String date) {
        step("not-accept", "date", date, "reason", "不属于行政复议范围");
        return this;
    }

    /** Ordinary procedure, then a hearing noticed on {@code notice} and held on {@code held}. */
    CaseWalk hearing(String procedureDate, String notice, String held) {
        step("choose-procedure", "date", procedureDate, "procedure", "ORDINARY");
        long hearing = step("schedule-hearing", "noticeDate", notice, "hearingDate", held, "place", "听证室")
                .jsonPath().getLong("hearings[-1].id");
        step("hold-hearing", "hearingId", hearing, "date", held, "presidingOfficer", "陈主持",
                "hearingOfficers", List.of("周听证", "吴听证"), "recorder", "郑记录", "respondentHeadAttended", false,
                "respondentHeadAbsenceReason", "负责人出差", "respondentStaff", List.of("法制科 王科员"));
        return this;
    }

    CaseWalk conclude(String date, String type, Object... extra) {
        Object[] body = new Object[4 + extra.length];
        body[0] = "date";
        body[1] = date;
        body[2] = "decisionType";
        body[3] = type;
        System.arraycopy(extra, 0, body, 4, extra.length);
        step("conclude", body);
        return this;
    }

    /** Both sides consent, the agreement is drawn up, signed by the applicant and the respondent and sealed (ARL 73). */
    CaseWalk mediate(String consented, String drawn, String signed, String sealed) {
        step("consent-to-mediation", "kind", "MEDIATION", "side", "APPLICANT", "date", consented);
        step("consent-to-mediation", "kind", "MEDIATION", "side", "RESPONDENT", "date", consented);
        step("draw-up-mediation-agreement", "date", drawn, "content", "被申请人变更处罚数额，申请人放弃其他请求", "lawful", true);
        step("sign-mediation-agreement", "side", "APPLICANT", "date", signed);
        step("sign-mediation-agreement", "side", "RESPONDENT", "date", signed);
        step("seal-mediation-agreement", "date", sealed);
        return this;
    }

    /** The parties' written settlement and the applicant's withdrawal (ARL 74). */
    CaseWalk settle(String settled, String withdrawn) {
        step("record-settlement", "date", settled, "content", "被申请人撤销原行为，申请人撤回申请", "lawful", true);
        step("withdraw-after-settlement", "date", withdrawn);
        return this;
    }

    CaseWalk servePublish(String served, String published) {
        step("serve", "date", served);
        step("publish", "date", published, "place", "人民政府门户网站");
        return this;
    }

    CaseWalk serveNotPublished(String served, String recorded) {
        step("serve", "date", served);
        step("record-not-published", "date", recorded, "reason", "涉及个人隐私");
        return this;
    }
}
