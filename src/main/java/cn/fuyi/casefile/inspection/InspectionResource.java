package cn.fuyi.casefile.inspection;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.casefile.CaseFileRecords;
import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;

/** File inspection requests on a case (阅卷, ARL 47). */
@Path("/api/v1/reconsiderations/{id}/inspections")
@Tag(name = "File inspection", description = "阅卷 — the parties' inspection and copying of the file (ARL 47)")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class InspectionResource {

    @Inject
    InspectionService service;
    @Inject
    CaseFileRecords records;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a request to inspect the file", description = "The requester is an applicant, third party or agent of the case")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response request(@PathParam("id") long id, @Valid @NotNull InspectionInputs.NewRequest in) {
        FileInspection f = service.request(id, in);
        return Response.created(URI.create("/api/v1/reconsiderations/" + id + "/inspections/" + f.id)).tag(ETags.of(f.version))
                .entity(view(f)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Operation(summary = "The case's file inspection requests", description = "Sortable by id, requestDate, outcome")
    @APIResponse(responseCode = "200", description = "One page of requests")
    public PageResult<InspectionView> list(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        InspectionService.Page p = service.list(id, page);
        return PageResult.of(p.items().stream().map(this::view).toList(), page, p.total());
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/{inspectionId}")
    @Operation(summary = "A file inspection request")
    @APIResponse(responseCode = "200", description = "The request, with its ETag",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response get(@PathParam("id") long id, @PathParam("inspectionId") long inspectionId) {
        FileInspection f = service.find(id, inspectionId);
        return Response.ok(view(f)).tag(ETags.of(f.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{inspectionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a file inspection request", description = "Granted, partly granted or refused; a partial grant "
            + "or a refusal names its ground of ARL 47 (state secret, commercial secret, personal privacy, national or public "
            + "security, social stability). Once only (409 after); needs If-Match.")
    @APIResponse(responseCode = "200", description = "The answered request",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response decide(@PathParam("id") long id, @PathParam("inspectionId") long inspectionId,
            @Valid @NotNull InspectionInputs.Decision in) {
        FileInspection f = service.decide(id, inspectionId, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(f)).tag(ETags.of(f.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{inspectionId}/provision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the day the granted materials were provided", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "The request with its provided date",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response provide(@PathParam("id") long id, @PathParam("inspectionId") long inspectionId,
            @Valid @NotNull InspectionInputs.Provided in) {
        FileInspection f = service.provided(id, inspectionId, v -> ETags.requireMatch(request, headers, v), in);
        return Response.ok(view(f)).tag(ETags.of(f.version)).build();
    }

    private InspectionView view(FileInspection f) {
        return InspectionView.of(f, records.mask(), records.english(headers));
    }
}
