package cn.fuyi.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import cn.fuyi.common.Problem;
import cn.fuyi.reminder.ReminderViews.PreferenceInput;
import cn.fuyi.reminder.ReminderViews.PreferenceView;

/** The caller's own reminder preferences: channels, addresses, digest and quiet rest days. */
@Path("/api/v1/reminder-preferences/me")
@Tag(name = "Reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderPreferenceResource {

    @Inject
    ReminderService service;
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Operation(summary = "The caller's reminder preferences", description = "The defaults (inbox only, digest, quiet rest days) until first saved; ETag once saved")
    @APIResponse(responseCode = "200", description = "The preferences", content = @Content(schema = @Schema(implementation = PreferenceView.class)))
    public Response get() {
        ReminderPreference p = service.mine();
        Response.ResponseBuilder b = Response.ok(service.view(p));
        return (p == null ? b : b.tag(ETags.of(p.version))).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @PUT
    @Operation(summary = "Save the caller's reminder preferences",
            description = "The first save needs no If-Match; later ones need the current ETag. Also records the organs and roles of the caller's token, which make the caller one of the organ's clerks or reviewers for reminders")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = PreferenceView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match (PRECONDITION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update (PRECONDITION_REQUIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Valid @NotNull PreferenceInput in) {
        ReminderPreference p = service.save(in, v -> ETags.requireMatch(request, headers, v));
        return Response.ok(service.view(p)).tag(ETags.of(p.version)).build();
    }
}
