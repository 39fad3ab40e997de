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

/** The performance steps of a case over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class OpinionLetterResource extends CaseStepResource {

    @Inject
    OpinionLetterService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/issue-opinion-letter")
    @Operation(summary = "Issue an opinion letter (意见书, ARL 76)", description = "The agency answers within 60 days of receiving it")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response issueOpinionLetter(@PathParam("id") long id, @Valid @NotNull OpinionLetterInputs.IssueOpinionLetter in) {
        return done(steps.issueOpinionLetter(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/answer-opinion-letter")
    @Operation(summary = "Record the agency's answer to an opinion letter (ARL 76)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response answerOpinionLetter(@PathParam("id") long id, @Valid @NotNull OpinionLetterInputs.AnswerOpinionLetter in) {
        return done(steps.answerOpinionLetter(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/record-opinion-letter-receipt")
    @Operation(summary = "Record the agency's receipt of an opinion letter (ARL 76)",
            description = "The 60 days for the answer run from the receipt; until it is recorded, from the letter's date")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordReceipt(@PathParam("id") long id, @Valid @NotNull OpinionLetterInputs.Receipt in) {
        return done(steps.recordReceipt(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/copy-opinion-letter-to-superior")
    @Operation(summary = "Copy an opinion letter to the respondent's superior department (抄告, ARL 79 ¶2)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response copyToSuperior(@PathParam("id") long id, @Valid @NotNull OpinionLetterInputs.CopyToSuperior in) {
        return done(steps.copyToSuperior(id, ifMatch(), in));
    }
}
