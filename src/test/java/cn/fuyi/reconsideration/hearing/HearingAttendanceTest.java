package cn.fuyi.reconsideration.hearing;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.ok;
import static cn.fuyi.support.Api.receive;
import static cn.fuyi.support.Api.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who came for the respondent at a hearing (ARL 51 ¶3: the head, or the reasons and the staff sent) and the
 * applicant's waiver (ARL 51 ¶2), through the API.
 */
@QuarkusTest
class HearingAttendanceTest {

    long organ;
    long respondent;

    @BeforeEach
    void organWithRespondent() {
        organ = createOrgan("听证测试市人民政府", "听政复〔{year}〕{seq}号", null);
        respondent = createRespondent(organ, "听证测试市住房和城乡建设局", "GOVERNMENT_DEPARTMENT");
    }

    /** An ordinary case with a hearing noticed on 03-10 for Friday 03-20. */
    private long[] caseWithHearing(String received) {
        long id = receive(application(organ, respondent, received, "actDate", "2023-11-01"));
        ok(id, "accept", "date", received);
        ok(id, "choose-procedure", "date", received, "procedure", "ORDINARY");
        long hearing = ok(id, "schedule-hearing", "noticeDate", received.substring(0, 5) + "03-10", "hearingDate",
                received.substring(0, 5) + "03-20", "place", "第一听证室").extract().jsonPath().getLong("hearings[0].id");
        return new long[] { id, hearing };
    }

    private static Object[] panel(long hearing, String date, Object... attendance) {
        Object[] base = { "hearingId", hearing, "date", date, "presidingOfficer", "陈主持", "hearingOfficers", List.of("周听证", "吴听证"),
                "recorder", "郑记录" };
        Object[] all = new Object[base.length + attendance.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(attendance, 0, all, base.length, attendance.length);
        return all;
    }

    @Test
    void theRespondentsAttendanceMustBeRecordedAndAnAbsentHeadGivesReasonsAndSendsStaff_ARL51() {
        long[] c = caseWithHearing("2026-03-02");
        long id = c[0];
        long hearing = c[1];
        List<Object[]> refused = List.of(
                panel(hearing, "2026-03-20"),
                panel(hearing, "2026-03-20", "respondentHeadAttended", true, "respondentHeadPosition", "局长"),
                panel(hearing, "2026-03-20", "respondentHeadAttended", true, "respondentHeadName", "钱局长"),
                panel(hearing, "2026-03-20", "respondentHeadAttended", false, "respondentStaff", List.of("法制科 孙科员")),
                panel(hearing, "2026-03-20", "respondentHeadAttended", false, "respondentHeadAbsenceReason", "出差"),
                panel(hearing, "2026-03-20", "respondentHeadAttended", false, "respondentHeadName", "钱局长",
                        "respondentHeadAbsenceReason", "出差", "respondentStaff", List.of("法制科 孙科员")));
        List<String> fields = List.of("respondentHeadAttended", "respondentHeadName", "respondentHeadPosition", "respondentHeadAbsenceReason",
                "respondentStaff", "respondentHeadName");
        for (int i = 0; i < refused.size(); i++) {
            step(id, "hold-hearing", obj(refused.get(i))).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(fields.get(i)));
        }
        given().get("/api/v1/reconsiderations/" + id).then().body("hearings[0].status", equalTo("SCHEDULED"));

        ok(id, "hold-hearing", panel(hearing, "2026-03-20", "respondentHeadAttended", false,
                "respondentHeadAbsenceReason", "局长参加市政府常务会议", "respondentStaff", List.of("法制科 孙科员", "执法大队 李队长")))
                .body("hearings[0].status", equalTo("HELD"))
                .body("hearings[0].respondentHeadAttended", equalTo(false))
                .body("hearings[0].respondentHeadAbsenceReason", equalTo("局长参加市政府常务会议"))
                .body("hearings[0].respondentStaff", contains("法制科 孙科员", "执法大队 李队长"))
                .body("hearings[0].respondentHeadName", nullValue());
        given().get("/api/v1/reconsiderations/" + id + "/events").then()
                .body("find { it.transition == 'HOLD_HEARING' }.details.respondentHeadAbsenceReason", equalTo("局长参加市政府常务会议"));

        long[] other = caseWithHearing("2026-03-03");
        ok(other[0], "hold-hearing", panel(other[1], "2026-03-20", "respondentHeadAttended", true, "respondentHeadName", "钱建华",
                "respondentHeadPosition", "副局长", "respondentStaff", List.of("法制科 孙科员")))
                .body("hearings[0].respondentHeadName", equalTo("钱建华"))
                .body("hearings[0].respondentHeadPosition", equalTo("副局长"));
    }

    @Test
    void aHearingUnderThe2017LawMayLeaveTheRespondentsAttendanceUnrecorded() {
        long id = receive(application(organ, respondent, "2023-12-04", "actDate", "2023-11-01"));
        ok(id, "accept", "date", "2023-12-05");
        ok(id, "choose-procedure", "date", "2023-12-05", "procedure", "ORDINARY");
        long hearing = ok(id, "schedule-hearing", "noticeDate", "2023-12-06", "hearingDate", "2023-12-15", "place", "听证室")
                .extract().jsonPath().getLong("hearings[0].id");
        ok(id, "hold-hearing", panel(hearing, "2023-12-15")).body("hearings[0].status", equalTo("HELD"));
    }

    @Test
    void anApplicantWhoRefusesToAttendWaivesTheHearingWhichIsItsOutcome_ARL51() {
        long[] c = caseWithHearing("2026-03-04");
        long id = c[0];
        long hearing = c[1];
        Map<String, Object> body = obj("hearingId", hearing, "date", "2026-03-21", "circumstances", "申请人经书面通知无正当理由未到场");
        step(id, "record-hearing-waived", body).then().statusCode(422).body("code", equalTo("HEARING_WAIVER_AFTER_HEARING_DATE"))
                .body("detail", containsString("2026-03-20"));
        step(id, "record-hearing-waived", obj("hearingId", hearing, "date", "2026-03-09", "circumstances", "x")).then()
                .statusCode(422).body("code", equalTo("DATE_BEFORE"));
        step(id, "record-hearing-waived", obj("hearingId", hearing, "date", "2026-03-20")).then().statusCode(400)
                .body("errors[0].field", equalTo("circumstances"));
        ok(id, "record-hearing-waived", "hearingId", hearing, "date", "2026-03-20", "circumstances", "申请人经书面通知无正当理由未到场")
                .body("hearings[0].status", equalTo("WAIVED"))
                .body("hearings[0].statusLabel", equalTo("申请人拒不参加，视为放弃听证权利"))
                .body("hearings[0].waivedDate", equalTo("2026-03-20"))
                .body("hearings[0].note", equalTo("申请人经书面通知无正当理由未到场"));
        step(id, "hold-hearing", obj(panel(hearing, "2026-03-20", "respondentHeadAttended", true, "respondentHeadName", "钱局长",
                "respondentHeadPosition", "局长"))).then().statusCode(422).body("code", equalTo("HEARING_NOT_SCHEDULED"));
        // the waiver is the record that the applicant could not be heard for its own reasons (ARL 49): the case is decided on the papers
        ok(id, "conclude", "date", "2026-03-30", "decisionType", "UPHOLD")
                .body("decisionBasis", org.hamcrest.Matchers.hasSize(0));
    }
}
