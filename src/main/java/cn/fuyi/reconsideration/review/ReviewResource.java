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

import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.api.CaseStepResource;
import cn.fuyi.reconsideration.api.CaseViews.CaseDetail;

/** The review steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ReviewResource extends CaseStepResource {

    @Inject
    ReviewService steps;

    // ---- transitions: each one a POST with its own body, all requiring If-Match --------------------------------

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/assign-clerk")
    @Operation(summary = "Assign the clerk (指定承办人)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response assignClerk(@PathParam("id") long id, @Valid @NotNull ReviewInputs.AssignClerk in) {
        return done(steps.assignClerk(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/choose-procedure")
    @Operation(summary = "Choose the procedure (普通程序 / 简易程序, ARL 49, 53)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response chooseProcedure(@PathParam("id") long id, @Valid @NotNull ReviewInputs.ChooseProcedure in) {
        return done(steps.chooseProcedure(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/convert-to-ordinary")
    @Operation(summary = "Convert simplified to ordinary (ARL 55)", description = "Records the bureau head's approval")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response convertToOrdinary(@PathParam("id") long id, @Valid @NotNull CaseInputs.ApprovedStep in) {
        return done(steps.convertToOrdinary(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/send-copy")
    @Operation(summary = "Send the application to the respondent (ARL 48, 54)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response sendCopy(@PathParam("id") long id, @Valid @NotNull ReviewInputs.SendCopy in) {
        return done(steps.sendCopy(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/receive-reply")
    @Operation(summary = "Respondent's reply and evidence received (ARL 48, 54)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveReply(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(steps.receiveReply(id, ifMatch(), in));
    }}
