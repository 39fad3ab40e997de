package cn.fuyi.organ;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ETags;
import cn.fuyi.organ.OrganDtos.OrganInput;
import cn.fuyi.organ.OrganDtos.OrganView;

@Path("/api/v1/organs")
@Tag(name = "Organs", description = "复议机关 — reconsideration organs, a tree of a city and its counties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganResource {

    @Inject
    OrganService service;

    @RolesAllowed({ "clerk", "reviewer", "statistician", "auditor", "agency", "admin" })
    @GET
    @Operation(summary = "List organs", description = "All organs, or the direct subordinates of parentId")
    @APIResponse(responseCode = "200", description = "The organs",
            content = @Content(schema = @Schema(implementation = OrganView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<OrganView> list(@QueryParam("parentId") Long parentId) {
        return service.organs(parentId).stream().map(OrganView::of).toList();
    }

    @RolesAllowed({ "clerk", "reviewer", "statistician", "auditor", "agency", "admin" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organ")
    @APIResponse(responseCode = "200", description = "The organ, with its ETag",
            content = @Content(schema = @Schema(implementation = OrganView.class)))
    public Response get(@PathParam("id") long id) {
        Organ o = service.organ(id);
        return Response.ok(OrganView.of(o)).tag(ETags.of(o.version)).build();
    }

    @RolesAllowed("admin")
    @POST
    @Operation(summary = "Create an organ")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = OrganView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (ORGAN_CODE_TAKEN)",
            content = @Content(mediaType = cn.fuyi.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = cn.fuyi.common.Problem.class)))
    public Response create(@Valid @NotNull OrganInput input) {
        Organ o = service.create(input);
        return Response.created(URI.create("/api/v1/organs/" + o.id)).tag(ETags.of(o.version))
                .entity(OrganView.of(o)).build();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an organ", description = "Requires If-Match with the organ's ETag")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganView.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull OrganInput input,
            @Context Request request, @Context HttpHeaders headers) {
        Organ o = service.update(id, input, v -> ETags.requireMatch(request, headers, v));
        return Response.ok(OrganView.of(o)).tag(ETags.of(o.version)).build();
    }
}
