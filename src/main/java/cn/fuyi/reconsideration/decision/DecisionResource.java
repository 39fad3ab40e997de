package cn.fuyi.reconsideration.decision;

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

/** The decision steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class DecisionResource extends CaseStepResource {

    @Inject
    DecisionService steps;

    @RolesAllowed("reviewer")
    @POST
    @Path("/extend")
    @Operation(summary = "Extend the decision period (延期, ARL 62)", description = "Once, by at most 30 days, ordinary procedure, before the period ends; records the approval")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response extend(@PathParam("id") long id, @Valid @NotNull DecisionInputs.Extend in) {
        return done(steps.extend(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/dismiss-application")
    @Operation(summary = "Dismiss the application (驳回申请, ARL 33)", description = "After acceptance, when the application is found inadmissible")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response dismiss(@PathParam("id") long id, @Valid @NotNull DecisionInputs.Dismiss in) {
        return done(steps.dismiss(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/conclude")
    @Operation(summary = "Decide (作出行政复议决定, ARL 62-74)", description = "Any decision type, with the order-to-redo flag, termination grounds, indirect correction")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response conclude(@PathParam("id") long id, @Valid @NotNull DecisionInputs.Conclude in) {
        return done(steps.conclude(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/serve")
    @Operation(summary = "Serve the decision (送达, ARL 75)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response serve(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.serve(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/publish")
    @Operation(summary = "Publish the decision (公开, ARL 79)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response publish(@PathParam("id") long id, @Valid @NotNull DecisionInputs.Publish in) {
        return done(steps.publish(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-not-published")
    @Operation(summary = "Record why the decision is not published (ARL 79)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordNotPublished(@PathParam("id") long id, @Valid @NotNull CaseInputs.ReasonedStep in) {
        return done(steps.recordNotPublished(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/copy-decision-to-superior")
    @Operation(summary = "Copy the effective decision to the respondent's superior department (抄告, ARL 79 ¶2)",
            description = "Required when a county-or-higher government decides a case against one of its own departments; "
                    + "the case's superiorCopyRequired says whether it is")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response copyToSuperior(@PathParam("id") long id, @Valid @NotNull DecisionInputs.CopyToSuperior in) {
        return done(steps.copyToSuperior(id, ifMatch(), in));
    }
}
