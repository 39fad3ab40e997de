package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the steps that follow the carrying out of decisions, agreements and opinion letters. */
public final class PerformanceInputs {

    private PerformanceInputs() {
    }

    @Schema(name = "RecordObligationInput", description = "Something else the decision orders the respondent (or another agency) to do; "
            + "what its type and flags order (redo, perform, agreement, compensation, property return) is recorded with it")
    public record RecordObligation(@NotNull ObligationKind kind, @NotBlank @Size(max = 2000) String description,
            @Schema(description = "The agency that must carry it out (default: the case's respondent)") Long respondentId,
            @Min(1) @Max(3650) @Schema(description = "The period the decision sets, in days from its service") Integer periodDays,
            @Schema(description = "Or the date the decision sets") LocalDate dueDate) {
    }

    @Schema(name = "SetPerformanceDueInput", description = "Records the period or date the decision or agreement sets (DOCUMENT), "
            + "or a due date the clerk sets instead, with the reason (OVERRIDE); the original stays on record")
    public record SetDue(@NotNull Long obligationId, @NotNull LocalDate date, @NotNull DueBasis basis,
            @Min(1) @Max(3650) @Schema(description = "DOCUMENT only: the period in days from the document taking effect") Integer periodDays,
            LocalDate dueDate, @Size(max = 1000) @Schema(description = "Required for OVERRIDE") String reason) {
    }

    @Schema(name = "ReportPerformanceInput", description = "The respondent's report that it carried the obligation out (ARL 77)")
    public record ReportPerformance(@NotNull Long obligationId, @NotNull @Schema(description = "Day the report was received") LocalDate date,
            @Schema(description = "Day it was carried out (default: the report's date)") LocalDate performedDate,
            @NotBlank @Size(max = 2000) String summary) {
    }

    @Schema(name = "SupervisePerformanceInput", description = "A step against non-performance: an order to perform by a date (limitDate), "
            + "and with it a summons of the heads (persons) or a circular of criticism (ARL 77 ¶2); a transfer to a supervisory or "
            + "appointing body (recipient, recipientKind; ARL 85)")
    public record Supervise(@NotNull Long obligationId, @NotNull SupervisionKind kind, @NotNull LocalDate date,
            @Size(max = 200) @Schema(description = "The organ (default) or the superior agency taking the step") String takenBy,
            @Schema(description = "ORDER_TO_PERFORM: the date it must be done by") LocalDate limitDate,
            @Size(max = 20) @Schema(description = "SUMMONS: who was summoned, name and position") List<@NotBlank @Size(max = 100) String> persons,
            @Size(max = 200) @Schema(description = "TRANSFER: the body receiving it") String recipient,
            @Schema(description = "TRANSFER: what kind of body") TransferRecipient recipientKind,
            @Size(max = 100) String documentNumber, @Size(max = 1000) String note) {
    }
}
