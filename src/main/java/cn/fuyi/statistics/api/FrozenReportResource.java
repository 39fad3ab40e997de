package cn.fuyi.statistics.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.Problem;
import cn.fuyi.organ.OrganService;
import cn.fuyi.security.UserScope;
import cn.fuyi.statistics.FrozenReports;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.Variants;
import cn.fuyi.statistics.api.StatisticsViews.FrozenDifferencesView;
import cn.fuyi.statistics.api.StatisticsViews.FrozenReportSummary;
import cn.fuyi.statistics.api.StatisticsViews.FrozenReportView;
import cn.fuyi.statistics.api.StatisticsViews.ReportTextView;
import cn.fuyi.statistics.export.Csv;
import cn.fuyi.statistics.export.StatisticsTables;
import cn.fuyi.statistics.export.Xlsx;

@Path("/api/v1/statistics/frozen-reports")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces(MediaType.APPLICATION_JSON)
public class FrozenReportResource {

    /** What to freeze: the scope and period as for the statistics, the variants, and a title. */
    @Schema(name = "FreezeRequest")
    public record FreezeRequest(@Schema(description = "The organ; absent: every organ the caller sees") Long organId,
            Boolean includeSubordinates, Integer year, Integer quarter, LocalDate from, LocalDate to,
            @Schema(description = "Definition variants of reconsideration and litigation rates, comma-separated, e.g. "
                    + "correction.direct:accepted,litigation.loss:merits") String variant,
            @Schema(description = "At most 200 characters", examples = "2019年度行政复议统计") String title) {
    }

    @Inject
    FrozenReports frozen;
    @Inject
    OrganService organs;
    @Inject
    UserScope userScope;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "statistician", "reviewer" })
    @POST
    @Operation(summary = "Freeze the statistics of a period (签发)",
            description = "Computes the reconsideration statistics of the scope and period with the variants, and stores them "
                    + "immutably with the definitions used and the ids of the cases behind every count of cases; audited with who "
                    + "froze them and when. A later correction of a case never changes a frozen report (see its differences).")
    @APIResponse(responseCode = "201", description = "Frozen; Location names it",
            content = @Content(schema = @Schema(implementation = FrozenReportView.class)))
    @APIResponse(responseCode = "400", description = "The period, scope or variants are invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response freeze(@NotNull FreezeRequest in) {
        StatisticsRequest r = new StatisticsRequest();
        r.organId = in.organId();
        r.includeSubordinates = in.includeSubordinates();
        r.year = in.year();
        r.quarter = in.quarter();
        r.from = in.from();
        r.to = in.to();
        Period period = r.period();
        Scope scope = r.scope(organs, userScope);
        FrozenReportView view = frozen.freeze(scope, period, Variants.parseMixed(in.variant(), false),
                Variants.parseMixed(in.variant(), true), in.title());
        return Response.created(URI.create("/api/v1/statistics/frozen-reports/" + view.id())).entity(view).build();
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Operation(summary = "List frozen reports", description = "Newest first, at most 500; of one organ and overlapping from–to when given")
    @APIResponse(responseCode = "200", description = "The frozen reports the caller may see")
    public List<FrozenReportSummary> list(@QueryParam("organId") Long organId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return frozen.list(organId, from, to);
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/{id}")
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE })
    @Operation(summary = "A frozen report",
            description = "The figures as frozen, with the definitions and variants used and the number of case ids kept per count."
                    + StatisticsResource.TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The frozen report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrozenReportView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No frozen report the caller may see has this id (FROZEN_REPORT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id,
            @QueryParam("format") @Parameter(description = "json (default), csv or xlsx") String format) {
        StatisticsRequest r = new StatisticsRequest();
        r.format = format;
        ExportFormat f = StatisticsResource.format(r, headers);
        FrozenReportView view = frozen.get(id);
        return StatisticsResource.answer(view, f, () -> {
            // the reconsideration tables first (CSV carries the first), then the litigation tables
            List<cn.fuyi.statistics.export.Table> tables = new java.util.ArrayList<>(StatisticsTables.report(view.report()));
            if (view.litigation() != null) {
                tables.addAll(StatisticsTables.litigation(view.litigation()));
            }
            return tables;
        }, "frozen-report-" + id);
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/{id}/differences")
    @Operation(summary = "A frozen report beside the live figures",
            description = "Every count whose live figure (same organs, period and variants) differs from the frozen one, with the "
                    + "cases counted now and not then and the reverse; every rate that moved. unchanged is true when nothing moved.")
    @APIResponse(responseCode = "200", description = "The differences", content = @Content(schema = @Schema(implementation = FrozenDifferencesView.class)))
    @APIResponse(responseCode = "404", description = "No frozen report the caller may see has this id (FROZEN_REPORT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FrozenDifferencesView differences(@PathParam("id") long id) {
        return frozen.differences(id);
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/{id}/cases")
    @Operation(summary = "The cases behind a frozen figure",
            description = "The ids (and today's case numbers) of the cases a count of cases counted when the report was frozen, paged in id order")
    @APIResponse(responseCode = "200", description = "One page of the cases",
            content = @Content(schema = @Schema(implementation = StatisticsViews.FrozenCasesView.class)))
    @APIResponse(responseCode = "400", description = "Not a count of cases of the report (STATISTICS_COUNT_NOT_LISTABLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No frozen report the caller may see has this id (FROZEN_REPORT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatisticsViews.FrozenCasesView cases(@PathParam("id") long id,
            @QueryParam("count") @Parameter(description = "A count of cases, e.g. received", required = true) String count,
            @jakarta.validation.Valid @jakarta.ws.rs.BeanParam cn.fuyi.common.PageRequest page) {
        return frozen.cases(id, count, page);
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/{id}/report-text")
    @Operation(summary = "The report paragraph of a frozen report",
            description = "Written from the frozen figures, not from today's: the reconsideration paragraph, or with "
                    + "statistics=litigation the litigation paragraph")
    @APIResponse(responseCode = "200", description = "The paragraph", content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "404", description = "No frozen report the caller may see has this id (FROZEN_REPORT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportTextView reportText(@PathParam("id") long id,
            @QueryParam("statistics") @Parameter(description = "reconsideration (default) or litigation") String statistics) {
        if (statistics != null && !statistics.equals("reconsideration") && !statistics.equals("litigation")) {
            throw cn.fuyi.common.ApiException.badRequest("STATISTICS_KIND_UNKNOWN", statistics);
        }
        return frozen.text(id, "litigation".equals(statistics));
    }
}
