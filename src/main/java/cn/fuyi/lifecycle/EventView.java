package cn.fuyi.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One step of a case's or lawsuit's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LifecycleEvent", description = "One step of a case's or lawsuit's history")
public record EventView(long id, int seq,
        @Schema(description = "The step, a code of the case or lawsuit transition list") String transition,
        String transitionLabel, String fromState, String fromStateLabel, String toState, String toStateLabel,
        @Schema(description = "The legal date of the step") LocalDate date,
        @Schema(description = "When it was recorded (UTC)") Instant recordedAt,
        String actor, String actorName, String reason,
        @Schema(description = "The fields the step recorded") Map<String, Object> details) {
}
