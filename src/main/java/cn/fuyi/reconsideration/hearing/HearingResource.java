package cn.fuyi.reconsideration.hearing;

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

/** The hearing steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class HearingResource extends CaseStepResource {

    @Inject
    HearingService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/schedule-hearing")
    @Operation(summary = "Schedule a hearing (听证, ARL 50, 51)", description = "Refused unless the notice is at least 5 working days before the hearing")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response scheduleHearing(@PathParam("id") long id, @Valid @NotNull HearingInputs.ScheduleHearing in) {
        return done(steps.scheduleHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/hold-hearing")
    @Operation(summary = "Record a hearing held, with its panel and who came for the respondent (ARL 50, 51)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response holdHearing(@PathParam("id") long id, @Valid @NotNull HearingInputs.HoldHearing in) {
        return done(steps.holdHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-hearing-waived")
    @Operation(summary = "Record that the applicant refused to attend: hearing waived (ARL 51 ¶2)",
            description = "Without good reason; the hearing's outcome becomes WAIVED. An applicant with good reason gets a postponement instead.")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordHearingWaived(@PathParam("id") long id, @Valid @NotNull HearingInputs.WaiveHearing in) {
        return done(steps.recordWaived(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/postpone-hearing")
    @Operation(summary = "Postpone a hearing", description = "The new date needs a new notice at least 5 working days before it")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response postponeHearing(@PathParam("id") long id, @Valid @NotNull HearingInputs.PostponeHearing in) {
        return done(steps.postponeHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/cancel-hearing")
    @Operation(summary = "Cancel a hearing")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response cancelHearing(@PathParam("id") long id, @Valid @NotNull HearingInputs.CancelHearing in) {
        return done(steps.cancelHearing(id, ifMatch(), in));
    }}
