package cn.fuyi.litigation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitEvent;
import cn.fuyi.litigation.LawsuitQueries;
import cn.fuyi.litigation.LawsuitStep;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.litigation.deadline.CourtExclusionSteps;
import cn.fuyi.litigation.outcome.OutcomeSteps;
import cn.fuyi.litigation.session.SessionSteps;
import cn.fuyi.litigation.ReportStatus;
import cn.fuyi.litigation.api.LawsuitViews.LawsuitDetail;
import cn.fuyi.litigation.api.LawsuitViews.LawsuitSummary;
import cn.fuyi.litigation.api.LawsuitViews.ProposedDefendantView;
import cn.fuyi.litigation.api.LawsuitViews.ReportingView;
import cn.fuyi.reconsideration.api.CaseViews.TransitionLink;

/*
 * Every operation runs in one transaction, the answer included: a write's answer is built before its commit, so
 * a failure while reading it back can never tell the client that a committed change failed, and a transient failure
 * runs the whole operation again (see cn.fuyi.resilience).
 */
@Path("/api/v1/lawsuits")
@Tag(name = "Lawsuits", description = "行政应诉 — lawsuits against the jurisdiction's agencies, sessions and head appearances, outcomes, reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class LawsuitResource {

    private static final String SUIT = "The lawsuit after the step, with its new ETag";

    @Inject
    LitigationService service;
    @Inject
    SessionSteps sessions;
    @Inject
    OutcomeSteps outcomes;
    @Inject
    CourtExclusionSteps courtExclusions;
    @Inject
    LawsuitQueries queries;
    @Inject
    LawsuitMapper mapper;
    @Inject
    EventRecorder events;
    @Inject
    TimeSource time;
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @POST
    @Operation(summary = "Register a lawsuit", description = "As the court docketed it: court, case number, instance, plaintiffs, the defendants the court named; "
            + "an appeal or retrial names the lawsuit it continues (an appeal moves it to APPEALED)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response register(@Valid @NotNull LawsuitInputs.LawsuitInput input) {
        Lawsuit s = service.register(input);
        return Response.created(URI.create("/api/v1/lawsuits/" + s.id)).tag(ETags.of(s.version))
                .entity(mapper.detail(s, time.today())).build();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Operation(summary = "List lawsuits and the litigation worklist", description = "Filters, search by court case number or plaintiff name; "
            + "sort by filedDate, nextDueDate, outcomeDate, courtCaseNumber, state or id")
    @APIResponse(responseCode = "200", description = "One page of lawsuits")
    public PageResult<LawsuitSummary> list(@Valid @BeanParam LawsuitFilter filter, @Valid @BeanParam PageRequest page) {
        LocalDate asOf = filter.asOf != null ? filter.asOf : time.today();
        LawsuitQueries.Page result = queries.list(filter, page, asOf);
        return PageResult.of(mapper.summaries(result.items(), asOf), page, result.total());
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/defendant-proposal")
    @Operation(summary = "Propose the defendants of a suit following a reconsideration case",
            description = "Upheld (维持, 驳回复议请求 or 驳回行政赔偿请求; confirmed illegal for breach of procedure only; partly upheld): "
                    + "the original agency and the organ as co-defendants; changed (confirmed invalid or illegal included): the organ "
                    + "alone; dismissed as inadmissible or not decided on the act: the original agency (ALL 26; 法释〔2018〕1号 arts. 22, "
                    + "133, 134). Each proposal names its basis and article")
    @APIResponse(responseCode = "200", description = "The proposed defendants",
            content = @Content(schema = @Schema(implementation = ProposedDefendantView.class, type = SchemaType.ARRAY)))
    public List<ProposedDefendantView> proposal(@Parameter(required = true) @QueryParam("reconsiderationCaseId") Long caseId) {
        if (caseId == null) {
            throw ApiException.invalidField("reconsiderationCaseId", "REQUIRED");
        }
        var proposed = service.proposal(caseId);
        var names = cn.fuyi.organ.Respondent.namesOf(proposed.stream().map(p -> p.respondentId()).toList());
        return proposed.stream().map(p -> LawsuitMapper.proposed(p, names)).toList();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/reporting")
    @Operation(summary = "Which suits agencies reported late or not at all (报备)",
            description = "Served suits of the scope and period; a report is late after fuyi.litigation.report-working-days working days (default 3)")
    @APIResponse(responseCode = "200", description = "One page of served suits with their reporting status")
    public PageResult<ReportingView> reporting(@QueryParam("organId") Long organId,
            @QueryParam("includeSubordinates") boolean includeSubordinates, @QueryParam("servedFrom") LocalDate from,
            @QueryParam("servedTo") LocalDate to, @QueryParam("status") ReportStatus status,
            @QueryParam("asOf") LocalDate asOf, @Valid @BeanParam PageRequest page) {
        LocalDate day = asOf != null ? asOf : time.today();
        LawsuitQueries.Page result = queries.reporting(organId, includeSubordinates, from, to, status, day, page);
        Map<Long, List<String>> defendants = mapper.defendantNames(result.items().stream().map(s -> s.id).toList());
        return PageResult.of(result.items().stream().map(s -> {
            ReportStatus st = LitigationService.reportStatus(s, day);
            return new ReportingView(s.id, s.courtCaseNumber, defendants.getOrDefault(s.id, List.of()), s.servedDate,
                    s.reportDueDate, s.reportedDate, st, st.labelZh());
        }).toList(), page, result.total());
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a lawsuit", description = "Everything recorded on it, its sessions with attendance and corrections, the defendants proposed from the linked case, and its ETag")
    @APIResponse(responseCode = "200", description = "The lawsuit", content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response get(@PathParam("id") long id) {
        Lawsuit s = service.read(id);
        return Response.ok(mapper.detail(s, time.today())).tag(ETags.of(s.version)).build();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct a lawsuit's details", description = "Requires If-Match; organ, instance and the continued lawsuit never change; defendants only before any session")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response update(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.LawsuitInput input) {
        return done(service.updateDetails(id, input, ifMatch()));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/events")
    @Operation(summary = "A lawsuit's history")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = EventView.class, type = SchemaType.ARRAY)))
    public List<EventView> events(@PathParam("id") long id) {
        service.find(id);
        return events.views(LawsuitEvent.list("lawsuitId = ?1 order by seq", id));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/deadlines")
    @Operation(summary = "A lawsuit's deadlines and how each was computed",
            description = "Report to the bureau, defence (15 days, ALL 67), trial period (ALL 81, 83, 88), appeal window (ALL 85)")
    @APIResponse(responseCode = "200", description = "The deadlines",
            content = @Content(schema = @Schema(implementation = DeadlineView.class, type = SchemaType.ARRAY)))
    public List<DeadlineView> deadlines(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        Lawsuit s = service.find(id);
        LocalDate day = asOf != null ? asOf : time.today();
        return service.deadlines(s, day).stream().map(d -> DeadlineViews.of(d, day, Messages.locale(headers))).toList();
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @GET
    @Path("/{id}/transitions")
    @Operation(summary = "Steps the lawsuit may take now")
    @APIResponse(responseCode = "200", description = "The allowed steps",
            content = @Content(schema = @Schema(implementation = TransitionLink.class, type = SchemaType.ARRAY)))
    public List<TransitionLink> transitions(@PathParam("id") long id) {
        return mapper.detail(service.find(id), time.today()).allowedTransitions();
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/record-service")
    @Operation(summary = "The complaint was served on the defendant (ALL 67)", description = "Starts the defence and reporting periods")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response recordService(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.DatedStep in) {
        return done(service.recordService(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/record-court-exclusion")
    @Operation(summary = "A period the court does not count toward its trial time limit (法释〔2018〕1号 art. 50)",
            description = "Notice by publication, appraisal, mediation, suspension of the proceedings, a jurisdiction objection or dispute, "
                    + "with the dates the court gave (both included): the expected trial deadline moves by those days, a day given twice counting once")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response recordCourtExclusion(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.RecordCourtExclusion in) {
        return done(courtExclusions.recordCourtExclusion(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @POST
    @Path("/{id}/transitions/record-report")
    @Operation(summary = "The agency reported the suit to the bureau (报备)")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response recordReport(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.DatedStep in) {
        return done(service.recordReport(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/submit-defence")
    @Operation(summary = "Defence and evidence submitted (答辩, ALL 67)")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response submitDefence(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.DatedStep in) {
        return done(service.submitDefence(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/hold-session")
    @Operation(summary = "Record a court session and who appeared for each defendant (法释〔2020〕3号)")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response holdSession(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.HoldSession in) {
        return done(sessions.holdSession(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/correct-attendance")
    @Operation(summary = "Correct one defendant's attendance at a session", description = "The previous record is kept as a superseded revision")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response correctAttendance(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.CorrectAttendance in) {
        return done(sessions.correctAttendance(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/record-outcome")
    @Operation(summary = "Record the judgment, ruling or mediation", description = "Classified as a loss or not by one rule; a judgment "
            + "may dispose of co-defendants apart (defendantOutcomes, 法释〔2018〕1号 art. 136), and a loss is then each defendant's; "
            + "a lost suit can open a rectification item in the same step")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response recordOutcome(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.RecordOutcome in) {
        return done(outcomes.recordOutcome(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/transitions/become-final")
    @Operation(summary = "The outcome became final (生效)", description = "After the appeal window (15 days for a judgment, 10 for a ruling, ALL 85) with no appeal")
    @APIResponse(responseCode = "200", description = SUIT, content = @Content(schema = @Schema(implementation = LawsuitDetail.class)))
    public Response becomeFinal(@PathParam("id") long id, @Valid @NotNull LawsuitInputs.DatedStep in) {
        return done(outcomes.becomeFinal(id, ifMatch(), in));
    }

    @RolesAllowed({ "clerk", "reviewer", "agency" })
    @POST
    @Path("/{id}/transitions/{name}")
    @Operation(hidden = true)
    public Response unknownTransition(@PathParam("id") long id, @PathParam("name") String name) {
        throw ApiException.notFound("CASE_TRANSITION_UNKNOWN", name,
                LawsuitStep.postable().stream().map(LawsuitStep::path).toList());
    }

    private VersionCheck ifMatch() {
        return v -> ETags.requireMatch(request, headers, v);
    }

    private Response done(Lawsuit s) {
        return Response.ok(mapper.detail(s, time.today())).tag(ETags.of(s.version)).build();
    }
}
