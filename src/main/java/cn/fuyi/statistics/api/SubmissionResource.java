package cn.fuyi.statistics.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Problem;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Submissions;
import cn.fuyi.statistics.api.StatisticsViews.DeadlineView;
import cn.fuyi.statistics.api.StatisticsViews.RollUpView;
import cn.fuyi.statistics.api.StatisticsViews.SubmissionView;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Schema(name = "SubmitRequest")
    public record SubmitRequest(@Schema(description = "A frozen report of one organ") Long frozenReportId) {
    }

    @Schema(name = "SubmissionDecision")
    public record Decision(@Schema(description = "Required to return; optional to accept; at most 1000 characters") String comment) {
    }

    @Schema(name = "SubmissionDeadlineInput")
    public record DeadlineInput(Long parentOrganId, Integer year, Integer quarter, LocalDate from, LocalDate to, LocalDate dueDate) {
    }

    @Inject
    Submissions submissions;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @RolesAllowed({ "statistician", "reviewer" })
    @POST
    @Path("/submissions")
    @Operation(summary = "Submit a frozen report to the parent organ (上报)",
            description = "The frozen report's organ submits it to its parent organ. One submission of an organ and period may "
                    + "wait for the parent at a time, and none after one was accepted; after a return, freeze again and resubmit.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "No frozen report the caller may see has this id (FROZEN_REPORT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A submission of the organ and period is waiting or accepted "
            + "(SUBMISSION_ALREADY_PENDING, SUBMISSION_ALREADY_ACCEPTED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The report is of every organ, or its organ has no parent "
            + "(SUBMISSION_WITHOUT_ORGAN, SUBMISSION_NO_PARENT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@NotNull SubmitRequest in) {
        if (in.frozenReportId() == null) {
            throw ApiException.badRequest("SUBMISSION_REPORT_REQUIRED");
        }
        SubmissionView v = submissions.submit(in.frozenReportId());
        return Response.created(URI.create("/api/v1/statistics/submissions/" + v.id())).tag(ETags.of(v.version())).entity(v).build();
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/submissions")
    @Operation(summary = "List submissions",
            description = "The submissions the caller sees as the submitting organ or as the parent, newest first (at most 500); "
                    + "filtered by parent, organ and period (year, year and quarter, or from and to)")
    @APIResponse(responseCode = "200", description = "The submissions")
    public List<SubmissionView> list(@QueryParam("parentOrganId") Long parentOrganId, @QueryParam("organId") Long organId,
            @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        Period period = year == null && quarter == null && from == null && to == null ? null : Period.parse(year, quarter, from, to);
        return submissions.list(parentOrganId, organId, period);
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/submissions/{id}")
    @Operation(summary = "A submission", description = "With its ETag")
    @APIResponse(responseCode = "200", description = "The submission", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "No submission the caller may see has this id (SUBMISSION_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        SubmissionView v = submissions.get(id);
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    @RolesAllowed({ "reviewer" })
    @POST
    @Path("/submissions/{id}/return")
    @Operation(summary = "Return a submission with a comment", description = "The parent organ's reviewer; requires If-Match")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "Already returned or accepted (SUBMISSION_NOT_PENDING)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response returnSubmission(@PathParam("id") long id, @NotNull Decision in) {
        SubmissionView v = submissions.returnSubmission(id, precondition(), in.comment());
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    @RolesAllowed({ "reviewer" })
    @POST
    @Path("/submissions/{id}/accept")
    @Operation(summary = "Accept a submission", description = "The parent organ's reviewer; requires If-Match. Its figures enter the roll-up.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "Already returned or accepted (SUBMISSION_NOT_PENDING)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") long id, Decision in) {
        SubmissionView v = submissions.accept(id, precondition(), in == null ? null : in.comment());
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/submissions/roll-up")
    @Operation(summary = "Roll-up of the accepted submissions",
            description = "For a parent organ and a period: each direct subordinate's status against the due date (not submitted, "
                    + "submitted, returned, accepted; overdue, days left), the sum of the accepted submissions' frozen figures, the "
                    + "live figures of the same organs, and every count where they differ with the subordinates whose submission differs")
    @APIResponse(responseCode = "200", description = "The roll-up", content = @Content(schema = @Schema(implementation = RollUpView.class)))
    @APIResponse(responseCode = "404", description = "No organ has this id (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RollUpView rollUp(@QueryParam("parentOrganId") @Parameter(required = true) Long parentOrganId,
            @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (parentOrganId == null) {
            throw ApiException.badRequest("SUBMISSION_PARENT_REQUIRED");
        }
        return submissions.rollUp(parentOrganId, Period.parse(year, quarter, from, to));
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/submissions/owed")
    @Operation(summary = "Reports still owed to a parent organ",
            description = "For the organ named (or every organ the caller sees): each period whose report the parent organ wants by a "
                    + "due date within withinDays (default 30) or already past, with no accepted submission, and its status — the list "
                    + "reminders are built from. The period of each entry is its due date's; see submission-deadlines.")
    @APIResponse(responseCode = "200", description = "What is owed, earliest due first")
    @APIResponse(responseCode = "404", description = "No organ the caller sees has this id (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StatisticsViews.SubordinateStatus> owed(@QueryParam("organId") Long organId,
            @QueryParam("withinDays") @Parameter(description = "0 to 366; default 30") Integer withinDays) {
        int days = withinDays == null ? 30 : withinDays;
        if (days < 0 || days > 366) {
            throw ApiException.badRequest("SUBMISSION_WITHIN_DAYS_INVALID", days);
        }
        return submissions.owed(organId, days);
    }

    @RolesAllowed({ "reviewer" })
    @PUT
    @Path("/submission-deadlines")
    @Operation(summary = "Set when subordinates' reports of a period are due",
            description = "Per parent organ and period (e.g. the annual report by 31 January); setting it again moves the date")
    @APIResponse(responseCode = "200", description = "The due date", content = @Content(schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "404", description = "No organ has this id (ORGAN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineView setDeadline(@NotNull DeadlineInput in) {
        if (in.parentOrganId() == null) {
            throw ApiException.badRequest("SUBMISSION_PARENT_REQUIRED");
        }
        return submissions.setDeadline(in.parentOrganId(), Period.parse(in.year(), in.quarter(), in.from(), in.to()), in.dueDate());
    }

    @RolesAllowed({ "statistician", "reviewer" })
    @GET
    @Path("/submission-deadlines")
    @Operation(summary = "The due dates a parent organ set")
    @APIResponse(responseCode = "200", description = "The due dates, by period")
    public List<DeadlineView> deadlines(@QueryParam("parentOrganId") @Parameter(required = true) Long parentOrganId) {
        if (parentOrganId == null) {
            throw ApiException.badRequest("SUBMISSION_PARENT_REQUIRED");
        }
        return submissions.deadlines(parentOrganId);
    }

    private LongConsumer precondition() {
        return v -> ETags.requireMatch(request, headers, v);
    }
}
