package cn.fuyi.casefile.evidence;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.casefile.evidence.EvidenceViews.InvestigationView;
import cn.fuyi.common.ETags;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;

/** The office's investigations on a case (调查取证, ARL 45). A record, once made, is not changed. */
@Path("/api/v1/reconsiderations/{id}/investigations")
@Tag(name = "Evidence and investigations")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class InvestigationResource {

    @Inject
    EvidenceService service;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an investigation", description = "At least two reconsideration staff investigate (ARL 45 ¶2): "
            + "fewer is refused with 422 INVESTIGATION_STAFF_TOO_FEW.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = InvestigationView.class)))
    public Response record(@PathParam("id") long id, @Valid @NotNull EvidenceInputs.NewInvestigation in) {
        Investigation i = service.investigate(id, in);
        return Response.created(URI.create("/api/v1/reconsiderations/" + id + "/investigations/" + i.id))
                .tag(ETags.of(i.version)).entity(EvidenceViews.of(i)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Operation(summary = "The case's investigations", description = "Sortable by id, date")
    @APIResponse(responseCode = "200", description = "One page of investigations")
    public PageResult<InvestigationView> list(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        EvidenceService.Page<Investigation> p = service.investigations(id, page);
        return PageResult.of(p.items().stream().map(EvidenceViews::of).toList(), page, p.total());
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/{investigationId}")
    @Operation(summary = "An investigation")
    @APIResponse(responseCode = "200", description = "The investigation",
            content = @Content(schema = @Schema(implementation = InvestigationView.class)))
    public Response get(@PathParam("id") long id, @PathParam("investigationId") long investigationId) {
        Investigation i = service.investigation(id, investigationId);
        return Response.ok(EvidenceViews.of(i)).tag(ETags.of(i.version)).build();
    }
}
