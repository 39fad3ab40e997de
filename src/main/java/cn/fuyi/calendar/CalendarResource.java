package cn.fuyi.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.calendar.CalendarDtos.DateView;
import cn.fuyi.calendar.CalendarDtos.PeriodView;
import cn.fuyi.calendar.CalendarDtos.YearInput;
import cn.fuyi.calendar.CalendarDtos.YearSummaryView;
import cn.fuyi.calendar.CalendarDtos.YearView;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Messages;
import cn.fuyi.common.Problem;

@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = "工作日历 — the State Council's holidays and make-up working days, and statutory periods counted on them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final String TEXT_CSV = "text/csv";
    static final int MAX_RANGE_DAYS = 366;
    static final int MAX_AMOUNT = 1000;
    static final int MAX_EXTRA_DAYS = 1000;

    /** Both forms of the PUT share one OpenAPI operation, so both carry the whole description. */
    private static final String PUT_SUMMARY = "Load or correct a year's schedule";
    private static final String PUT_DESCRIPTION = "Creates the year or replaces all of its dates. A published year is "
            + "exactly as its dates say; in a year loaded as unpublished the days off that 全国年节及纪念日放假办法 fixes "
            + "still rest, except where a loaded date says otherwise. Replacing requires "
            + "If-Match with the year's ETag. Days off may be any date of the year or of the previous December; a make-up "
            + "working day must be a Saturday or Sunday, or the first working day after days off. Send JSON, or text/csv "
            + "in the layout of the reference file cn-statutory-holidays.csv: header date,notice_year,holiday,kind, kind "
            + "off or workday, every row with the path's year as notice_year; lines starting with # are comments, and "
            + "'# 2028 notices: URL URL' gives the notice URLs. Features holding deadlines are told of the change "
            + "(CalendarChanged) and recompute them.";

    @Inject
    CalendarService service;
    @Inject
    CurrentUser user;

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/years")
    @Operation(summary = "List the calendar's years", description = "Every year with whether its notice is published and how many days off and make-up working days it has")
    @APIResponse(responseCode = "200", description = "The years in order",
            content = @Content(schema = @Schema(implementation = YearSummaryView.class, type = SchemaType.ARRAY)))
    public List<YearSummaryView> years() {
        return service.years().stream().map(YearSummaryView::of).toList();
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/years/{year}")
    @Operation(summary = "Get a year's schedule", description = "The year with every date its notice names, and the days off "
            + "全国年节及纪念日放假办法 fixes for it (festival days, art. 6 substitute days), which the calendar counts "
            + "while the year's notice is not published")
    @APIResponse(responseCode = "200", description = "The year, with its ETag",
            content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "404", description = "The calendar has no such year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response year(@PathParam("year") int year, @Context HttpHeaders headers) {
        CalendarYear y = service.year(year);
        return Response.ok(YearView.of(y, service.days(year), Messages.locale(headers))).tag(ETags.of(y.version)).build();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/years/{year}")
    @Operation(summary = PUT_SUMMARY, description = PUT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "Invalid schedule; errors names every invalid day (days[i] in JSON, line n in CSV)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A date belongs to another year's notice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The year exists and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("year") int year, @Valid @NotNull YearInput input,
            @Context Request request, @Context HttpHeaders headers) {
        return replaced(service.replaceYear(input.toSchedule(year), user.username(),
                v -> ETags.requireMatch(request, headers, v)), Messages.locale(headers));
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/years/{year}")
    @Consumes(TEXT_CSV)
    @Operation(summary = PUT_SUMMARY, description = PUT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            examples = "date,notice_year,holiday,kind\n2028-01-01,2028,元旦,off")))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "Invalid schedule; errors names every invalid day (days[i] in JSON, line n in CSV)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceFromCsv(@PathParam("year") int year,
            @QueryParam("published") @Parameter(description = "CSV only: whether the notice is published (default true); JSON says it in the body",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String published,
            String csv, @Context Request request, @Context HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        if (!YearSchedule.inRange(year)) {
            throw ApiException.badRequest("CALENDAR_YEAR_OUT_OF_RANGE", Integer.toString(year));
        }
        boolean isPublished = published == null || published.isBlank() || parseBoolean("published", published, locale);
        YearSchedule schedule = ScheduleCsv.parse(csv, year, isPublished).validated();
        return replaced(service.replaceYear(schedule, user.username(), v -> ETags.requireMatch(request, headers, v)),
                locale);
    }

    private static Response replaced(CalendarService.Replaced r, Locale locale) {
        YearView view = YearView.of(r.year(), r.days(), locale);
        Response.ResponseBuilder b = r.created()
                ? Response.created(URI.create("/api/v1/calendar/years/" + r.year().year))
                : Response.ok();
        return b.tag(ETags.of(r.year().version)).type(MediaType.APPLICATION_JSON_TYPE).entity(view).build();
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/days")
    @Operation(summary = "Working days of a date range",
            description = "Every date from 'from' to 'to' (both included, at most 366 days): whether it is a working day, why, "
                    + "who says so (the year's notice, or for a year whose notice is not published the days off fixed by "
                    + "全国年节及纪念日放假办法), and whether the answer is provisional")
    @APIResponse(responseCode = "200", description = "One entry per date",
            content = @Content(schema = @Schema(implementation = DateView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A missing or invalid date, or a range longer than 366 days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DateView> days(
            @QueryParam("from") @Parameter(description = "First date, e.g. 2026-02-01", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last date, e.g. 2026-02-28", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @Context HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        LocalDate first = parseDate("from", from, locale);
        LocalDate last = parseDate("to", to, locale);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
            throw ApiException.badRequest("CALENDAR_RANGE_INVALID", first.toString(), last.toString(),
                    Integer.toString(MAX_RANGE_DAYS));
        }
        WorkingDayCalendar cal = service.current();
        List<DateView> result = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            result.add(DateView.of(d, cal, locale));
        }
        return result;
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/periods")
    @Operation(summary = "Compute a statutory period",
            description = "The due date of a period starting on 'start' (not counted): WORKING_DAYS skip weekends and statutory "
                    + "holidays and count make-up working days (ARL art. 88); CALENDAR_DAYS and MONTHS end on the next working "
                    + "day when their last day rests (Civil Procedure Law). The answer explains the count and says whether "
                    + "it is provisional because a year's notice is not published; in such a year the days off fixed by "
                    + "全国年节及纪念日放假办法 (festival days and art. 6 substitute days) are still rest days.")
    @APIResponse(responseCode = "200", description = "The period, explained",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodView period(
            @QueryParam("start") @Parameter(description = "The day the period starts from, e.g. 2026-02-12", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String start,
            @QueryParam("unit") @Parameter(description = "WORKING_DAYS, CALENDAR_DAYS or MONTHS", required = true,
                    schema = @Schema(implementation = PeriodUnit.class)) String unit,
            @QueryParam("amount") @Parameter(description = "Length of the period, 1 to 1000", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String amount,
            @QueryParam("extraDays") @Parameter(description = "Calendar days to add, e.g. an extension (0 to 1000; only for CALENDAR_DAYS and MONTHS)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000", defaultValue = "0")) String extraDays,
            @Context HttpHeaders headers) {
        Locale locale = Messages.locale(headers);
        LocalDate startDate = parseDate("start", start, locale);
        PeriodUnit periodUnit = parseUnit(unit, locale);
        int length = parseInt("amount", amount, 1, MAX_AMOUNT, locale);
        int extra = extraDays == null || extraDays.isBlank() ? 0 : parseInt("extraDays", extraDays, 0, MAX_EXTRA_DAYS, locale);
        if (extra != 0 && periodUnit == PeriodUnit.WORKING_DAYS) {
            throw invalid("extraDays", extraDays, locale, "calendar.param.extraDaysForWorkingDays");
        }
        PeriodResult r = new StatutoryPeriod(periodUnit, length).from(startDate, extra, service.current());
        return PeriodView.of(r, locale);
    }

    private static ApiException invalid(String name, String value, Locale locale, String reasonKey, Object... args) {
        return ApiException.badRequest("INVALID_PARAMETER", name, value == null ? "" : value,
                Messages.get(locale, reasonKey, args)).with("parameter", name);
    }

    private static LocalDate parseDate(String name, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            throw invalid(name, value, locale, "calendar.param.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, locale, "calendar.param.date");
        }
    }

    private static PeriodUnit parseUnit(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            throw invalid("unit", value, locale, "calendar.param.required");
        }
        try {
            return PeriodUnit.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(PeriodUnit.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw invalid("unit", value, locale, "calendar.param.unit", allowed);
        }
    }

    private static int parseInt(String name, String value, int min, int max, Locale locale) {
        if (value == null || value.isBlank()) {
            throw invalid(name, value, locale, "calendar.param.required");
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, value, locale, "calendar.param.range", Integer.toString(min), Integer.toString(max));
    }

    private static boolean parseBoolean(String name, String value, Locale locale) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, value, locale, "calendar.param.boolean");
        };
    }
}
