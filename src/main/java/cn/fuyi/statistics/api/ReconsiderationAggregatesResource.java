package cn.fuyi.statistics.api;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Problem;
import cn.fuyi.statistics.aggregate.AggregateReconciliations;
import cn.fuyi.statistics.aggregate.AggregateViews.ReconciliationRunView;
import cn.fuyi.statistics.aggregate.AggregateViews.StatusView;
import cn.fuyi.statistics.aggregate.ReconsiderationProjector;
import cn.fuyi.statistics.job.StatisticsJobKind;
import cn.fuyi.statistics.job.StatisticsJobResource;
import cn.fuyi.statistics.job.StatisticsJobRunner;
import cn.fuyi.statistics.job.StatisticsJobView;
import cn.fuyi.statistics.job.StatisticsJobs;

/** The reconsideration aggregates behind the reports: where they stand, their reconciliation against the rows, their rebuild. */
// the class shares its root with StatisticsResource: a longer class path would hide that one's /reconsideration
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces(MediaType.APPLICATION_JSON)
public class ReconsiderationAggregatesResource {

    static final int MAX_WAIT_SECONDS = 60;

    @Inject
    AggregateReconciliations reconciliations;
    @Inject
    ReconsiderationProjector projector;
    @Inject
    StatisticsJobRunner runner;
    @Inject
    StatisticsJobs jobs;

    @RolesAllowed({ "statistician", "reviewer", "auditor", "admin" })
    @GET
    @Path("/reconsideration/aggregates")
    @Operation(summary = "Where the reconsideration aggregates stand",
            description = "The feed position the aggregates have integrated beside the newest one sequenced. With waitSeconds (at "
                    + "most 60) the answer waits until every feed entry committed before the request is integrated, or the time is up "
                    + "(caughtUp says which). Reports never wait for it: they count the cases not integrated yet from the rows.")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(implementation = StatusView.class)))
    @APIResponse(responseCode = "400", description = "waitSeconds out of range (STATISTICS_WAIT_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatusView status(@QueryParam("waitSeconds") @Parameter(description = "0 to 60: wait until integrated") Integer waitSeconds)
            throws java.sql.SQLException {
        int wait = waitSeconds == null ? 0 : waitSeconds;
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw ApiException.badRequest("STATISTICS_WAIT_INVALID", waitSeconds, MAX_WAIT_SECONDS);
        }
        boolean caughtUp = projector.awaitCaughtUp(Duration.ofSeconds(wait));
        return reconciliations.status(caughtUp);
    }

    @RolesAllowed("admin")
    @POST
    @Path("/reconsideration/aggregates/rebuild")
    @Operation(summary = "Rebuild the reconsideration aggregates from the rows",
            description = "Recounts every bucket from the case rows with the definitions' conditions and sets the feed position to "
                    + "the newest entry sequenced before the recount (later entries are integrated again, harmlessly). For after a bulk "
                    + "load, or when a reconciliation found differences. Runs as a job on a worker (it takes minutes at national scale): the answer "
                    + "is the job, at Location, to be polled. Audited under the requester's name.")
    @APIResponse(responseCode = "202", description = "The rebuild, queued as a job; Location names the job, whose result (once "
            + "SUCCEEDED) is the aggregates' state as rebuilt",
            headers = @Header(name = "Location", description = "The job: GET it (with waitSeconds) until it has finished",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StatisticsJobView.class)))
    @APIResponse(responseCode = "409", description = "A rebuild of the reconsideration aggregates is queued or running; the problem "
            + "names it (STATISTICS_JOB_RUNNING)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebuild(@Context HttpHeaders headers) {
        return StatisticsJobResource.accepted(runner, jobs, StatisticsJobKind.RECONSIDERATION_REBUILD, headers);
    }

    @RolesAllowed({ "statistician", "reviewer", "auditor" })
    @POST
    @Path("/reconsideration/reconciliations")
    @Operation(summary = "Reconcile the reconsideration aggregates with the rows",
            description = "Recounts every month bucket from the rows (one grouped pass per dated fact) and compares it with the "
                    + "stored one, and every year bucket with the sum of its months; each difference is named with the cases behind "
                    + "it. Buckets holding a case not integrated yet are left out. Kept and audited; it also runs daily "
                    + "(fuyi.statistics.aggregates.reconcile-cron). Runs as a job on a worker: the answer is the job, at Location; once "
                    + "SUCCEEDED its resultLocation names the stored reconciliation.")
    @APIResponse(responseCode = "202", description = "The reconciliation, queued as a job; Location names the job",
            headers = @Header(name = "Location", description = "The job: GET it (with waitSeconds) until it has finished",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StatisticsJobView.class)))
    @APIResponse(responseCode = "409", description = "A reconciliation of the reconsideration aggregates is queued or running; the "
            + "problem names it (STATISTICS_JOB_RUNNING)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reconcile(@Context HttpHeaders headers) {
        return StatisticsJobResource.accepted(runner, jobs, StatisticsJobKind.RECONSIDERATION_RECONCILIATION, headers);
    }

    @RolesAllowed({ "statistician", "reviewer", "auditor" })
    @GET
    @Path("/reconsideration/reconciliations")
    @Operation(summary = "The reconciliations of the aggregates, newest first", description = "Without their differences; get one for those")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResult<ReconciliationRunView> list(@Valid @BeanParam PageRequest page) {
        return reconciliations.list(page);
    }

    @RolesAllowed({ "statistician", "reviewer", "auditor" })
    @GET
    @Path("/reconsideration/reconciliations/{id}")
    @Operation(summary = "One reconciliation of the aggregates",
            description = "With every difference found in the organs the caller sees, and the cases behind each")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(schema = @Schema(implementation = ReconciliationRunView.class)))
    @APIResponse(responseCode = "404", description = "No reconciliation has this id (STATISTICS_RECONCILIATION_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReconciliationRunView get(@PathParam("id") long id) {
        return reconciliations.get(id);
    }
}
