package cn.fuyi.reconsideration.stay;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body of the stay of execution. */
public final class StayInputs {

    private StayInputs() {
    }

    @Schema(name = "DecideStayOfExecutionInput", description = "Execution stops only on a ground of ARL 42; a party's request may be refused")
    public record DecideStay(@NotNull LocalDate date, @NotNull StayRequester requestedBy,
            @Schema(description = "A party's request (default: date)") LocalDate requestDate,
            @NotNull Boolean granted,
            @Schema(description = "Required when granted; must be one the requester can invoke") StayGround ground,
            @Size(max = 300) @Schema(description = "With PROVIDED_BY_LAW: the provision") String legalBasis,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
