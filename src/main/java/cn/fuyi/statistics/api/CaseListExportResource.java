package cn.fuyi.statistics.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.Problem;
import cn.fuyi.common.TimeSource;
import cn.fuyi.reconsideration.CaseQueries;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.api.CaseFilter;
import cn.fuyi.reconsideration.api.CaseMapper;
import cn.fuyi.reconsideration.api.CaseViews.CaseSummary;
import cn.fuyi.statistics.export.Csv;
import cn.fuyi.statistics.export.Table;
import cn.fuyi.statistics.export.Xlsx;

/**
 * The case list as a spreadsheet: the same filters and order as {@code GET /api/v1/reconsiderations}, every
 * matching case (not one page), with Chinese column headers. Personal identifiers (ID numbers, phones, addresses)
 * are not exported.
 */
@Path("/api/v1/reconsiderations/export")
@Tag(name = "Reconsideration cases")
@Produces({ Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE })
public class CaseListExportResource {

    /** More rows than this are refused: such a list is a database extract, not a spreadsheet. */
    static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 1000;

    @Inject
    CaseQueries queries;
    @Inject
    CaseMapper mapper;
    @Inject
    TimeSource time;

    /** One transaction, so that the pages read are one snapshot: no case is missed or repeated by a concurrent change. */
    @GET
    @Operation(summary = "Export a filtered case list",
            description = "Every case matching the list's filters (state, organId with includeSubordinates, respondentId, actCategory, "
                    + "actDomain, clerk, assignedToMe, receivedFrom/receivedTo, overdue, dueWithinDays, asOf, q) in the order of sort, "
                    + "as CSV (UTF-8 with BOM, RFC 4180; the default) or XLSX, with Chinese column headers. At most 100,000 rows.")
    @APIResponse(responseCode = "200", description = "The cases as a table", content = {
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "422", description = "More than 100,000 cases match (EXPORT_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    @RolesAllowed({ "clerk", "reviewer", "statistician" })
    public Response export(@Valid @BeanParam CaseFilter filter,
            @QueryParam("sort") @Parameter(description = "As for the list, e.g. sort=receivedDate,-caseNumber") String sort,
            @QueryParam("format") @Parameter(description = "csv (default) or xlsx") String format) {
        ExportFormat f = ExportFormat.parse(format, ExportFormat.CSV, ExportFormat.CSV, ExportFormat.XLSX);
        LocalDate asOf = filter.asOf != null ? filter.asOf : time.today();
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0;; page++) {
            CaseQueries.Page chunk = queries.list(filter, new PageRequest(page, CHUNK, sort), asOf);
            if (chunk.total() > MAX_ROWS) {
                throw ApiException.unprocessable("EXPORT_TOO_LARGE", chunk.total(), MAX_ROWS);
            }
            CaseMapper.Lookups lookups = CaseMapper.Lookups.forCases(chunk.items());
            for (ReconsiderationCase c : chunk.items()) {
                rows.add(row(c, mapper.summary(c, lookups, asOf)));
            }
            if (chunk.items().size() < CHUNK) {
                break;
            }
        }
        Table table = new Table("行政复议案件", COLUMNS, rows);
        byte[] body = f == ExportFormat.CSV ? Csv.write(table) : Xlsx.write(List.of(table));
        return Response.ok(body).type(f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"reconsiderations-" + asOf + "." + f.extension() + "\"").build();
    }

    static final List<Table.Column> COLUMNS = List.of(Table.text("案号"), Table.text("复议机关"), Table.text("案件状态"),
            Table.date("收到申请日期"), Table.text("申请人"), Table.text("被申请人"), Table.text("行政管理类别"), Table.text("领域"),
            Table.date("受理日期"), Table.text("受理方式"), Table.date("不予受理日期"), Table.date("视为放弃日期"), Table.text("审理程序"),
            Table.text("承办人"), Table.date("审结日期"), Table.text("决定类型"), Table.text("直接纠错"), Table.text("间接纠错"),
            Table.date("审理期限届满日"), Table.text("按期审结"), Table.text("决定书公开情况"), Table.date("公开日期"),
            Table.text("下一期限"), Table.date("下一期限届满日"), Table.text("是否逾期"));

    private static List<Object> row(ReconsiderationCase c, CaseSummary s) {
        List<Object> r = new ArrayList<>();
        r.add(c.caseNumber);
        r.add(s.organName());
        r.add(s.stateLabel());
        r.add(c.receivedDate);
        r.add(String.join("、", s.applicantNames()));
        r.add(s.respondentName());
        r.add(s.actCategoryLabel() != null ? s.actCategoryLabel() : c.actCategory);
        r.add(s.actDomainLabel() != null ? s.actDomainLabel() : c.actDomain);
        r.add(c.acceptedDate);
        r.add(c.acceptanceKind == null ? null : c.acceptanceKind.labelZh());
        r.add(c.notAcceptedDate);
        r.add(c.abandonedDate);
        r.add(s.procedureLabel());
        r.add(c.clerkName != null ? c.clerkName : c.clerk);
        r.add(c.concludedDate);
        r.add(s.decisionTypeLabel());
        r.add(c.decisionType == null ? null : yesNo(c.decisionType.correction()));
        r.add(c.decisionType == null ? null : yesNo(c.indirectCorrection));
        r.add(c.decisionDueDate);
        r.add(c.concludedDate == null || c.decisionDueDate == null ? null : yesNo(!c.concludedDate.isAfter(c.decisionDueDate)));
        r.add(c.publicationStatus == null ? null : c.publicationStatus.labelZh());
        r.add(c.publishedDate);
        r.add(s.nextDeadlineLabel());
        r.add(s.nextDueDate());
        r.add(s.nextDueDate() == null ? null : yesNo(s.overdue()));
        return r;
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }
}
