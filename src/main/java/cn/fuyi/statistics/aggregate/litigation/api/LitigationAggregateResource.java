package cn.fuyi.statistics.aggregate.litigation.api;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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

import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Problem;
import cn.fuyi.security.Roles;
import cn.fuyi.statistics.aggregate.litigation.LitigationProjector;
import cn.fuyi.statistics.aggregate.litigation.LitigationReconciliation;
import cn.fuyi.statistics.aggregate.litigation.LitigationReconciliation.ReconciliationView;
import cn.fuyi.statistics.job.StatisticsJobKind;
import cn.fuyi.statistics.job.StatisticsJobResource;
import cn.fuyi.statistics.job.StatisticsJobRunner;
import cn.fuyi.statistics.job.StatisticsJobView;
import cn.fuyi.statistics.job.StatisticsJobs;

@Path("/api/v1/statistics/litigation")
@Tag(name = "Statistics", description = "统计 — the counts and rates of annual and quarterly reports, with their definitions")
@Produces(MediaType.APPLICATION_JSON)
public class LitigationAggregateResource {

    @Inject
    LitigationProjector projector;
    @Inject
    LitigationReconciliation reconciliation;
    @Inject
    StatisticsJobRunner runner;
    @Inject
    StatisticsJobs jobs;

    @Schema(name = "LitigationAggregateStatus", description = "Where the litigation aggregates stand in the change feed")
    public record StatusView(
            @Schema(description = "The feed position integrated") long lastSeq,
            @Schema(description = "The newest feed position") long feedSeq,
            @Schema(description = "Whether the aggregates were ever built (reports count the rows until then)") boolean built,
            @Schema(description = "Lawsuits and recommendations with changes not integrated yet (reports read them from the rows)") long pendingSubjects,
            @Schema(description = "When the projection last moved (UTC)") LocalDateTime updatedAt,
            @Schema(description = "When the aggregates were last rebuilt from the rows (UTC)") LocalDateTime rebuiltAt,
            @Schema(description = "Whether everything sequenced before the request was integrated within waitSeconds (true when not asked to wait)") boolean caughtUp) {
    }

    @Schema(name = "LitigationAggregateRebuild", description = "What a rebuild of the litigation aggregates did")
    public record RebuildView(
            @Schema(description = "Lawsuits and recommendations counted") long subjects,
            @Schema(description = "Month buckets written") long buckets,
            @Schema(description = "The feed position the aggregates now stand at (read before the recount)") long lastSeq) {
    }

    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.STATISTICIAN, Roles.REVIEWER })
    @GET
    @Path("/aggregates")
    @Operation(summary = "Where the litigation aggregates stand",
            description = "The feed position the litigation aggregates have integrated and how many lawsuits and recommendations wait "
                    + "for them (the reports count those from the rows meanwhile). With waitSeconds, first waits (at most that long) until "
                    + "everything sequenced before the request is integrated.")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(implementation = StatusView.class)))
    public StatusView status(@Parameter(description = "Seconds to wait for the aggregates to catch up (0: do not wait)")
            @QueryParam("waitSeconds") @DefaultValue("0") @Min(0) @Max(30) int waitSeconds) {
        boolean caughtUp = waitSeconds == 0 || projector.awaitIntegrated(Duration.ofSeconds(waitSeconds));
        LitigationProjector.Status s = projector.status();
        return new StatusView(s.lastSeq(), s.feedSeq(), s.built(), s.pending(), s.updatedAt(), s.rebuiltAt(), caughtUp);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/aggregates/rebuild")
    @Operation(summary = "Rebuild the litigation aggregates from the rows",
            description = "Recounts every litigation aggregate from the lawsuits, sessions, attendance records and recommendations in one "
                    + "transaction, with the feed position read before the recount; what commits meanwhile is integrated by the next "
                    + "catch-up. Reports stay exact throughout. Runs as a job on a worker: the answer is the job, at Location; once SUCCEEDED its "
                    + "result is what the rebuild did (subjects, buckets, lastSeq). Audited under the requester's name.")
    @APIResponse(responseCode = "202", description = "The rebuild, queued as a job; Location names the job",
            headers = @Header(name = "Location", description = "The job: GET it (with waitSeconds) until it has finished",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StatisticsJobView.class)))
    @APIResponse(responseCode = "409", description = "A rebuild of the litigation aggregates is queued or running; the problem names "
            + "it (STATISTICS_JOB_RUNNING)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebuild(@Context HttpHeaders headers) {
        return StatisticsJobResource.accepted(runner, jobs, StatisticsJobKind.LITIGATION_REBUILD, headers);
    }

    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @POST
    @Path("/reconciliations")
    @Operation(summary = "Reconcile the litigation aggregates with the rows",
            description = "Recounts every lawsuit and recommendation from its rows and compares the sums with the aggregates, organ by "
                    + "organ, month by month, measure by measure; each difference names the lawsuits behind it. Changes the projector has "
                    + "not integrated yet are not differences. Stored and audited; also run daily (fuyi.jobs.litigation-reconciliation.cron). Runs as "
                    + "a job on a worker: the answer is the job, at Location; once SUCCEEDED its resultLocation names the stored reconciliation.")
    @APIResponse(responseCode = "202", description = "The reconciliation, queued as a job; Location names the job",
            headers = @Header(name = "Location", description = "The job: GET it (with waitSeconds) until it has finished",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StatisticsJobView.class)))
    @APIResponse(responseCode = "409", description = "A reconciliation of the litigation aggregates is queued or running; the problem "
            + "names it (STATISTICS_JOB_RUNNING)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reconcile(@Context HttpHeaders headers) {
        return StatisticsJobResource.accepted(runner, jobs, StatisticsJobKind.LITIGATION_RECONCILIATION, headers);
    }

    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @GET
    @Path("/reconciliations")
    @Operation(summary = "The reconciliations of the litigation aggregates", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResult<ReconciliationView> reconciliations(@jakarta.validation.Valid @BeanParam PageRequest page) {
        return reconciliation.list(page);
    }

    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @GET
    @Path("/reconciliations/{id}")
    @Operation(summary = "One reconciliation of the litigation aggregates")
    @APIResponse(responseCode = "200", description = "The reconciliation", content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "No such reconciliation (LITIGATION_RECONCILIATION_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReconciliationView reconciliation(@PathParam("id") long id) {
        return reconciliation.get(id);
    }
}
