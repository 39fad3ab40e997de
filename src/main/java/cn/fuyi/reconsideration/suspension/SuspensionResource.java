package cn.fuyi.reconsideration.suspension;

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

import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.api.CaseStepResource;
import cn.fuyi.reconsideration.api.CaseViews.CaseDetail;

/** The suspension steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SuspensionResource extends CaseStepResource {

    @Inject
    SuspensionService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/suspend")
    @Operation(summary = "Suspend (中止, ARL 39)", description = "Suspended days do not count toward the decision deadline")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response suspend(@PathParam("id") long id, @Valid @NotNull SuspensionInputs.Suspend in) {
        return done(steps.suspend(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/resume")
    @Operation(summary = "Resume (恢复审理)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response resume(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.resume(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/start-excluded-period")
    @Operation(summary = "A site inspection or expert appraisal starts (Regulations 2007 arts. 34, 37)",
            description = "Its days, to the day it ends, do not count toward the decision deadline; while it goes on the deadline is paused. "
                    + "One of each kind at a time.")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response startExcludedPeriod(@PathParam("id") long id, @Valid @NotNull SuspensionInputs.ExcludedPeriodStep in) {
        return done(steps.startExcludedPeriod(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/end-excluded-period")
    @Operation(summary = "The site inspection or expert appraisal of that kind ends")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response endExcludedPeriod(@PathParam("id") long id, @Valid @NotNull SuspensionInputs.ExcludedPeriodStep in) {
        return done(steps.endExcludedPeriod(id, ifMatch(), in));
    }}
