package cn.fuyi.statistics.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.Problem;
import cn.fuyi.organ.OrganService;
import cn.fuyi.statistics.Definitions;
import cn.fuyi.statistics.FigureCases;
import cn.fuyi.statistics.Dimension;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.ReportWriter;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.StatisticsService;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownView;
import cn.fuyi.statistics.api.StatisticsViews.DefinitionsView;
import cn.fuyi.statistics.api.StatisticsViews.FigureCasesView;
import cn.fuyi.statistics.api.StatisticsViews.ReconciliationReport;
import cn.fuyi.statistics.api.StatisticsViews.ReportTextView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.statistics.export.Csv;
import cn.fuyi.statistics.export.StatisticsTables;
import cn.fuyi.statistics.export.Table;
import cn.fuyi.statistics.export.Xlsx;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE })
public class StatisticsResource {

    @Inject
    cn.fuyi.security.UserScope userScope;

    static final String TABLE_FORMATS = " With format=csv (UTF-8 with BOM, RFC 4180) or format=xlsx, or an Accept "
            + "header asking for text/csv or the XLSX media type, the same figures come as a table with Chinese headers.";

    @Inject
    StatisticsService statistics;
    @Inject
    ReportWriter writer;
    @Inject
    FigureCases figureCases;
    @Inject
    OrganService organs;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/reconsideration")
    @Operation(summary = "Reconsideration statistics of a period",
            description = "Every count and rate of domain §4 for a scope (an organ, with or without its subordinate organs, or every "
                    + "organ) and a period (year, year and quarter, or from–to): received, accepted, not accepted, correction requested, "
                    + "abandoned, carried over in, concluded, pending at period end, decisions by type, distinct respondents by kind, "
                    + "hearings, opinion letters, and the rates correction.direct, correction.comprehensive, hearing, ontime, mediation, "
                    + "publication and resolved as exact fractions with their display value and the definition variant used; the "
                    + "reconciliation of the accepted cases and data-quality warnings naming the cases. compare=previous adds the same "
                    + "dates a year earlier and the change." + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@BeanParam StatisticsRequest request,
            @QueryParam("compare") @Parameter(description = "previous: add the same figures for the same dates a year earlier, and the change") String compare) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        boolean previous = compare(compare);
        ExportFormat format = format(request);
        ReportView report = statistics.report(scope, period, request.variants(false), previous, Messages.locale(headers));
        return answer(report, format, () -> StatisticsTables.report(report), fileName("statistics", scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/reconsideration/breakdown")
    @Operation(summary = "Reconsideration statistics broken down",
            description = "The case counts and rates per respondent, respondentKind, category, domain, decisionType or organ (rows "
                    + "with no case counted in the period are left out; ordered by applications received, most first, or in code "
                    + "order for decisionType and respondentKind), or per month or quarter of the period (in order), with the total."
                    + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The rows and the total", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreakdownView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response breakdown(@BeanParam StatisticsRequest request,
            @QueryParam("by") @Parameter(description = "respondent, respondentKind, category, domain, decisionType, organ, month or quarter", required = true) String by) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        Dimension dimension = dimension(by);
        ExportFormat format = format(request);
        BreakdownView view = statistics.breakdown(scope, period, dimension, request.variants(false));
        return answer(view, format, () -> StatisticsTables.breakdown(view), fileName("statistics-by-" + dimension.id(), scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/reconsideration/reconciliation")
    @Operation(summary = "Reconcile the accepted cases of a period",
            description = "carried over in + accepted − concluded − other exits (always 0: an accepted case leaves only by a conclusion) "
                    + "= pending at period end, compared with pending counted directly; every case that breaks it or whose dates "
                    + "contradict each other is named in a data-quality warning." + TABLE_FORMATS)
    @APIResponse(responseCode = "200", description = "The reconciliation and the warnings", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reconciliation(@BeanParam StatisticsRequest request) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        ExportFormat format = format(request);
        ReconciliationReport view = statistics.reconciliation(scope, period, Messages.locale(headers));
        return answer(view, format, () -> StatisticsTables.reconciliation(view), fileName("reconciliation", scope, period));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/reconsideration/report-text")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The reconsideration paragraph of a report",
            description = "A Chinese paragraph in the style of the annual reports (全市共收到行政复议申请154件，……立案受理123件，审结122件"
                    + "（含上年结转案件5件），直接纠错5件，直接纠错率4.1%。…), written from the figures of the same request")
    @APIResponse(responseCode = "200", description = "The paragraph", content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportTextView reportText(@BeanParam StatisticsRequest request) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        request.requireJson();
        return writer.reconsideration(scope, period, request.variants(false));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/reconsideration/cases")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cases behind a figure",
            description = "Drill-down: the cases a count counts (count=concluded), or the cases of a rate's numerator or denominator "
                    + "(rate=correction.direct&part=denominator, with the variant of the request), for the same scope and period as the "
                    + "report. The list is read with the count's own definition, so its total (figure) is the report's figure. Paged "
                    + "(page, size, sort=caseNumber|receivedDate|acceptedDate|concludedDate|organId|id, '-' for descending; by id when not given); "
                    + "applicants' names are masked for statisticians. Counts of events (hearings held, opinion letters, …) and the "
                    + "litigation counts are not lists of cases and answer 400.")
    @APIResponse(responseCode = "200", description = "One page of the cases", content = @Content(schema = @Schema(implementation = FigureCasesView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of count and rate, an unknown count or rate, a count that is not a "
            + "count of cases, or part missing (STATISTICS_FIGURE_REQUIRED, STATISTICS_COUNT_NOT_LISTABLE, STATISTICS_PART_UNKNOWN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organ has this organId (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FigureCasesView cases(@BeanParam StatisticsRequest request,
            @QueryParam("count") @Parameter(description = "A count of cases, e.g. concluded (see /api/v1/statistics/definitions)") String count,
            @QueryParam("rate") @Parameter(description = "A reconsideration rate, e.g. correction.direct; with part") String rate,
            @QueryParam("part") @Parameter(description = "numerator or denominator, with rate") String part,
            @Valid @BeanParam PageRequest page) {
        Period period = request.period();
        Scope scope = request.scope(organs, userScope);
        request.requireJson();
        FigureCases.Target target = FigureCases.target(emptyToNull(count), emptyToNull(rate), emptyToNull(part), request.variants(false));
        return figureCases.list(scope, period, target, page, !userScope.seesPersonalData());
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @PermitAll
    @SecurityRequirements
    @GET
    @Path("/definitions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Definitions of every count and rate",
            description = "Public reference data: each count and rate with its id, Chinese and English name, formula in words, legal "
                    + "basis, a published figure to check against, and its variants (the default first); the conventions of display, "
                    + "periods, scope and reconciliation; each names the endpoint that answers it.")
    @APIResponse(responseCode = "200", description = "The definitions", content = @Content(schema = @Schema(implementation = DefinitionsView.class)))
    public DefinitionsView definitions() {
        return Definitions.all();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static boolean compare(String compare) {
        if (compare == null || compare.isEmpty()) {
            return false;
        }
        if (!compare.equals("previous")) {
            throw ApiException.badRequest("STATISTICS_COMPARE_UNKNOWN", compare);
        }
        return true;
    }

    private static Dimension dimension(String by) {
        return dimension(by, Dimension.values(), Dimension::id);
    }

    /** The dimension named by {@code by}: missing or unknown is a 400 listing the ones there are. */
    static <D> D dimension(String by, D[] values, java.util.function.Function<D, String> id) {
        List<String> ids = java.util.Arrays.stream(values).map(id).toList();
        if (by == null || by.isEmpty()) {
            throw ApiException.badRequest("STATISTICS_DIMENSION_REQUIRED", ids);
        }
        return java.util.Arrays.stream(values).filter(d -> id.apply(d).equals(by)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("STATISTICS_DIMENSION_UNKNOWN", by, ids));
    }

    private ExportFormat format(StatisticsRequest request) {
        return format(request, headers);
    }

    /** The format parameter, else a table format the Accept header asks for first, else JSON. */
    static ExportFormat format(StatisticsRequest request, HttpHeaders headers) {
        if (request.format != null && !request.format.isEmpty()) {
            return request.format();
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !t.isWildcardType()) {
                return ExportFormat.CSV;
            }
            if (t.isCompatible(MediaType.valueOf(Xlsx.MEDIA_TYPE)) && !t.isWildcardType()) {
                return ExportFormat.XLSX;
            }
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return ExportFormat.JSON;
            }
        }
        return ExportFormat.JSON;
    }

    static Response answer(Object json, ExportFormat format, java.util.function.Supplier<List<Table>> tables, String name) {
        if (format == ExportFormat.JSON) {
            return Response.ok(json).type(MediaType.APPLICATION_JSON).build();
        }
        byte[] body = format == ExportFormat.CSV ? Csv.write(tables.get().get(0)) : Xlsx.write(tables.get());
        return Response.ok(body).type(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"").build();
    }

    static String fileName(String what, Scope scope, Period period) {
        String organ = scope.everyOrgan() ? "all" : "organ" + scope.organ().id + (scope.includeSubordinates() ? "-with-subordinates" : "");
        return what + "-" + organ + "-" + period.from() + "-" + period.to();
    }
}
