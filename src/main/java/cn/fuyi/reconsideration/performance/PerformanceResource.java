package cn.fuyi.reconsideration.performance;

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

/** The steps of carrying out decisions and agreements over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PerformanceResource extends CaseStepResource {

    @Inject
    PerformanceService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-obligation")
    @Operation(summary = "Record something else the decision orders (ARL 64, 66, 71, 72)",
            description = "What the decision's type and flags order is recorded with the decision itself")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordObligation(@PathParam("id") long id, @Valid @NotNull PerformanceInputs.RecordObligation in) {
        return done(steps.recordObligation(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/set-performance-due")
    @Operation(summary = "Record the period the document sets, or set a different due date with a reason",
            description = "The original period stays on record beside an override")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response setDue(@PathParam("id") long id, @Valid @NotNull PerformanceInputs.SetDue in) {
        return done(steps.setDue(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/report-performance")
    @Operation(summary = "Record the respondent's report that it carried out an obligation (ARL 77)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response report(@PathParam("id") long id, @Valid @NotNull PerformanceInputs.ReportPerformance in) {
        return done(steps.report(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/supervise-performance")
    @Operation(summary = "Act on non-performance (ARL 77 ¶2, 85)",
            description = "Order performance by a date; with it, summon the heads or criticise in a circular; transfer to a supervisory or appointing body")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response supervise(@PathParam("id") long id, @Valid @NotNull PerformanceInputs.Supervise in) {
        return done(steps.supervise(id, ifMatch(), in));
    }
}
