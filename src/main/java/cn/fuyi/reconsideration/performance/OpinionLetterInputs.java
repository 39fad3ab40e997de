package cn.fuyi.reconsideration.performance;

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

/** Request bodies of the performance steps. */
public final class OpinionLetterInputs {

    private OpinionLetterInputs() {
    }


    @Schema(name = "IssueOpinionLetterInput")
    public record IssueOpinionLetter(@NotNull LocalDate date,
            @Schema(description = "Addressee agency (default: the case's respondent)") Long respondentId,
            @Size(max = 100) String documentNumber, @NotBlank @Size(max = 1000) String subject) {
    }

    @Schema(name = "AnswerOpinionLetterInput")
    public record AnswerOpinionLetter(@NotNull Long letterId, @NotNull LocalDate date, @Size(max = 2000) String summary) {
    }}
