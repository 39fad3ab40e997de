package cn.fuyi.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The calendar through HTTP, as an administrator and a case handler use it. Writes only years from 2028. */
@QuarkusTest
class CalendarResourceTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    CalendarTestYears testYears;

    @AfterEach
    void removeTestYears() {
        testYears.removeTestYears();
    }

    @Test
    void theYearsListShowsEveryShippedNoticeAnd2027AsUnpublished() {
        given().get("/api/v1/calendar/years").then().statusCode(200)
                .body("year", hasItems(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027))
                .body("find { it.year == 2027 }.published", equalTo(false))
                .body("find { it.year == 2027 }.daysOff", equalTo(0))
                .body("find { it.year == 2027 }.decreeApplies", equalTo(true))
                .body("find { it.year == 2026 }.published", equalTo(true))
                .body("find { it.year == 2026 }.decreeApplies", equalTo(false))
                .body("find { it.year == 2026 }.daysOff", equalTo(33))
                .body("find { it.year == 2026 }.makeUpDays", equalTo(6))
                .body("find { it.year == 2026 }.source", equalTo("RELEASE"))
                .body("find { it.year == 2026 }.noticeUrls",
                        contains("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"));
    }

    @Test
    void aYearHasEveryDateOfItsNoticeWithKindAndWeekday() {
        given().get("/api/v1/calendar/years/2026").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("year", equalTo(2026))
                .body("days", hasSize(39))
                .body("days[0].date", equalTo("2026-01-01"))
                .body("days.find { it.date == '2026-02-14' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2026-02-14' }.kindLabel", equalTo("调休上班"))
                .body("days.find { it.date == '2026-02-14' }.holiday", equalTo("春节"))
                .body("days.find { it.date == '2026-02-14' }.weekday", equalTo("SATURDAY"))
                .body("days.find { it.date == '2026-02-16' }.kindLabel", equalTo("放假"))
                .body("decreeApplies", equalTo(false))
                .body("decreeDays", hasSize(16))
                .body("decreeDays.namedByNotice", everyItem(equalTo(true)))
                .body("decreeDays.find { it.date == '2026-04-06' }.source", equalTo("DECREE_SUBSTITUTE"))
                .body("decreeDays.find { it.date == '2026-04-06' }.substituteFor", equalTo("2026-04-05"))
                .body("decreeDays.find { it.date == '2026-04-06' }.festival", equalTo("QINGMING"));
    }

    @Test
    void anUnpublishedYearListsTheDecreesDaysItsCalendarCounts() {
        given().header("Accept-Language", "en").get("/api/v1/calendar/years/2027").then().statusCode(200)
                .body("published", equalTo(false))
                .body("decreeApplies", equalTo(true))
                .body("days", empty())
                .body("decreeDays.date", contains("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                        "2027-02-09", "2027-02-10", "2027-04-05", "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04",
                        "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05"))
                .body("decreeDays.namedByNotice", everyItem(equalTo(false)))
                .body("decreeDays[1].holiday", equalTo("春节"))
                .body("decreeDays[1].source", equalTo("DECREE"))
                .body("decreeDays[1].sourceLabel", equalTo("National holidays decree, art. 2"))
                .body("decreeDays[5].sourceLabel", equalTo("National holidays decree, art. 6 substitute day"))
                .body("decreeDays[5].substituteFor", equalTo("2027-02-06"));
    }

    @Test
    void theNotice2019IncludesTheLastDaysOf2018() {
        given().get("/api/v1/calendar/years/2019").then().statusCode(200)
                .body("days[0].date", equalTo("2018-12-29"))
                .body("days[0].kind", equalTo("WORKDAY"));
    }

    @Test
    void aYearNotInTheCalendarIsAProblem404() {
        given().get("/api/v1/calendar/years/1990").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("CALENDAR_YEAR_NOT_FOUND"))
                .body("detail", containsString("1990"));
    }

    @Test
    void aFiveWorkingDayAcceptanceReviewOverTheSpringFestivalIsExplained() {
        given().queryParam("start", "2026-02-12").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("start", equalTo("2026-02-12"))
                .body("unit", equalTo("WORKING_DAYS"))
                .body("unitLabel", equalTo("工作日"))
                .body("due", equalTo("2026-02-26"))
                .body("rawEnd", equalTo("2026-02-26"))
                .body("skippedDays", hasSize(9))
                .body("skippedDays[0].date", equalTo("2026-02-15"))
                .body("skippedDays[0].reason", equalTo("春节"))
                .body("movedPastHoliday", equalTo(false))
                .body("provisional", equalTo(false))
                .body("provisionalYears", empty())
                .body("explanation", containsString("5 个工作日"))
                .body("explanation", containsString("跳过 9 个休息日"))
                .body("explanation", containsString("2026-02-26"));
    }

    @Test
    void theExplanationIsInEnglishWhenAskedFor() {
        given().header("Accept-Language", "en").queryParam("start", "2026-08-04").queryParam("unit", "CALENDAR_DAYS")
                .queryParam("amount", 60)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("rawEnd", equalTo("2026-10-03"))
                .body("due", equalTo("2026-10-08"))
                .body("movedPastHoliday", equalTo(true))
                .body("skippedDays.reason", contains("国庆节", "国庆节", "国庆节", "国庆节", "国庆节"))
                .body("explanation", equalTo("60 days from 2026-08-04 (the start day not counted) run to 2026-10-03; "
                        + "that day is a rest day (国庆节), so the period ends on the next working day, 2026-10-08."));
    }

    @Test
    void aPeriodReaching2027IsProvisional() {
        given().queryParam("start", "2026-11-20").queryParam("unit", "CALENDAR_DAYS").queryParam("amount", 60)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2027-01-19"))
                .body("provisional", equalTo(true))
                .body("provisionalYears", contains(2027))
                .body("explanation", containsString("2027 年的放假通知尚未公布：该年只计入《全国年节及纪念日放假办法》规定的节日及其补假"));
    }

    @Test
    void aPeriodEndingOnNationalDayOfAnUnpublishedYearMovesOverTheDecreesDays() {
        given().header("Accept-Language", "en").queryParam("start", "2027-08-02").queryParam("unit", "CALENDAR_DAYS")
                .queryParam("amount", 60)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("rawEnd", equalTo("2027-10-01"))
                .body("due", equalTo("2027-10-06"))
                .body("movedPastHoliday", equalTo(true))
                .body("skippedDays.date", contains("2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05"))
                .body("skippedDays.source", contains("DECREE", "DECREE", "DECREE", "DECREE_SUBSTITUTE", "DECREE_SUBSTITUTE"))
                .body("skippedDays[3].sourceLabel", equalTo("National holidays decree, art. 6 substitute day"))
                .body("provisional", equalTo(true))
                .body("explanation", containsString("that day is a rest day (国庆节), so the period ends on the next working day, 2027-10-06."))
                .body("explanation", containsString("for that year only the festival days fixed by the holidays decree"));
    }

    @Test
    void aWorkingDayPeriodOverAPublishedFestivalNamesTheNoticeAndAWeekendNothing() {
        given().queryParam("start", "2026-09-29").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2026-10-12"))
                .body("skippedDays[0].source", equalTo("NOTICE"))
                .body("skippedDays[0].sourceLabel", equalTo("国务院办公厅放假通知"))
                .body("skippedDays[7].reason", equalTo("周日"))
                .body("skippedDays[7].source", nullValue());
    }

    @Test
    void extraDaysLengthenACalendarPeriod() {
        given().queryParam("start", "2026-08-04").queryParam("unit", "CALENDAR_DAYS").queryParam("amount", 30)
                .queryParam("extraDays", 30)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("extraDays", equalTo(30))
                .body("due", equalTo("2026-10-08"))
                .body("explanation", containsString("另加 30 日"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "start missing                |            | WORKING_DAYS | 5  |   | start",
            "start not a date             | 2026-02-30 | WORKING_DAYS | 5  |   | start",
            "unit unknown                 | 2026-02-12 | WEEKS        | 5  |   | unit",
            "unit missing                 | 2026-02-12 |              | 5  |   | unit",
            "amount zero                  | 2026-02-12 | WORKING_DAYS | 0  |   | amount",
            "amount not a number          | 2026-02-12 | MONTHS       | x  |   | amount",
            "amount too large             | 2026-02-12 | MONTHS       | 5000 |   | amount",
            "extra days for working days  | 2026-02-12 | WORKING_DAYS | 5  | 3 | extraDays",
            "negative extra days          | 2026-02-12 | CALENDAR_DAYS | 60 | -1 | extraDays" })
    void aBadPeriodParameterIsA400Problem(String name, String start, String unit, String amount, String extra,
            String parameter) {
        var request = given();
        if (start != null) {
            request.queryParam("start", start);
        }
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        if (amount != null) {
            request.queryParam("amount", amount);
        }
        if (extra != null) {
            request.queryParam("extraDays", extra);
        }
        request.get("/api/v1/calendar/periods").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("parameter", equalTo(parameter))
                .body("detail", startsWith("参数 " + parameter));
    }

    @Test
    void aBadParameterIsExplainedInEnglishWhenAskedFor() {
        given().header("Accept-Language", "en").queryParam("start", "12/02/2026").queryParam("unit", "WORKING_DAYS")
                .queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(400)
                .body("detail", equalTo("Parameter start has an invalid value \"12/02/2026\": "
                        + "expected a date as yyyy-MM-dd, e.g. 2026-02-12"));
    }

    @Test
    void theDaysOfARangeSayWhetherAndWhyTheyAreWorkingDays() {
        given().queryParam("from", "2026-02-13").queryParam("to", "2026-02-16")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("date", contains("2026-02-13", "2026-02-14", "2026-02-15", "2026-02-16"))
                .body("working", contains(true, true, false, false))
                .body("reason", contains("工作日", "调休上班（春节）", "春节", "春节"))
                .body("kind", contains(null, "WORKDAY", "OFF", "OFF"))
                .body("source", contains(null, "NOTICE", "NOTICE", "NOTICE"))
                .body("sourceLabel", contains(null, "国务院办公厅放假通知", "国务院办公厅放假通知", "国务院办公厅放假通知"))
                .body("provisional", contains(false, false, false, false));
    }

    @Test
    void newYearsDayOfAnUnpublishedYearRestsByTheDecreeAndItsWeekendIsProvisional() {
        given().header("Accept-Language", "en").queryParam("from", "2026-12-31").queryParam("to", "2027-01-04")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("weekday", contains("THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "MONDAY"))
                .body("working", contains(true, false, false, false, true))
                .body("reason", contains("Working day", "Holiday: 元旦 (fixed by the holidays decree)", "Weekend", "Weekend",
                        "Working day"))
                .body("source", contains(null, "DECREE", null, null, null))
                .body("provisional", contains(false, false, true, true, true));
    }

    @Test
    void theDaysOfAnUnpublishedYearSayTheDecreeFixesThemAndWhichAreSubstitutes() {
        given().queryParam("from", "2027-09-30").queryParam("to", "2027-10-06")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("working", contains(true, false, false, false, false, false, true))
                .body("kind", contains(null, "OFF", "OFF", "OFF", "OFF", "OFF", null))
                .body("holiday", contains(null, "国庆节", "国庆节", "国庆节", "国庆节", "国庆节", null))
                .body("source", contains(null, "DECREE", "DECREE", "DECREE", "DECREE_SUBSTITUTE", "DECREE_SUBSTITUTE", null))
                .body("sourceLabel[1]", equalTo("《全国年节及纪念日放假办法》第二条"))
                .body("sourceLabel[4]", equalTo("《全国年节及纪念日放假办法》第六条补假"))
                .body("substituteFor", contains(null, null, null, null, "2027-10-02", "2027-10-03", null))
                .body("reason[1]", equalTo("国庆节（放假办法规定的节日）"))
                .body("reason[4]", equalTo("国庆节补假（2027-10-02 适逢周末，放假办法第六条）"))
                // the festival days themselves cannot change; the substitute days and the rest await the notice
                .body("provisional", contains(true, false, false, false, true, true, true));
        given().header("Accept-Language", "en").queryParam("from", "2027-10-04").queryParam("to", "2027-10-04")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("[0].sourceLabel", equalTo("National holidays decree, art. 6 substitute day"))
                .body("[0].reason", equalTo("Substitute day off for 国庆节 on 2027-10-02, a weekend day (holidays decree art. 6)"));
    }

    @Test
    void aYearLoadedUnpublishedKeepsTheDecreesDaysAndOnceLoadedAsPublishedItsNoticeWins() {
        // A draft of 2029's notice: bridging days 4 and 5 October, make-up Saturday 29 September.
        String draft = """
                {"published": %s, "noticeUrls": [], "days": [
                  {"date": "2029-09-29", "kind": "WORKDAY", "holiday": "国庆节"},
                  {"date": "2029-10-04", "kind": "OFF", "holiday": "国庆节"},
                  {"date": "2029-10-05", "kind": "OFF", "holiday": "国庆节"}]}
                """;
        given().contentType(ContentType.JSON).body(draft.formatted("false"))
                .put("/api/v1/calendar/years/2029").then().statusCode(201)
                .body("decreeApplies", equalTo(true))
                .body("decreeDays.find { it.date == '2029-10-01' }.namedByNotice", equalTo(false));
        given().queryParam("from", "2029-09-29").queryParam("to", "2029-10-07")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("working", contains(true, false, false, false, false, false, false, false, false))
                .body("source", contains("NOTICE", null, "DECREE", "DECREE", "DECREE", "NOTICE", "NOTICE", null, null));
        given().queryParam("start", "2029-09-28").queryParam("unit", "WORKING_DAYS").queryParam("amount", 2)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2029-10-08"))
                .body("provisionalYears", contains(2029));

        // Loaded as published, the same dates are the whole year: it names no 1–3 October, so they are working days,
        // and the year's view shows the decree's days the notice leaves out.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(draft.formatted("true"))
                .put("/api/v1/calendar/years/2029").then().statusCode(200)
                .body("decreeApplies", equalTo(false))
                .body("decreeDays.find { it.date == '2029-10-01' }.namedByNotice", equalTo(false))
                .body("decreeDays.find { it.date == '2029-01-01' }.namedByNotice", equalTo(false));
        given().queryParam("from", "2029-10-01").queryParam("to", "2029-10-01")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("[0].working", equalTo(true))
                .body("[0].source", nullValue())
                .body("[0].provisional", equalTo(false));
    }

    @Test
    void aRangeOfMoreThan366DaysOrBackwardsIsRejected() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2027-01-02")
                .get("/api/v1/calendar/days").then().statusCode(400).body("code", equalTo("CALENDAR_RANGE_INVALID"));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-31")
                .get("/api/v1/calendar/days").then().statusCode(400).body("code", equalTo("CALENDAR_RANGE_INVALID"));
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/v1/calendar/days").then().statusCode(200).body("$", hasSize(365));
        given().queryParam("from", "2026-01-01")
                .get("/api/v1/calendar/days").then().statusCode(400).body("parameter", equalTo("to"));
    }

    @Test
    void anAdministratorLoadsAndThenPublishes2028AndItsDeadlinesBecomeFinal() {
        given().get("/api/v1/calendar/years/2028").then().statusCode(404);
        // Before any notice the decree's Spring Festival rests: 除夕 Tue 01-25 to 初三 Fri 01-28.
        // Fri 01-21: Mon 24 = 1, Mon 31 = 2, Tue 02-01 = 3, Wed 02 = 4, Thu 03 = 5; no make-up Saturday is known yet.
        given().queryParam("start", "2028-01-21").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2028-02-03"))
                .body("skippedDays.date", contains("2028-01-22", "2028-01-23", "2028-01-25", "2028-01-26", "2028-01-27",
                        "2028-01-28", "2028-01-29", "2028-01-30"))
                .body("skippedDays.source", contains(null, null, "DECREE", "DECREE", "DECREE", "DECREE", null, null))
                .body("provisionalYears", contains(2028));

        given().contentType(ContentType.JSON).body("""
                {"published": false, "noticeUrls": [], "days": [{"date": "2028-01-01", "kind": "OFF", "holiday": "元旦"}]}
                """)
                .put("/api/v1/calendar/years/2028").then().statusCode(201)
                .header("Location", endsWith("/api/v1/calendar/years/2028"))
                .header("ETag", equalTo("\"0\""))
                .body("published", equalTo(false))
                .body("source", equalTo("ADMIN"))
                .body("updatedBy", equalTo(cn.fuyi.support.Tokens.DEFAULT_USER))
                .body("days.date", contains("2028-01-01"));

        // The notice is out: Spring Festival 2028-01-25 to 02-01 off, make-up Saturdays 01-22 and 02-05.
        String published = """
                {"published": true,
                 "noticeUrls": ["https://www.gov.cn/zhengce/zhengceku/2028-notice.htm"],
                 "days": [
                   {"date": "2028-01-01", "kind": "OFF", "holiday": "元旦"},
                   {"date": "2028-01-22", "kind": "WORKDAY", "holiday": "春节"},
                   {"date": "2028-01-25", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-26", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-27", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-28", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-29", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-30", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-01-31", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-02-01", "kind": "OFF", "holiday": "春节"},
                   {"date": "2028-02-05", "kind": "WORKDAY", "holiday": "春节"}]}
                """;
        given().contentType(ContentType.JSON).body(published)
                .put("/api/v1/calendar/years/2028").then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(published)
                .put("/api/v1/calendar/years/2028").then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(published)
                .put("/api/v1/calendar/years/2028").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("published", equalTo(true))
                .body("daysOff", equalTo(9))
                .body("makeUpDays", equalTo(2));

        // Fri 01-21: Sat 22 (调休上班) = 1, Mon 24 = 2, 25 to 02-01 off, Wed 02 = 3, Thu 03 = 4, Fri 04 = 5.
        given().queryParam("start", "2028-01-21").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2028-02-04"))
                .body("provisional", equalTo(false))
                .body("provisionalYears", empty());
        given().get("/api/v1/calendar/years").then().statusCode(200)
                .body("find { it.year == 2028 }.published", equalTo(true))
                .body("find { it.year == 2028 }.version", equalTo(1));
    }

    @Test
    void anInvalidScheduleIsRejectedWithEveryInvalidDate() {
        given().contentType(ContentType.JSON).body("""
                {"published": true, "days": [
                  {"date": "2031-03-04", "kind": "WORKDAY", "holiday": "春节"},
                  {"date": "2032-01-01", "kind": "OFF", "holiday": "元旦"},
                  {"date": "2031-01-01", "kind": "OFF", "holiday": "元旦"},
                  {"date": "2031-01-01", "kind": "OFF", "holiday": "元旦"}]}
                """)
                .put("/api/v1/calendar/years/2031").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("days[0].kind", "days[1].date", "days[3].date"))
                .body("errors.code", contains("CALENDAR_DAY_KIND_MISMATCH", "CALENDAR_DAY_WRONG_YEAR",
                        "CALENDAR_DAY_DUPLICATE"))
                .body("errors[0].message", startsWith("2031-03-04 是周二"));
        given().get("/api/v1/calendar/years/2031").then().statusCode(404);
    }

    @Test
    void aDayWithoutKindOrHolidayFailsBeanValidation() {
        given().contentType(ContentType.JSON).body("""
                {"published": true, "days": [{"date": "2031-01-01", "holiday": " "}]}
                """)
                .put("/api/v1/calendar/years/2031").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("days[0].kind", "days[0].holiday"));
    }

    @Test
    void aYearOutsideTheMaintainableRangeIsRejected() {
        given().contentType(ContentType.JSON).body("{\"published\": true, \"days\": []}")
                .put("/api/v1/calendar/years/1999").then().statusCode(400)
                .body("code", equalTo("CALENDAR_YEAR_OUT_OF_RANGE"));
    }

    @Test
    void aDateOfAnotherYearsNoticeCannotBeClaimed() {
        given().contentType(ContentType.JSON).body("""
                {"published": true, "days": [{"date": "2033-12-31", "kind": "OFF", "holiday": "元旦"}]}
                """)
                .put("/api/v1/calendar/years/2034").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"published": true, "days": [{"date": "2033-12-31", "kind": "OFF", "holiday": "元旦"}]}
                """)
                .put("/api/v1/calendar/years/2033").then().statusCode(409)
                .body("code", equalTo("CALENDAR_DAY_TAKEN"))
                .body("detail", containsString("2034"));
    }

    @Test
    void aYearCanBeLoadedFromTheReferenceCsv() {
        given().contentType(CSV).body("""
                # Statutory public holidays of the PRC and their make-up working days (调休).
                # 2029 notices: https://www.gov.cn/zhengce/2029-a.htm https://www.gov.cn/zhengce/2029-b.htm
                date,notice_year,holiday,kind
                2029-01-01,2029,元旦,off
                2029-02-10,2029,春节,workday
                2029-02-12,2029,春节,off
                """)
                .put("/api/v1/calendar/years/2029").then().statusCode(201)
                .header("Location", endsWith("/api/v1/calendar/years/2029"))
                .body("published", equalTo(true))
                .body("noticeUrls", contains("https://www.gov.cn/zhengce/2029-a.htm", "https://www.gov.cn/zhengce/2029-b.htm"))
                .body("days.date", contains("2029-01-01", "2029-02-10", "2029-02-12"))
                .body("days[1].kindLabel", equalTo("调休上班"));

        given().contentType(CSV).header("If-Match", "\"0\"").queryParam("published", "false")
                .body("date,notice_year,holiday,kind\n2029-01-01,2029,元旦,off\n")
                .put("/api/v1/calendar/years/2029").then().statusCode(200)
                .body("published", equalTo(false))
                .body("days", hasSize(1));
    }

    @Test
    void anInvalidCsvNamesItsLines() {
        given().contentType(CSV).body("""
                date,notice_year,holiday,kind
                2029-01-01,2029,元旦,off
                2029-01-02,2028,元旦,off
                2029-02-30,2029,春节,off
                """)
                .put("/api/v1/calendar/years/2029").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("line 3", "line 4"))
                .body("errors.code", contains("CALENDAR_CSV_NOTICE_YEAR", "CALENDAR_CSV_ROW"));
        given().contentType(CSV).body("date,notice_year,holiday,kind\n2029-03-01,2029,春节,workday\n")
                .put("/api/v1/calendar/years/2029").then().statusCode(400)
                .body("errors[0].field", equalTo("line 2.kind"))
                .body("errors[0].code", equalTo("CALENDAR_DAY_KIND_MISMATCH"));
    }

    @Test
    void theCalendarsCodeListsAreListed() {
        given().get("/api/v1/code-lists/PERIOD_UNIT").then().statusCode(200)
                .body("codes.code", contains("WORKING_DAYS", "CALENDAR_DAYS", "MONTHS"))
                .body("codes[0].labelZh", equalTo("工作日"));
        given().get("/api/v1/code-lists/CALENDAR_DAY_KIND").then().statusCode(200)
                .body("codes.labelZh", contains("放假", "调休上班"));
        given().get("/api/v1/code-lists/CALENDAR_DAY_SOURCE").then().statusCode(200)
                .body("codes.code", contains("NOTICE", "DECREE", "DECREE_SUBSTITUTE"))
                .body("codes[2].labelEn", equalTo("National holidays decree, art. 6 substitute day"));
        given().get("/api/v1/code-lists/STATUTORY_FESTIVAL").then().statusCode(200)
                .body("codes.labelZh", contains("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"));
    }
}
