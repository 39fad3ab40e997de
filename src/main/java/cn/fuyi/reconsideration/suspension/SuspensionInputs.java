package cn.fuyi.reconsideration.suspension;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the suspension steps. */
public final class SuspensionInputs {

    private SuspensionInputs() {
    }

    @Schema(name = "SuspendInput")
    public record Suspend(@NotNull LocalDate date, @NotNull SuspensionGround ground, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ExcludedPeriodInput", description = "The start or the end of a site inspection or expert appraisal, whose days do not count toward the decision deadline")
    public record ExcludedPeriodStep(@NotNull LocalDate date, @NotNull ExcludedPeriodKind kind, @Size(max = 1000) String reason) {
    }}
