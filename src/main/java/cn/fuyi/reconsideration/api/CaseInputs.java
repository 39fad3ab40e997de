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
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.intake.ReconsiderationFirstGround;

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
            @Size(max = 50) String clerkName,
            @Schema(description = "Whether the act told the applicant of the right to apply, the organ and the period (ARL 20 ¶3); "
                    + "unknown is read as told") Boolean actNoticeStatedRights,
            @Schema(description = "When not told: the day the applicant learned of the right, organ and period (ARL 20 ¶3)") LocalDate rightsKnownDate,
            @Schema(description = "The application concerns real property: 20 years from the act instead of 5 (ARL 21)") Boolean realProperty,
            @Min(61) @Max(3650) @Schema(description = "A law sets an application period longer than 60 days (ARL 20 ¶1), in days") Integer longerPeriodDays,
            @Schema(description = "Force majeure or another good reason kept the applicant from applying: first day (ARL 20 ¶2)") LocalDate obstacleFrom,
            @Schema(description = "The day the obstacle was removed; the period runs on from it (ARL 20 ¶2)") LocalDate obstacleTo,
            @Schema(description = "Submitted through the agency that imposed an on-the-spot or camera-recorded penalty: the day that "
                    + "agency received it (ARL 32); the organ's receipt is receivedDate") LocalDate agencyReceivedDate,
            @Schema(description = "The applicant had to apply before suing (复议前置, ARL 23 ¶1)") ReconsiderationFirstGround reconsiderationFirst) {
    }

    @Schema(name = "DatedStepInput", description = "A step with its date and an optional reason")
    public record DatedStep(@NotNull LocalDate date, @Size(max = 1000) String reason) {
    }

    @Schema(name = "ReasonedStepInput", description = "A step with its date and a required reason")
    public record ReasonedStep(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ApprovedStepInput", description = "A step the bureau head (reviewer) takes; their name is recorded as the approval")
    public record ApprovedStep(@NotNull LocalDate date, @NotBlank @Size(max = 1000) String reason) {
    }
}
