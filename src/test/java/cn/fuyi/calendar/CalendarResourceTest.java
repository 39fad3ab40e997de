package cn.fuyi.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
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
                .body("find { it.year == 2026 }.published", equalTo(true))
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
                .body("days.find { it.date == '2026-02-16' }.kindLabel", equalTo("放假"));
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
                .body("explanation", containsString("2027 年的放假安排尚未公布"));
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
                .body("provisional", contains(false, false, false, false));
    }

    @Test
    void ordinaryWeekendsAndUnpublishedYearsAreMarked() {
        given().header("Accept-Language", "en").queryParam("from", "2026-12-31").queryParam("to", "2027-01-03")
                .get("/api/v1/calendar/days").then().statusCode(200)
                .body("weekday", contains("THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))
                .body("working", contains(true, true, false, false))
                .body("reason", contains("Working day", "Working day", "Weekend", "Weekend"))
                .body("provisional", contains(false, true, true, true));
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
        given().queryParam("start", "2028-01-21").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2028-01-28"))
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

        // The notice is out: Spring Festival 2028-01-26 to 02-01 off, make-up Saturdays 01-22 and 02-05.
        String published = """
                {"published": true,
                 "noticeUrls": ["https://www.gov.cn/zhengce/zhengceku/2028-notice.htm"],
                 "days": [
                   {"date": "2028-01-01", "kind": "OFF", "holiday": "元旦"},
                   {"date": "2028-01-22", "kind": "WORKDAY", "holiday": "春节"},
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
                .body("daysOff", equalTo(8))
                .body("makeUpDays", equalTo(2));

        // Fri 01-21: Sat 22 (调休上班) = 1, Mon 24 = 2, Tue 25 = 3, 26 to 02-01 off, Wed 02 = 4, Thu 03 = 5.
        given().queryParam("start", "2028-01-21").queryParam("unit", "WORKING_DAYS").queryParam("amount", 5)
                .get("/api/v1/calendar/periods").then().statusCode(200)
                .body("due", equalTo("2028-02-03"))
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
    }
}
