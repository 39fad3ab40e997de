package cn.fuyi.reconsideration.api;

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

/** Request bodies of the reconsideration API: intake, corrections of details, and one body per transition. */
public final class CaseInputs {

    private CaseInputs() {
    }

    @Schema(name = "PartyInput", description = "An applicant, agent or third party")
    public record PartyInput(
            @NotNull PartyKind kind,
            @NotBlank @Size(max = 100) @Schema(examples = "张三") String name,
            IdType idType,
            @Size(max = 64) @Schema(examples = "320585199001011234") String idNumber,
            @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "{fuyi.phone}") @Schema(examples = "13800000000") String phone,
            @Size(max = 300) String address,
            @Size(max = 50) @Schema(description = "For a legal person or organisation") String legalRepresentative,
            @Schema(description = "For an agent") AgentKind agentKind) {
    }

    @Schema(name = "CaseDetailsInput", description = "The application as received (ARL 22), all of §2 step 1")
    public record CaseDetailsInput(
            @NotNull @Schema(description = "Reconsideration organ the application is addressed to") Long organId,
            @NotNull @Schema(examples = "2026-03-02") LocalDate receivedDate,
            @NotNull Channel channel,
            @NotEmpty @Size(max = 50) List<@Valid PartyInput> applicants,
            @Size(max = 20) List<@Valid PartyInput> agents,
            @Size(max = 50) List<@Valid PartyInput> thirdParties,
            @NotNull Long respondentId,
            @NotBlank @Schema(description = "Code from the ACT_CATEGORY list", examples = "ADMINISTRATIVE_PENALTY") String actCategory,
            @NotBlank @Schema(description = "Code from the DOMAIN list", examples = "MARKET_REGULATION") String actDomain,
            @NotBlank @Size(max = 1000) @Schema(examples = "太仓市市场监督管理局作出的太市监罚〔2026〕15号行政处罚决定") String actDescription,
            @Size(max = 100) String actDocumentNumber,
            @Schema(description = "Date of the challenged act") LocalDate actDate,
            @Schema(description = "Date the applicant learned of the act") LocalDate actKnownDate,
            @DecimalMin("0") @Schema(description = "Amount in yuan involved, if any") BigDecimal amount,
            @NotBlank @Size(max = 5000) @Schema(examples = "请求撤销该行政处罚决定") String request,
            @Size(max = 20000) String factsAndReasons,
            Boolean compensationRequested,
            @Size(max = 64) @Schema(description = "Username of the clerk (承办人), if assigned at intake") String clerk,
            @Size(max = 50) String clerkName) {
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    @Schema(name = "AssignClerkInput")
    public record AssignClerk(@NotBlank @Size(max = 64) String clerk, @NotBlank @Size(max = 50) String clerkName,
            LocalDate date, @Size(max = 1000) String reason) {
    }

    @Schema(name = "CorrectionRequestInput", description = "补正通知 (ARL 31): everything to be corrected, at once")
    public record RequestCorrection(
            @NotNull @Schema(description = "Date of the notice") LocalDate date,
            @Schema(description = "Date the applicant received the notice; the 10 working days count from it (default: the notice date)") LocalDate noticeReceivedDate,
            @NotBlank @Size(max = 5000) String items, @Size(max = 1000) String reason) {
    }

    @Schema(name = "CorrectionExtensionInput", description = "The bureau extends the correction period for good reason")
    public record ExtendCorrectionPeriod(@NotNull LocalDate date,
            @NotNull @Min(1) @Max(30) @Schema(description = "Working days added") Integer days,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "DatedStepInput", description = "A step with its date and an optional reason")
    public record DatedStep(@NotNull LocalDate date, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ReasonedStepInput", description = "A step with its date and a required reason")
    public record ReasonedStep(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "DeemAcceptedInput", description = "Records that the review period passed without decision (ARL 30 ¶3); the acceptance date is the day the period ended")
    public record DeemAccepted(@Size(max = 1000) String reason) {
    }

    @Schema(name = "NotAcceptInput", description = "不予受理 (ARL 30 ¶2)")
    public record NotAccept(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason,
            @Size(max = 100) @Schema(description = "The organ with jurisdiction, if another") String competentOrgan) {
    }

    @Schema(name = "ChooseProcedureInput")
    public record ChooseProcedure(@NotNull LocalDate date, @NotNull ProcedureType procedure,
            @Schema(description = "Required for the simplified procedure (ARL 53)") SimplifiedGround simplifiedGround,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "ApprovedStepInput", description = "A step the bureau head (reviewer) takes; their name is recorded as the approval")
    public record ApprovedStep(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "SendCopyInput")
    public record SendCopy(@NotNull @Schema(description = "Date the copy was sent") LocalDate date,
            @Schema(description = "Date the respondent received it; the reply period counts from it (default: the sending date)") LocalDate receivedDate,
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "SuspendInput")
    public record Suspend(@NotNull LocalDate date, @NotNull SuspensionGround ground, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ExcludedPeriodInput", description = "The start or the end of a site inspection or expert appraisal, whose days do not count toward the decision deadline")
    public record ExcludedPeriodStep(@NotNull LocalDate date, @NotNull ExcludedPeriodKind kind, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ExtendInput", description = "Extension of the decision period, once, by at most 30 days (ARL 62); the reviewer's name is recorded as the approval")
    public record Extend(@NotNull LocalDate date, @NotNull @Min(1) @Max(30) Integer days,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ScheduleHearingInput", description = "Written notice of time, place and issues at least 5 working days ahead (ARL 51)")
    public record ScheduleHearing(@NotNull @Schema(description = "Date of the written notice") LocalDate noticeDate,
            @NotNull LocalDate hearingDate, @NotBlank @Size(max = 200) String place,
            @Size(max = 5000) String issues, @Size(max = 1000) String reason) {
    }

    @Schema(name = "HoldHearingInput", description = "One presiding officer, two or more hearing officers, a recorder")
    public record HoldHearing(@NotNull Long hearingId, @NotNull LocalDate date,
            @NotBlank @Size(max = 50) String presidingOfficer,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 50) String> hearingOfficers,
            @NotBlank @Size(max = 50) String recorder, Boolean respondentHeadAttended,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "PostponeHearingInput")
    public record PostponeHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotNull LocalDate newHearingDate,
            @Schema(description = "Date of the new notice (default: date)") LocalDate newNoticeDate,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "CancelHearingInput")
    public record CancelHearing(@NotNull Long hearingId, @NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
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
    }

    @Schema(name = "IssueOpinionLetterInput")
    public record IssueOpinionLetter(@NotNull LocalDate date,
            @Schema(description = "Addressee agency (default: the case's respondent)") Long respondentId,
            @Size(max = 100) String documentNumber, @NotBlank @Size(max = 1000) String subject) {
    }

    @Schema(name = "AnswerOpinionLetterInput")
    public record AnswerOpinionLetter(@NotNull Long letterId, @NotNull LocalDate date, @Size(max = 2000) String summary) {
    }
}
