package cn.fuyi.reconsideration.suspension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.suspension.ExcludedPeriodKind;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.SuspensionGround;
import cn.fuyi.reconsideration.decision.TerminationGround;

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
