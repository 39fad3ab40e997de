package cn.fuyi.reconsideration.api;

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

/*
 * Every operation runs in one transaction, the answer included: a write's answer is built before its commit, so
 * a failure while reading it back can never tell the client that a committed change failed, and a transient failure
 * runs the whole operation again (see cn.fuyi.resilience).
 */
@Path("/api/v1/reconsiderations")
@Tag(name = "Reconsideration cases", description = "行政复议案件 — intake, lifecycle, history and deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ReconsiderationResource {

    private static final String CASE = "The case after the step, with its new ETag";

    @Inject
    ReconsiderationService service;
    @Inject
    CaseQueries queries;
    @Inject
    CaseMapper mapper;
    @Inject
    TimeSource time;
    @Inject
    EventRecorder events;
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Operation(summary = "Receive an application", description = "Records a new application (收到申请, ARL 22) and gives it the organ's next case number")
    @APIResponse(responseCode = "201", description = "Created; Location names the case",
            content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receive(@Valid @NotNull CaseInputs.CaseDetailsInput input) {
        ReconsiderationCase c = service.receive(input);
        return Response.created(URI.create("/api/v1/reconsiderations/" + c.id)).tag(ETags.of(c.version))
                .entity(mapper.detail(c)).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "List cases and worklists", description = "Filters, search by case number or applicant name, "
            + "sort by receivedDate, caseNumber, nextDueDate, state, acceptedDate, concludedDate, updatedAt or id. "
            + "Worklists: dueWithinDays=N, overdue=true, assignedToMe=true.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public PageResult<CaseSummary> list(@Valid @BeanParam CaseFilter filter, @Valid @BeanParam PageRequest page) {
        LocalDate asOf = filter.asOf != null ? filter.asOf : time.today();
        CaseQueries.Page result = queries.list(filter, page, asOf);
        CaseMapper.Lookups lookups = CaseMapper.Lookups.forCases(result.items());
        return PageResult.of(result.items().stream().map(c -> mapper.summary(c, lookups, asOf)).toList(), page,
                result.total());
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a case", description = "Everything recorded on the case, the steps it may take now, and its ETag")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response get(@PathParam("id") long id) {
        ReconsiderationCase c = service.read(id);
        return Response.ok(mapper.detail(c)).tag(ETags.of(c.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct a case's details", description = "Replaces the application's details and parties; requires If-Match. "
            + "The organ never changes; the received date only while the first acceptance review is open.")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull CaseInputs.CaseDetailsInput input) {
        return done(service.updateDetails(id, input, ifMatch()));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/events")
    @Operation(summary = "A case's history", description = "Every step in order: what, on which date, by whom, why")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = EventView.class, type = SchemaType.ARRAY)))
    public List<EventView> events(@PathParam("id") long id) {
        service.find(id);
        return events.views(CaseEvent.list("caseId = ?1 order by seq", id));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/deadlines")
    @Operation(summary = "A case's deadlines and how each was computed",
            description = "Start date and event, rule and article, working or calendar days, days excluded, extension, status on asOf")
    @APIResponse(responseCode = "200", description = "The deadlines",
            content = @Content(schema = @Schema(implementation = DeadlineView.class, type = SchemaType.ARRAY)))
    public List<DeadlineView> deadlines(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        ReconsiderationCase c = service.find(id);
        LocalDate day = asOf != null ? asOf : time.today();
        return service.deadlines(c, day).stream().map(d -> DeadlineViews.of(d, day, Messages.locale(headers))).toList();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/transitions")
    @Operation(summary = "Steps the case may take now")
    @APIResponse(responseCode = "200", description = "The allowed steps",
            content = @Content(schema = @Schema(implementation = TransitionLink.class, type = SchemaType.ARRAY)))
    public List<TransitionLink> transitions(@PathParam("id") long id) {
        return mapper.detail(service.find(id)).allowedTransitions();
    }

    // ---- transitions: each one a POST with its own body, all requiring If-Match --------------------------------

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/assign-clerk")
    @Operation(summary = "Assign the clerk (指定承办人)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response assignClerk(@PathParam("id") long id, @Valid @NotNull CaseInputs.AssignClerk in) {
        return done(service.assignClerk(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/request-correction")
    @Operation(summary = "Request correction (通知补正, ARL 31)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response requestCorrection(@PathParam("id") long id, @Valid @NotNull CaseInputs.RequestCorrection in) {
        return done(service.requestCorrection(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/extend-correction-period")
    @Operation(summary = "Extend the correction period (延长补正期限, ARL 31)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response extendCorrectionPeriod(@PathParam("id") long id, @Valid @NotNull CaseInputs.ExtendCorrectionPeriod in) {
        return done(service.extendCorrectionPeriod(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/receive-correction")
    @Operation(summary = "Correction received (收到补正材料); the acceptance review starts again")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveCorrection(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.receiveCorrection(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/abandon")
    @Operation(summary = "Deem the application abandoned (视为放弃, ARL 31)", description = "Only after the correction period has passed")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response abandon(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.abandon(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/accept")
    @Operation(summary = "Accept (受理, ARL 30)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response accept(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.accept(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/deem-accepted")
    @Operation(summary = "Deem accepted (视为受理, ARL 30 ¶3)", description = "Only after the 5-working-day review has passed; accepted on its last day")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response deemAccepted(@PathParam("id") long id, @Valid CaseInputs.DeemAccepted in) {
        return done(service.deemAccepted(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/not-accept")
    @Operation(summary = "Not accept (不予受理, ARL 30 ¶2)", description = "With the reason and, if another organ has jurisdiction, which")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response notAccept(@PathParam("id") long id, @Valid @NotNull CaseInputs.NotAccept in) {
        return done(service.notAccept(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/choose-procedure")
    @Operation(summary = "Choose the procedure (普通程序 / 简易程序, ARL 49, 53)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response chooseProcedure(@PathParam("id") long id, @Valid @NotNull CaseInputs.ChooseProcedure in) {
        return done(service.chooseProcedure(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/{id}/transitions/convert-to-ordinary")
    @Operation(summary = "Convert simplified to ordinary (ARL 55)", description = "Records the bureau head's approval")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response convertToOrdinary(@PathParam("id") long id, @Valid @NotNull CaseInputs.ApprovedStep in) {
        return done(service.convertToOrdinary(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/send-copy")
    @Operation(summary = "Send the application to the respondent (ARL 48, 54)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response sendCopy(@PathParam("id") long id, @Valid @NotNull CaseInputs.SendCopy in) {
        return done(service.sendCopy(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/receive-reply")
    @Operation(summary = "Respondent's reply and evidence received (ARL 48, 54)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveReply(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.receiveReply(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/suspend")
    @Operation(summary = "Suspend (中止, ARL 39)", description = "Suspended days do not count toward the decision deadline")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response suspend(@PathParam("id") long id, @Valid @NotNull CaseInputs.Suspend in) {
        return done(service.suspend(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/start-excluded-period")
    @Operation(summary = "A site inspection or expert appraisal starts (Regulations 2007 arts. 34, 37)",
            description = "Its days, to the day it ends, do not count toward the decision deadline; while it goes on the deadline is paused. "
                    + "One of each kind at a time.")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response startExcludedPeriod(@PathParam("id") long id, @Valid @NotNull CaseInputs.ExcludedPeriodStep in) {
        return done(service.startExcludedPeriod(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/end-excluded-period")
    @Operation(summary = "The site inspection or expert appraisal of that kind ends")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response endExcludedPeriod(@PathParam("id") long id, @Valid @NotNull CaseInputs.ExcludedPeriodStep in) {
        return done(service.endExcludedPeriod(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/resume")
    @Operation(summary = "Resume (恢复审理)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response resume(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.resume(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/{id}/transitions/extend")
    @Operation(summary = "Extend the decision period (延期, ARL 62)", description = "Once, by at most 30 days, ordinary procedure, before the period ends; records the approval")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response extend(@PathParam("id") long id, @Valid @NotNull CaseInputs.Extend in) {
        return done(service.extend(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/schedule-hearing")
    @Operation(summary = "Schedule a hearing (听证, ARL 50, 51)", description = "Refused unless the notice is at least 5 working days before the hearing")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response scheduleHearing(@PathParam("id") long id, @Valid @NotNull CaseInputs.ScheduleHearing in) {
        return done(service.scheduleHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/hold-hearing")
    @Operation(summary = "Record a hearing held, with its panel")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response holdHearing(@PathParam("id") long id, @Valid @NotNull CaseInputs.HoldHearing in) {
        return done(service.holdHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/postpone-hearing")
    @Operation(summary = "Postpone a hearing", description = "The new date needs a new notice at least 5 working days before it")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response postponeHearing(@PathParam("id") long id, @Valid @NotNull CaseInputs.PostponeHearing in) {
        return done(service.postponeHearing(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/cancel-hearing")
    @Operation(summary = "Cancel a hearing")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response cancelHearing(@PathParam("id") long id, @Valid @NotNull CaseInputs.CancelHearing in) {
        return done(service.cancelHearing(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/{id}/transitions/dismiss-application")
    @Operation(summary = "Dismiss the application (驳回申请, ARL 33)", description = "After acceptance, when the application is found inadmissible")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response dismiss(@PathParam("id") long id, @Valid @NotNull CaseInputs.Dismiss in) {
        return done(service.dismiss(id, ifMatch(), in));
    }

    @RolesAllowed("reviewer")
    @POST
    @Path("/{id}/transitions/conclude")
    @Operation(summary = "Decide (作出行政复议决定, ARL 62-74)", description = "Any decision type, with the order-to-redo flag, termination grounds, indirect correction")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response conclude(@PathParam("id") long id, @Valid @NotNull CaseInputs.Conclude in) {
        return done(service.conclude(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/serve")
    @Operation(summary = "Serve the decision (送达, ARL 75)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response serve(@PathParam("id") long id, @Valid @NotNull CaseInputs.DatedStep in) {
        return done(service.serve(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/publish")
    @Operation(summary = "Publish the decision (公开, ARL 79)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response publish(@PathParam("id") long id, @Valid @NotNull CaseInputs.Publish in) {
        return done(service.publish(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/record-not-published")
    @Operation(summary = "Record why the decision is not published (ARL 79)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response recordNotPublished(@PathParam("id") long id, @Valid @NotNull CaseInputs.ReasonedStep in) {
        return done(service.recordNotPublished(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/issue-opinion-letter")
    @Operation(summary = "Issue an opinion letter (意见书, ARL 76)", description = "The agency answers within 60 days")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response issueOpinionLetter(@PathParam("id") long id, @Valid @NotNull CaseInputs.IssueOpinionLetter in) {
        return done(service.issueOpinionLetter(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/answer-opinion-letter")
    @Operation(summary = "Record the agency's answer to an opinion letter (ARL 76)")
    @APIResponse(responseCode = "200", description = CASE, content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response answerOpinionLetter(@PathParam("id") long id, @Valid @NotNull CaseInputs.AnswerOpinionLetter in) {
        return done(service.answerOpinionLetter(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @POST
    @Path("/{id}/transitions/{name}")
    @Operation(hidden = true)
    public Response unknownTransition(@PathParam("id") long id, @PathParam("name") String name) {
        throw ApiException.notFound("CASE_TRANSITION_UNKNOWN", name,
                java.util.Arrays.stream(Transition.values()).filter(t -> t != Transition.RECEIVE && t != Transition.UPDATE_DETAILS)
                        .map(Transition::path).toList());
    }

    private VersionCheck ifMatch() {
        return v -> ETags.requireMatch(request, headers, v);
    }

    private Response done(ReconsiderationCase c) {
        return Response.ok(mapper.detail(c)).tag(ETags.of(c.version)).build();
    }
}
