package cn.fuyi.ledger;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.Messages;
import cn.fuyi.common.Problem;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.security.UserScope;
import cn.fuyi.statistics.export.Xlsx;

/** Ledger imports (台账导入): templates, asynchronous import jobs with progress, cancellation and a report. */
@Path("/api/v1/imports")
@Tag(name = "Ledger imports")
public class ImportResource {

    @Inject
    ImportService service;
    @Inject
    ImportRunner runner;
    @Inject
    UserScope scope;
    @Inject
    RowLedgerRunner rowLedgers;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "reviewer" })
    @Operation(summary = "Import a ledger", description = "Uploads a ledger (XLSX from the template, or CSV in UTF-8 with or without "
            + "BOM or GB18030) and starts an import job on a worker: every cell is checked, then every valid row is taken "
            + "through the same steps and rules as the API, dated as the ledger says, each event marked with the file and row. "
            + "mode=dryRun (default) reports only; allOrNothing writes nothing unless every row is valid; validRows writes "
            + "the valid rows. Importing the same rows again changes nothing. Reviewer only: the rows carry decisions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportViews.UploadForm.class)))
    @APIResponse(responseCode = "202", description = "The job, queued; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportViews.JobView.class)))
    @APIResponse(responseCode = "415", description = "Neither XLSX nor CSV (IMPORT_FORMAT_UNSUPPORTED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@RestForm("file") FileUpload file, @RestForm("organId") String organId, @RestForm("ledger") String ledger,
            @RestForm("mode") String mode, @RestForm("encoding") String encoding) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("IMPORT_FILE_REQUIRED");
        }
        long organ;
        try {
            organ = Long.parseLong(organId == null ? "" : organId.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("organId", "IMPORT_ORGAN_REQUIRED", organId);
        }
        LedgerKind kind = ledger == null || ledger.isBlank() ? LedgerKind.RECONSIDERATION_CASES : LedgerKind.parse(ledger);
        if (kind == null) {
            throw ApiException.invalidField("ledger", "IMPORT_LEDGER_UNKNOWN", ledger);
        }
        ImportMode m = mode == null || mode.isBlank() ? ImportMode.DRY_RUN : ImportMode.parse(mode);
        if (m == null) {
            throw ApiException.invalidField("mode", "IMPORT_MODE_UNKNOWN", mode);
        }
        if (encoding != null && !encoding.isBlank() && !java.nio.charset.Charset.isSupported(encoding.strip())) {
            throw ApiException.invalidField("encoding", "UNKNOWN_ENCODING", encoding);
        }
        ImportJob job = service.start(organ, kind, m, file.uploadedFile(), UploadFileName.of(file), encoding);
        runner.submit(job.id);
        return Response.accepted(view(job)).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "clerk", "reviewer" })
    @Operation(summary = "An import job", description = "State, progress (rows read, valid, written, unchanged, failed; percent) "
            + "and the first 100 errors, each naming its row and column, in Chinese or with Accept-Language: en in English")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ImportViews.JobView.class)))
    public ImportViews.JobView get(@PathParam("id") long id, @QueryParam("waitSeconds") @Min(0) @Max(60)
            @Parameter(description = "Wait up to this many seconds for the job to finish before answering (long polling)") Integer waitSeconds) {
        service.read(id);
        if (waitSeconds != null) {
            runner.await(id, waitSeconds);
        }
        return view(service.read(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "reviewer" })
    @Operation(summary = "Cancel an import job", description = "The job stops after the row it is on; rows a validRows job has "
            + "written stay written (each row is its own transaction). 409 when the job has finished.")
    @APIResponse(responseCode = "200", description = "The job, cancellation requested",
            content = @Content(schema = @Schema(implementation = ImportViews.JobView.class)))
    @APIResponse(responseCode = "409", description = "The job has finished (IMPORT_FINISHED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportViews.JobView cancel(@PathParam("id") long id) {
        ImportJob job = service.cancel(id);
        runner.cancel(id);
        return view(job);
    }

    @GET
    @Path("/{id}/report")
    @Produces(Xlsx.MEDIA_TYPE)
    @RolesAllowed({ "clerk", "reviewer" })
    @Operation(summary = "An import job's report", description = "XLSX: the uploaded rows as they were, with an error column "
            + "naming every wrong cell (Chinese, or English with Accept-Language: en), and a sheet listing every error")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The uploaded file is no longer kept (IMPORT_FILE_LOST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id) {
        ImportJob job = service.read(id);
        List<RowError> errors = service.errors(id, Integer.MAX_VALUE);
        Locale locale = Messages.locale(headers);
        java.nio.file.Path file;
        try {
            file = service.file(job);
        } catch (ImportService.FileLost e) {
            throw ApiException.conflict("IMPORT_FILE_LOST", id);
        }
        StreamingOutput body = out -> ImportReport.write(job, file, errors, locale, out);
        return Response.ok(body, Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.xlsx\"").build();
    }

    @GET
    @Path("/templates/{ledger}")
    @Produces(Xlsx.MEDIA_TYPE)
    @RolesAllowed({ "clerk", "reviewer" })
    @Operation(summary = "A ledger template", description = "XLSX with Chinese headers (required ones shaded), a notes sheet "
            + "explaining each column, and dropdowns from the code lists; with organId, also the organ's respondents and its "
            + "own codes")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("ledger") @Parameter(description = "reconsideration-cases, lawsuits, recommendations or rectifications") String ledger,
            @QueryParam("organId") Long organId) {
        LedgerKind kind = LedgerKind.parse(ledger);
        if (kind == null) {
            throw ApiException.notFound("IMPORT_LEDGER_UNKNOWN", ledger);
        }
        if (organId != null && (!scope.seesOrgan(organId) || Organ.findById(organId) == null)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", organId);
        }
        Map<String, List<String>> lists = new java.util.HashMap<>();
        for (String list : List.of(CodeItem.ACT_CATEGORY, CodeItem.DOMAIN)) {
            lists.put(list, CodeItem.<CodeItem>list("listName = ?1 and active = true and (organId is null or organId = ?2)"
                    + " order by sortOrder, code", list, organId == null ? -1L : organId).stream().map(i -> i.labelZh).toList());
        }
        List<String> respondents = organId == null ? List.of()
                : Respondent.<Respondent>list("organId = ?1 and active = true order by name", organId).stream().map(r -> r.name).toList();
        byte[] body;
        if (kind == LedgerKind.RECONSIDERATION_CASES) {
            body = LedgerTemplate.write(lists, respondents);
        } else {
            body = RowLedgerTemplate.write(rowLedgers.ledger(kind), lists, respondents,
                    organId == null ? null : Organ.<Organ>findById(organId).name);
        }
        return Response.ok(body, Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + kind.slug() + "-template.xlsx\"").build();
    }

    private ImportViews.JobView view(ImportJob job) {
        return ImportViews.of(job, service.errorCount(job.id), service.errors(job.id, 100), Messages.locale(headers));
    }
}
