package cn.fuyi.statistics.job;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Problem;
import cn.fuyi.security.Roles;

/**
 * The statistics jobs (rebuilds and reconciliations of the aggregates) their requesters poll. The roles are those of
 * any of the jobs' POSTs; each caller sees only the jobs of the kinds their roles may start (others answer 404).
 */
@Path("/api/v1/statistics/jobs")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsJobResource {

    static final int MAX_WAIT_SECONDS = 60;

    @Inject
    StatisticsJobs jobs;
    @Inject
    StatisticsJobRunner runner;

    /** The 202 a job's POST answers: the job queued, at Location. */
    public static Response accepted(StatisticsJobRunner runner, StatisticsJobs jobs, StatisticsJobKind kind, HttpHeaders headers) {
        StatisticsJobs.Job job = runner.request(kind);
        StatisticsJobView view = jobs.view(job, Messages.locale(headers));
        return Response.accepted(view).location(URI.create(StatisticsJobs.PATH + job.id())).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "A statistics job",
            description = "Its state (QUEUED, RUNNING, SUCCEEDED, FAILED), who asked for it and when it ran; once succeeded its result "
                    + "(a reconciliation's id and resultLocation, where the stored reconciliation is read; a rebuild's answer), once "
                    + "failed why. With waitSeconds (at most 60) the answer waits until the job has finished or the time is up "
                    + "(long polling). Only jobs of the kinds the caller's roles may start.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = StatisticsJobView.class)))
    @APIResponse(responseCode = "404", description = "No job with this id the caller may see (STATISTICS_JOB_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatisticsJobView get(@PathParam("id") long id,
            @Parameter(description = "0 to 60: wait up to this many seconds for the job to finish") @QueryParam("waitSeconds") @Min(0)
            @Max(MAX_WAIT_SECONDS) Integer waitSeconds, @Context HttpHeaders headers) {
        StatisticsJobView job = jobs.get(id, Messages.locale(headers));
        if (waitSeconds == null || waitSeconds == 0) {
            return job;
        }
        Instant until = Instant.now().plusSeconds(waitSeconds);
        while (!StatisticsJobState.valueOf(job.state()).finished() && Instant.now().isBefore(until)) {
            Duration left = Duration.between(Instant.now(), until);
            if (runner.runsHere(id)) {
                runner.await(id, left);
            } else {
                // run by another instance: look again now and then
                try {
                    Thread.sleep(Math.min(500, Math.max(1, left.toMillis())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            job = jobs.get(id, Messages.locale(headers));
        }
        return job;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR })
    @GET
    @Operation(summary = "The statistics jobs, newest first",
            description = "Paged; only jobs of the kinds the caller's roles may start, optionally of one kind")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Unknown kind (STATISTICS_JOB_KIND_UNKNOWN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<StatisticsJobView> list(
            @Parameter(description = "Only jobs of this kind (code list STATISTICS_JOB_KIND)") @QueryParam("kind") String kind,
            @Valid @BeanParam PageRequest page, @Context HttpHeaders headers) {
        StatisticsJobKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = StatisticsJobKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("kind", "STATISTICS_JOB_KIND_UNKNOWN", kind);
            }
        }
        return jobs.list(k, page, Messages.locale(headers));
    }
}
