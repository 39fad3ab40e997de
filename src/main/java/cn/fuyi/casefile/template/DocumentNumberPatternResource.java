package cn.fuyi.casefile.template;

import java.util.List;

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

/** An organ's document-number patterns (文号规则), one per kind of formal document. */
@Path("/api/v1/organs/{organId}/document-number-patterns")
@Tag(name = "Formal documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentNumberPatternResource {

    @Inject
    NumberPatternService service;

    @RolesAllowed({ "clerk", "reviewer", "admin" })
    @GET
    @Operation(summary = "The organ's document-number patterns", description = "Every kind with the pattern that applies: "
            + "the organ's own, or the default from its short name (太仓市 → 太政复不受字〔{year}〕{seq}号)")
    @APIResponse(responseCode = "200", description = "Every kind")
    public List<TemplateViews.NumberPatternView> list(@PathParam("organId") long organId) {
        return service.list(organId).stream().map(TemplateViews.NumberPatternView::of).toList();
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the organ's pattern for a kind", description = "The pattern must contain {year} and {seq} "
            + "({seq:N} zero-pads to N digits). Numbers stay gapless per organ, kind and year whatever the pattern. "
            + "Changing a pattern the organ already set requires If-Match with its ETag; the first needs none.")
    @APIResponse(responseCode = "200", description = "The pattern now in force",
            content = @Content(schema = @Schema(implementation = TemplateViews.NumberPatternView.class)))
    public Response set(@PathParam("organId") long organId, @PathParam("kind") String kind,
            @Valid @NotNull TemplateViews.NumberPatternInput in, @Context Request request, @Context HttpHeaders headers) {
        NumberPatternService.Applied a = service.set(organId, DocumentTemplateResource.kind(kind), in.pattern(),
                v -> ETags.requireMatch(request, headers, v));
        return Response.ok(TemplateViews.NumberPatternView.of(a)).tag(ETags.of(a.own().version)).build();
    }
}
