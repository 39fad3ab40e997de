package cn.fuyi.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.common.TimeSource;
import cn.fuyi.security.UserScope;

@Path("/api/v1/feed")
@Tag(name = "Change feed", description = "变更推送 — an ordered feed of events for audit and supervision systems to poll and resume")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("auditor")
public class FeedResource {

    @Inject
    EntityManager em;
    @Inject
    UserScope scope;
    @Inject
    ObjectMapper json;
    @Inject
    Sequencer sequencer;
    @Inject
    TimeSource time;

    @Schema(name = "FeedEvent")
    public record FeedEvent(@Schema(description = "Position in the feed; pass the last one seen as 'after'") long seq,
            java.time.Instant occurredAt,
            @Schema(examples = "CASE_TRANSITION") String type, SubjectType subjectType, Long subjectId, Long organId,
            Long respondentId, Map<String, Object> payload) {
    }

    @Schema(name = "FeedPage")
    public record FeedPage(List<FeedEvent> events,
            @Schema(description = "Pass this as 'after' to continue; equals 'after' when nothing new") long nextCursor,
            @Schema(description = "More events are waiting now") boolean hasMore) {
    }

    @GET
    @Operation(summary = "Read the change feed after a cursor",
            description = "Sequenced events in commit order with consecutive positions. A change's event gets its position from the "
                    + "sequencer shortly after the change commits (see /feed/status for how far behind it is); positions are never "
                    + "given twice and never skipped, so a poller that stores nextCursor after processing a page misses nothing. "
                    + "Only events of the caller's organs (and organ-independent ones) are returned; positions of others are skipped.")
    @APIResponse(responseCode = "200", description = "The next events", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    public FeedPage read(@Parameter(description = "Cursor: the seq of the last event already processed (0 at first)")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String scoped = scope.allOrgans() ? "" : " AND (organ_id IS NULL OR organ_id IN (:scopeOrgans))";
        Query q = em.createNativeQuery("SELECT seq, occurred_at, type, subject_type, subject_id, organ_id, respondent_id, payload"
                + " FROM change_event WHERE seq > :after" + scoped + " ORDER BY seq ASC").setParameter("after", after)
                .setMaxResults(limit + 1);
        if (!scope.allOrgans()) {
            q.setParameter("scopeOrgans", scope.organIds());
        }
        List<?> rows = q.getResultList();
        List<FeedEvent> events = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Object[] r = (Object[]) rows.get(i);
            Map<String, Object> payload = null;
            if (r[7] != null) {
                try {
                    payload = json.readValue(r[7].toString(), new TypeReference<Map<String, Object>>() {
                    });
                } catch (Exception e) {
                    payload = Map.of("raw", r[7].toString());
                }
            }
            events.add(new FeedEvent(((Number) r[0]).longValue(), AuditResource.toLocal(r[1]).toInstant(java.time.ZoneOffset.UTC),
                    (String) r[2], SubjectType.valueOf((String) r[3]), r[4] == null ? null : ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).longValue(), r[6] == null ? null : ((Number) r[6]).longValue(), payload));
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).seq();
        return new FeedPage(events, next, rows.size() > limit);
    }

    @Schema(name = "SequencerStatus")
    public record StatusView(
            @Schema(description = "The instance that sequences now (holds the lease)") String leader,
            @Schema(description = "Incremented each time another instance takes the lease") long term,
            Instant leaseUntil,
            @Schema(description = "Position of the newest sequenced audit record") long auditSeq,
            @Schema(description = "Position of the newest sequenced feed event") long feedSeq,
            @Schema(description = "Audit records committed and waiting for a position") long unsequencedAuditRecords,
            @Schema(description = "Feed events committed and waiting for a position") long unsequencedFeedEvents,
            Instant oldestUnsequencedAt,
            @Schema(description = "How long the oldest waiting entry has waited, in seconds (0 when none waits)") double lagSeconds,
            Instant lastSequencedAt,
            @Schema(description = "This instance's name") String thisInstance,
            @Schema(description = "Whether every entry committed before the request was sequenced within waitSeconds (true when not asked to wait)")
            boolean caughtUp) {
    }

    @GET
    @Path("/status")
    @Operation(summary = "How far behind the sequencer is",
            description = "Who sequences, the newest positions, and how many committed entries wait for one and for how long. With "
                    + "waitSeconds, first waits (at most that long) until every audit record and event committed before the request "
                    + "is sequenced, so a caller can read its own writes from the feed.")
    @APIResponse(responseCode = "200", description = "The sequencer's state", content = @Content(schema = @Schema(implementation = StatusView.class)))
    public StatusView status(@Parameter(description = "Seconds to wait for what is already committed to be sequenced (0: do not wait)")
            @QueryParam("waitSeconds") @DefaultValue("0") @Min(0) @Max(30) int waitSeconds) throws SQLException {
        boolean caughtUp = waitSeconds == 0 || sequencer.awaitSequenced(Duration.ofSeconds(waitSeconds));
        Sequencer.Status s = sequencer.status(time.now());
        return new StatusView(s.leader(), s.term(), s.leaseUntil(), s.auditSeq(), s.feedSeq(), s.unsequencedAuditRecords(),
                s.unsequencedFeedEvents(), s.oldestUnsequencedAt(), s.lagSeconds(), s.lastSequencedAt(), s.thisInstance(), caughtUp);
    }
}
