package cn.fuyi.reconsideration.performance;

import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.api.CaseInputs;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.deadline.DeadlineView;
import cn.fuyi.deadline.DeadlineViews;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.EventView;
import cn.fuyi.reconsideration.CaseEvent;
import cn.fuyi.reconsideration.CaseQueries;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseViews.CaseDetail;
import cn.fuyi.reconsideration.api.CaseViews.CaseSummary;
import cn.fuyi.reconsideration.api.CaseViews.TransitionLink;
import cn.fuyi.reconsideration.api.CaseStepResource;

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
    @Operation(summary = "Issue an opinion letter (意见书, ARL 76)", description = "The agency answers within 60 days")
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
    }}
