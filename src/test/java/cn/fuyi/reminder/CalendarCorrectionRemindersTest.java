package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.calendar.CalendarTestYears;
import cn.fuyi.common.TimeSource;
import cn.fuyi.support.Api;
import cn.fuyi.support.SmtpServerResource;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A corrected holiday calendar moves a deadline: the reminder not yet sent for the old date is cancelled and the new
 * date's reminder goes out instead. Calendar-changing tests use 2028, so the clock is moved there.
 */
@QuarkusTest
class CalendarCorrectionRemindersTest {

    @Inject
    TimeSource time;
    @Inject
    ReminderPlanner planner;
    @Inject
    DeadlineJobs jobs;
    @Inject
    CalendarTestYears years;

    @BeforeEach
    void setUp() {
        years.removeTestYears();
        time.moveTo(LocalDate.of(2028, 3, 8), 9);
    }

    @AfterEach
    void tearDown() {
        time.reset();
        years.removeTestYears();
    }

    @Test
    void aCalendarCorrectionRecomputesTheRemindersOfTheDeadlinesItMoves() throws Exception {
        long organ = createOrgan(Api.unique("调休"), "调休〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "某区住房和城乡建设局", "GOVERNMENT_DEPARTMENT");
        String clerk = Api.unique("clerk.cal.");
        String mail = clerk.replace('-', '.') + "@fuyi.test";
        String token = Tokens.bearer(Tokens.of(clerk, "承办人戊", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        String reviewer = Tokens.bearer(Tokens.of("reviewer.cal", "负责人", Set.of("reviewer"), List.of(organ), "SUBTREE", null));
        json().header("Authorization", token).body(obj("email", mail, "inboxEnabled", true, "emailEnabled", true,
                "webhookEnabled", false, "digestEnabled", false, "quietRestDays", true))
                .put("/api/v1/reminder-preferences/me").then().statusCode(200);
        // Received Monday 2028-03-06: the review ends Monday 03-13, three working days after Wednesday 03-08.
        long id = receive(application(organ, respondent, "2028-03-06", "clerk", clerk, "actDate", "2028-03-01"));
        planner.plan();

        // The calendar is corrected: Thursday 03-09 is a day off. The review now ends Tuesday 03-14.
        given().contentType(ContentType.JSON).body("""
                {"published": false, "noticeUrls": [], "days": [{"date": "2028-03-09", "kind": "OFF", "holiday": "调休更正"}]}
                """).put("/api/v1/calendar/years/2028").then().statusCode(201);

        List<Map<String, Object>> emails = given().header("Authorization", reviewer)
                .queryParams(Map.of("subjectId", id, "channel", "EMAIL", "sort", "id")).get("/api/v1/reminders").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, emails.size(), emails.toString());
        assertEquals("2028-03-13", emails.get(0).get("dueDate"));
        assertEquals("CANCELLED", emails.get(0).get("status"));
        assertEquals("2028-03-14", emails.get(1).get("dueDate"));
        assertEquals("PENDING", emails.get(1).get("status"));

        jobs.reminders();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(mail)) {
                subjects.add(m.getSubject());
            }
        }
        assertEquals(1, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).contains("将于 2028-03-14 到期"), subjects.get(0));
    }
}
