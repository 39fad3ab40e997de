package cn.fuyi.reconsideration.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the review steps. */
public final class ReviewInputs {

    private ReviewInputs() {
    }

    @Schema(name = "AssignClerkInput")
    public record AssignClerk(@NotBlank @Size(max = 64) String clerk, @NotBlank @Size(max = 50) String clerkName,
            LocalDate date, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ChooseProcedureInput")
    public record ChooseProcedure(@NotNull LocalDate date, @NotNull ProcedureType procedure,
            @Schema(description = "Required for the simplified procedure (ARL 53)") SimplifiedGround simplifiedGround,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "SendCopyInput")
    public record SendCopy(@NotNull @Schema(description = "Date the copy was sent") LocalDate date,
            @Schema(description = "Date the respondent received it; the reply period counts from it (default: the sending date)") LocalDate receivedDate,
            @Size(max = 1000) String reason) {
    }}
