package cn.fuyi.reconsideration.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import cn.fuyi.reconsideration.api.CaseStepResource;
import cn.fuyi.reconsideration.api.CaseViews.CaseDetail;

/** Hearing the parties' opinions (ARL 49) over HTTP; each step runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PartyOpinionResource extends CaseStepResource {

    @Inject
    PartyOpinionService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/hear-party-opinion")
    @Operation(summary = "Record a party's opinion heard (听取当事人意见, ARL 49)",
            description = "In the ordinary procedure a decision on the merits needs at least one opinion heard or its absence explained, or a hearing")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response hearPartyOpinion(@PathParam("id") long id, @Valid @NotNull PartyOpinionInputs.HearOpinion in) {
        return done(steps.hear(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-opinion-not-heard")
    @Operation(summary = "Record why a party's opinion could not be heard (ARL 49)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordOpinionNotHeard(@PathParam("id") long id, @Valid @NotNull PartyOpinionInputs.NotHeard in) {
        return done(steps.notHeard(id, ifMatch(), in));
    }
}
