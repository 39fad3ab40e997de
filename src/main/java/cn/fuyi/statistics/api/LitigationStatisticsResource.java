package cn.fuyi.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import cn.fuyi.statistics.LitigationStatistics;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.ReportWriter;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.SuitDimension;
import cn.fuyi.statistics.api.StatisticsViews.AgencyTableView;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownView;
import cn.fuyi.statistics.api.StatisticsViews.LitigationReportView;
import cn.fuyi.statistics.api.StatisticsViews.ReportTextView;
import cn.fuyi.statistics.export.Csv;
import cn.fuyi.statistics.export.StatisticsTables;
import cn.fuyi.statistics.export.Xlsx;

@Path("/api/v1/statistics/litigation")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE })
public class LitigationStatisticsResource {

    private static final String TABLE_FORMATS = StatisticsResource.TABLE_FORMATS;

    @Inject
    LitigationStatistics statistics;
    @Inject
    ReportWriter writer;
    @Inject
    OrganService organs;
    @Inject
    UserScope userScope;
    @Inject
    cn.fuyi.statistics.FigureCases figureCases;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/cases")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The lawsuits behind a litigation figure",
            description = "Drill-down: the lawsuits a litigation count counts (count=suitsLost), or those of a rate's numerator or "
                    + "denominator (rate=litigation.loss&part=denominator, with the variant of the request), over the whole scope and "
                    + "period of the report, read with the count's own condition, so the total (figure) is the report's figure. Paged "
                    + "(sort=courtCaseNumber|filedDate|outcomeDate|organId|id, by id when not given); plaintiffs who are persons are "
                    + "masked for statisticians. Counts of sessions, of the court's notices and of recommendations are not lists of "
                    + "lawsuits and answer 400.")
    @APIResponse(responseCode = "200", description = "One page of the lawsuits",
            content = @Content(schema = @Schema(implementation = StatisticsViews.FigureLawsuitsView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of count and rate, an unknown count or rate, a count that is not "
            + "a count of lawsuits, or part missing (STATISTICS_FIGURE_REQUIRED, STATISTICS_COUNT_NOT_LISTABLE, STATISTICS_PART_UNKNOWN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatisticsViews.FigureLawsuitsView cases(@BeanParam StatisticsRequest request,
            @QueryParam("count") @Parameter(description = "A count of lawsuits, e.g. suitsLost") String count,
            @QueryParam("rate") @Parameter(description = "A litigation rate, e.g. litigation.loss; with part") String rate,
            @QueryParam("part") @Parameter(description = "numerator or denominator, with rate") String part,
            @jakarta.validation.Valid @BeanParam cn.fuyi.common.PageRequest page) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        request.requireJson();
        cn.fuyi.statistics.FigureCases.Target target = cn.fuyi.statistics.FigureCases.target(StatisticsResource.emptyToNull(count),
                StatisticsResource.emptyToNull(rate), StatisticsResource.emptyToNull(part), request.variants(true), true);
        return figureCases.lawsuits(scope, period, target, page, !userScope.seesPersonalData());
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Operation(summary = "Litigation statistics of a period",
            description = "Every litigation count and rate of domain §4 for a scope (the organ that registered the lawsuits, with or "
                    + "without its subordinate organs, or every organ) and a period: suits docketed (by instance), carried over, "
                    + "decided, pending, outcomes by type and instance, losses, judgments on the merits, sessions and head "
                    + "appearances, counsel, judicial and procuratorial recommendations; the rates litigation.loss (variant merits: "
                    + "实体败诉率), appearance.head (variant session), appearance.principal, appearance.speaking and counsel as exact "
                    + "fractions with their display value and the variant used; the reconciliation of the lawsuits. compare=previous "
                    + "adds the same dates a year earlier and the change." + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LitigationReportView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@BeanParam StatisticsRequest request,
            @QueryParam("compare") @Parameter(description = "previous: add the same figures for the same dates a year earlier, and the change") String compare) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        boolean previous = StatisticsResource.compare(compare);
        ExportFormat format = StatisticsResource.format(request, headers);
        LitigationReportView report = statistics.report(scope, period, request.variants(true), previous);
        return StatisticsResource.answer(report, format, () -> StatisticsTables.litigation(report),
                StatisticsResource.fileName("litigation", scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/breakdown")
    @Operation(summary = "Litigation statistics broken down",
            description = "The litigation counts and rates per respondent (each defendant: a lawsuit with co-defendants is in the row "
                    + "of each, with that defendant's own head appearances), respondentKind, category, domain, outcome, instance or "
                    + "organ (rows with nothing counted are left out; by suits, most first, or in code order for outcome, instance "
                    + "and respondentKind), or per month or quarter of the period, with the total (each lawsuit once)." + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The rows and the total", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreakdownView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response breakdown(@BeanParam StatisticsRequest request,
            @QueryParam("by") @Parameter(description = "respondent, respondentKind, category, domain, outcome, instance, organ, month or quarter", required = true) String by) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        SuitDimension dimension = dimension(by);
        ExportFormat format = StatisticsResource.format(request, headers);
        BreakdownView view = statistics.breakdown(scope, period, dimension, request.variants(true));
        return StatisticsResource.answer(view, format, () -> StatisticsTables.breakdown(view),
                StatisticsResource.fileName("litigation-by-" + dimension.id(), scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/agencies")
    @Operation(summary = "两高一低: lawsuits, loss rate and head-appearance rate per agency",
            description = "Per defendant agency (a respondent, or the organ itself when it is a defendant): lawsuits docketed, "
                    + "first-instance decisions and losses with the loss rate, suits with a session and those its own head attended "
                    + "with the head-appearance rate, every litigation count, and the same three figures per calendar year of the "
                    + "period. A lawsuit with co-defendants counts for each. sort=field,-field over suits, lossRate, "
                    + "headAppearanceRate and name (default -suits); an undefined rate sorts last either way." + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The agencies and the total", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyTableView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agencies(@BeanParam StatisticsRequest request,
            @QueryParam("sort") @Parameter(description = "suits, lossRate, headAppearanceRate, name; - for descending; default -suits") String sort) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        ExportFormat format = StatisticsResource.format(request, headers);
        AgencyTableView view = statistics.agencies(scope, period, request.variants(true), sort);
        return StatisticsResource.answer(view, format, () -> StatisticsTables.agencies(view),
                StatisticsResource.fileName("litigation-agencies", scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/report-text")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The litigation paragraph of a report",
            description = "A Chinese paragraph in the style of the annual reports (全市共发生行政应诉案件…件，审结…件，其中一审审结…件，败诉…件，"
                    + "败诉率…%。开庭审理的案件…件，行政机关负责人出庭应诉…件，出庭应诉率…%…), written from the figures of the same request")
    @APIResponse(responseCode = "200", description = "The paragraph", content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportTextView reportText(@BeanParam StatisticsRequest request) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        request.requireJson();
        return writer.litigation(scope, period, request.variants(true));
    }

    private static SuitDimension dimension(String by) {
        return StatisticsResource.dimension(by, SuitDimension.values(), SuitDimension::id);
    }
}
