package cn.fuyi.statistics.aggregate;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about the reconsideration aggregates: where they stand, and the reconciliations against the rows. */
public final class AggregateViews {

    private AggregateViews() {
    }

    @Schema(description = "Where the reconsideration aggregates stand in the feed")
    public record StatusView(
            @Schema(description = "Whether reports read the aggregates (fuyi.statistics.aggregates.enabled); when not, every figure is "
                    + "counted from the rows") boolean enabled,
            @Schema(description = "Whether the aggregates were ever built from the rows; until then reports count from the rows") boolean built,
            @Schema(description = "The feed position integrated") long lastSeq,
            @Schema(description = "The newest feed position sequenced") long feedSeq,
            @Schema(description = "Whether every feed entry committed before the request is integrated (after waitSeconds)") boolean caughtUp,
            Instant updatedAt, Instant rebuiltAt) {
    }

    @Schema(description = "A bucket whose stored figure differs from its recount from the rows")
    public record DifferenceView(long organId,
            @Schema(description = "RECEIVED, ACCEPTED, NOT_ACCEPTED, ABANDONED, CONCLUDED or EXITED; EVENTS for the events and "
                    + "one-per-case sets kept per case and month (stored and counted are then numbers of events)") String flow,
            @Schema(description = "M (a month) or Y (a year, the sum of its months)") String grain,
            @Schema(description = "The bucket: 2024-03 for a month, 2024 for a year") String bucket,
            @Schema(description = "A count id, or d:<decision type>, r:<respondent id>, am:<month accepted>, suspect, exited") String measure,
            long stored, long counted,
            @Schema(description = "The cases the rows count in this bucket and measure (at most 100)") List<Long> caseIds) {
    }

    @Schema(description = "One reconciliation of the aggregates against the rows")
    public record ReconciliationRunView(long id,
            @Schema(description = "REQUESTED (through the API) or SCHEDULED") String trigger, String requestedBy,
            Instant startedAt, Instant finishedAt,
            @Schema(description = "The feed position the aggregates stood at") long watermark,
            long bucketsCompared,
            @Schema(description = "Buckets holding a case not integrated yet, left out of the comparison") long bucketsSkipped,
            int differenceCount, boolean consistent, List<DifferenceView> differences) {
    }
}
