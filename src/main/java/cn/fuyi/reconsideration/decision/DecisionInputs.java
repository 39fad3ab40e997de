package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the decision steps. */
public final class DecisionInputs {

    private DecisionInputs() {
    }

    @Schema(name = "ExtendInput", description = "Extension of the decision period, once, by at most 30 days (ARL 62); the reviewer's name is recorded as the approval")
    public record Extend(@NotNull LocalDate date, @NotNull @Min(1) @Max(30) Integer days,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "DismissInput", description = "驳回行政复议申请 after acceptance (ARL 33); approved by the reviewer taking the step")
    public record Dismiss(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ConcludeInput", description = "The decision (ARL 62-74); approved by the reviewer taking the step")
    public record Conclude(@NotNull LocalDate date, @NotNull DecisionType decisionType,
            @Schema(description = "With REVOKE or PARTIAL_REVOKE: the respondent must make the act again (责令重作)") Boolean orderToRedo,
            @Schema(description = "Required with TERMINATION") TerminationGround terminationGround,
            @Schema(description = "With MEDIATION or TERMINATION: the respondent corrected its act itself (indirect correction)") Boolean respondentCorrectedAct,
            @Size(max = 5000) String summary, @Size(max = 1000) String reason) {
    }

    @Schema(name = "PublishInput")
    public record Publish(@NotNull LocalDate date, @NotBlank @Size(max = 200) @Schema(examples = "太仓市人民政府门户网站") String place) {
    }}
