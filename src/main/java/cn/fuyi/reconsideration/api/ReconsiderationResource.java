package cn.fuyi.reconsideration.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import cn.fuyi.reconsideration.intake.IntakeService;

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
    IntakeService intake;
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
        ReconsiderationCase c = intake.receive(input);
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
        return done(intake.updateDetails(id, input, ifMatch()));
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
        return mapper.allowedTransitions(service.find(id));
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
