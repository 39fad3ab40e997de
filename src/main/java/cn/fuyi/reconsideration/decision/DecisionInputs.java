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
    public record Extend(@NotNull @Schema(description = "Date of the approval") LocalDate date,
            @NotNull @Min(1) @Max(30) @Schema(description = "Days added; all extensions together at most 30 (ARL 62)") Integer days,
            @NotBlank @Size(max = 1000) String reason,
            @NotNull @Schema(description = "Date of the written notice of the extension to the parties (书面告知当事人)") LocalDate noticeDate,
            @Schema(description = "Who approved: the office's head under the 2023 law, the organ's head under the 2017 law; "
                    + "defaults to the one the case's law names") ExtensionApprover approver,
            @Size(max = 50) @Schema(description = "Name of the approving head; defaults to the reviewer taking the step") String approvedBy) {
    }

    @Schema(name = "DismissInput", description = "驳回行政复议申请 after acceptance (ARL 33); approved by the reviewer taking the step")
    public record Dismiss(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ConcludeInput", description = "The decision (ARL 62-74); approved by the reviewer taking the step")
    public record Conclude(@NotNull LocalDate date, @NotNull DecisionType decisionType,
            @Schema(description = "With REVOKE or PARTIAL_REVOKE: the respondent must make the act again (责令重作)") Boolean orderToRedo,
            @Schema(description = "Required with TERMINATION") TerminationGround terminationGround,
            @Schema(description = "With MEDIATION or TERMINATION: the respondent corrected its act itself (indirect correction)") Boolean respondentCorrectedAct,
            @Size(max = 5000) String summary, @Size(max = 1000) String reason,
            @Schema(description = "With CONFIRM_ILLEGAL: illegal for breach of statutory procedure only; the courts then read the "
                    + "decision as upholding the act (法释〔2018〕1号 art. 22)") Boolean illegalForProcedureOnly,
            @Schema(description = "The decision upholds part of the act and changes or refuses another part "
                    + "(法释〔2018〕1号 art. 134 ¶2)") Boolean partlyUpholds,
            @Schema(description = "With REVOKE, PARTIAL_REVOKE or ALTER of a fine, confiscation or seizure: the property is ordered "
                    + "returned or released (ARL 72 ¶2)") Boolean propertyReturnOrdered,
            @Schema(description = "Required when compensation was claimed and the decision is on the merits (ARL 72 ¶1)")
            CompensationOutcome compensationOutcome) {
    }

    @Schema(name = "PublishInput")
    public record Publish(@NotNull LocalDate date, @NotBlank @Size(max = 200) @Schema(examples = "太仓市人民政府门户网站") String place) {
    }

    @Schema(name = "CopyDecisionInput", description = "The effective decision copied to the respondent's superior department (抄告, ARL 79 ¶2)")
    public record CopyToSuperior(@NotNull LocalDate date,
            @NotBlank @Size(max = 200) @Schema(examples = "苏州市市场监督管理局") String recipient, @Size(max = 1000) String note) {
    }
}
