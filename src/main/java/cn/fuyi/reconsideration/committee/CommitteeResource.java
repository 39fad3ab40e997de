package cn.fuyi.reconsideration.committee;

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

/** The reconsideration committee's steps over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CommitteeResource extends CaseStepResource {

    @Inject
    CommitteeService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/refer-to-committee")
    @Operation(summary = "Refer the case to the reconsideration committee (行政复议委员会, ARL 52)",
            description = "On a ground of ARL 52 ¶2; until its opinion is recorded no decision on the merits can be made")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response refer(@PathParam("id") long id, @Valid @NotNull CommitteeInputs.Refer in) {
        return done(steps.refer(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-committee-opinion")
    @Operation(summary = "Record the committee's consultative opinion (ARL 52 ¶3)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordOpinion(@PathParam("id") long id, @Valid @NotNull CommitteeInputs.RecordOpinion in) {
        return done(steps.recordOpinion(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-committee-opinion-adoption")
    @Operation(summary = "Record whether the decision followed the committee's opinion (ARL 61 ¶3)",
            description = "After the decision; a departure from the opinion needs its reasons")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordAdoption(@PathParam("id") long id, @Valid @NotNull CommitteeInputs.RecordAdoption in) {
        return done(steps.recordAdoption(id, ifMatch(), in));
    }
}
