package cn.fuyi.statistics.job;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statistics job as its requester polls it. */
@Schema(name = "StatisticsJob", description = "A rebuild or reconciliation of the statistics aggregates, run on a worker")
public record StatisticsJobView(
        long id,
        @Schema(description = "RECONSIDERATION_REBUILD, RECONSIDERATION_RECONCILIATION, LITIGATION_REBUILD or LITIGATION_RECONCILIATION "
                + "(code list STATISTICS_JOB_KIND)") String kind,
        String kindLabel,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED (code list STATISTICS_JOB_STATE)") String state,
        String stateLabel,
        @Schema(description = "Who asked for it; the rebuild or reconciliation is recorded in the audit trail under this name") String requestedBy,
        String requestedByName,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "A reconciliation that succeeded: the id of the stored reconciliation") Long resultId,
        @Schema(description = "A reconciliation that succeeded: where the stored reconciliation is read, with its differences") String resultLocation,
        @Schema(type = SchemaType.OBJECT, description = "Once succeeded: for a rebuild what the rebuild answered (the aggregates' "
                + "state, or the lawsuits and buckets counted); for a reconciliation its id and how many differences it found") Map<String, Object> result,
        @Schema(description = "Why the job failed: a message code, or the error that stopped it") String failure,
        @Schema(description = "The failure explained (Chinese, or English with Accept-Language: en), when it is a known one") String failureMessage) {
}
