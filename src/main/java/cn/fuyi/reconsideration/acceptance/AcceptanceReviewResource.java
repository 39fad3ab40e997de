package cn.fuyi.reconsideration.acceptance;

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

/** The acceptance steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AcceptanceReviewResource extends CaseStepResource {

    @Inject
    AcceptanceReviewService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/request-correction")
    @Operation(summary = "Request correction (通知补正, ARL 31)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response requestCorrection(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.RequestCorrection in) {
        return done(steps.requestCorrection(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/extend-correction-period")
    @Operation(summary = "Extend the correction period (延长补正期限, ARL 31)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response extendCorrectionPeriod(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.ExtendCorrectionPeriod in) {
        return done(steps.extendCorrectionPeriod(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/receive-correction")
    @Operation(summary = "Correction received (收到补正材料); the acceptance review starts again")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveCorrection(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.ReceiveCorrection in) {
        return done(steps.receiveCorrection(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/abandon")
    @Operation(summary = "Deem the application abandoned (视为放弃, ARL 31)", description = "Only after the correction period has passed")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response abandon(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.Abandon in) {
        return done(steps.abandon(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/accept")
    @Operation(summary = "Accept (受理, ARL 30)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response accept(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.accept(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/deem-accepted")
    @Operation(summary = "Deem accepted (视为受理, ARL 30 ¶3)", description = "Only after the 5-working-day review has passed; accepted on its last day")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response deemAccepted(@PathParam("id") long id, @Valid AcceptanceInputs.DeemAccepted in) {
        return done(steps.deemAccepted(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/not-accept")
    @Operation(summary = "Not accept (不予受理, ARL 30 ¶2)", description = "With the reason and, if another organ has jurisdiction, which")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response notAccept(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.NotAccept in) {
        return done(steps.notAccept(id, ifMatch(), in));
    }
    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-superior-complaint")
    @Operation(summary = "Record the applicant's complaint to the superior organ (向上级行政机关反映, ARL 35)",
            description = "After a refusal, a dismissal, or a decision period run out without a decision")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response complainToSuperior(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.SuperiorComplaintInput in) {
        return done(steps.complainToSuperior(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-superior-complaint-outcome")
    @Operation(summary = "Record what the superior organ did with the complaint (ARL 35)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordComplaintOutcome(@PathParam("id") long id, @Valid @NotNull AcceptanceInputs.ComplaintOutcomeInput in) {
        return done(steps.recordComplaintOutcome(id, ifMatch(), in));
    }
}
