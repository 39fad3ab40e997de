package cn.fuyi.reconsideration.normativedocument;

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

/** The steps of the incidental review of a normative document over HTTP; each runs in one transaction with its answer. */
@Path("/api/v1/reconsiderations/{id}/transitions")
@Tag(name = "Reconsideration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class NormativeDocumentResource extends CaseStepResource {

    @Inject
    NormativeDocumentService steps;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/raise-normative-document-review")
    @Operation(summary = "Start the incidental review of a normative document (规范性文件附带审查, ARL 13, 56, 57)",
            description = "Suspends a case under review on ARL 39 ¶1(九); a case already suspended on that ground takes the document "
                    + "into the same suspension. An applicant cannot ask for the review of a rule (规章, ARL 13 ¶2).")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response raiseNormativeDocumentReview(@PathParam("id") long id, @Valid @NotNull NormativeDocumentInputs.Raise in) {
        return done(steps.raise(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/notify-drafting-organ")
    @Operation(summary = "Notify the drafting organ (ARL 58)", description = "Within 3 working days of the suspension; it answers within 10 working days")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response notifyDraftingOrgan(@PathParam("id") long id, @Valid @NotNull NormativeDocumentInputs.NotifyDraftingOrgan in) {
        return done(steps.notifyDraftingOrgan(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/receive-drafting-organ-answer")
    @Operation(summary = "The drafting organ's written answer received (ARL 58)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveDraftingOrganAnswer(@PathParam("id") long id, @Valid @NotNull NormativeDocumentInputs.DraftingOrganAnswer in) {
        return done(steps.receiveDraftingOrganAnswer(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/forward-normative-document")
    @Operation(summary = "Forward the document to the competent organ (ARL 56, 57)", description = "Within 7 working days; the receiver answers within 60 days (ARL 60)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response forwardNormativeDocument(@PathParam("id") long id, @Valid @NotNull NormativeDocumentInputs.Forward in) {
        return done(steps.forward(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/record-normative-document-result")
    @Operation(summary = "Record the result of the review (ARL 59, 60)",
            description = "Lawful, or the clauses stopped and their correction ordered; a competent organ decides once the drafting organ "
                    + "has answered or its 10 working days are over. The decision states the result.")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordNormativeDocumentResult(@PathParam("id") long id, @Valid @NotNull NormativeDocumentInputs.Result in) {
        return done(steps.recordResult(id, ifMatch(), in));
    }
}
