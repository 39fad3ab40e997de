package cn.fuyi.reconsideration.mediation;

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

/** The mediation and settlement steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class MediationResource extends CaseStepResource {

    @Inject
    MediationService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/consent-to-mediation")
    @Operation(summary = "A side consents to mediation or settlement talks (ARL 5, 74), and to suspending the review (ARL 39 ¶1 (六))",
            description = "The talks start once the applicant and the respondent have both consented")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response consent(@PathParam("id") long id, @Valid @NotNull MediationInputs.Consent in) {
        return done(steps.consent(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/hold-mediation-session")
    @Operation(summary = "Record a mediation session (调解, ARL 5, 73)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response holdSession(@PathParam("id") long id, @Valid @NotNull MediationInputs.HoldSession in) {
        return done(steps.holdSession(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/draw-up-mediation-agreement")
    @Operation(summary = "Draw up the mediation agreement (调解书, ARL 73 ¶1)", description = "The reviewer confirms its content is lawful (ARL 5 ¶2)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response drawUpAgreement(@PathParam("id") long id, @Valid @NotNull MediationInputs.DrawUpAgreement in) {
        return done(steps.drawUpAgreement(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/sign-mediation-agreement")
    @Operation(summary = "A party signs the mediation agreement (ARL 73 ¶1)",
            description = "Once every party has signed and the organ has sealed it, the agreement is in effect")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response sign(@PathParam("id") long id, @Valid @NotNull MediationInputs.Sign in) {
        return done(steps.sign(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/seal-mediation-agreement")
    @Operation(summary = "The organ seals the mediation agreement (ARL 73 ¶1)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response seal(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.seal(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/back-out-of-mediation")
    @Operation(summary = "A party backs out before the agreement takes effect (反悔, ARL 73 ¶2)",
            description = "The organ then reviews the case and decides promptly")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response backOut(@PathParam("id") long id, @Valid @NotNull MediationInputs.BackOut in) {
        return done(steps.backOut(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/end-mediation")
    @Operation(summary = "Mediation or settlement talks end without agreement (ARL 73 ¶2)",
            description = "Also closes a withdrawal after settlement that is not approved")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response end(@PathParam("id") long id, @Valid @NotNull CaseInputs.ReasonedStep in) {
        return done(steps.end(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/record-settlement")
    @Operation(summary = "Record the parties' written settlement (和解, ARL 74 ¶1)", description = "The reviewer confirms its content is lawful")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordSettlement(@PathParam("id") long id, @Valid @NotNull MediationInputs.RecordSettlement in) {
        return done(steps.recordSettlement(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/withdraw-after-settlement")
    @Operation(summary = "The applicant withdraws the application after settling (ARL 74 ¶2)",
            description = "The reviewer then approves and terminates (conclude: TERMINATION, WITHDRAWN_AFTER_SETTLEMENT)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response withdraw(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.withdraw(id, ifMatch(), in));
    }
}
