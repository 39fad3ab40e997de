package cn.fuyi.reconsideration.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.ExcludedPeriodKind;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/** Response bodies of the reconsideration API. Codes travel with their Chinese labels beside them. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(name = "CaseSummary", description = "A case in a list")
    public record CaseSummary(
            long id, String caseNumber, long organId, String organName,
            CaseState state, String stateLabel,
            LocalDate receivedDate, long respondentId, String respondentName,
            String actCategory, String actCategoryLabel, String actDomain, String actDomainLabel,
            List<String> applicantNames, String clerk, String clerkName,
            ProcedureType procedure, String procedureLabel,
            DeadlineKind nextDeadlineKind, String nextDeadlineLabel, LocalDate nextDueDate,
            @Schema(description = "The next deadline has passed") boolean overdue,
            DecisionType decisionType, String decisionTypeLabel, LocalDate concludedDate,
            long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Party")
    public record PartyView(long id, PartyRole role, String roleLabel, PartyKind kind, String kindLabel,
            String name, IdType idType, String idTypeLabel, String idNumber, String phone, String address,
            String legalRepresentative, AgentKind agentKind, String agentKindLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CorrectionRequest")
    public record CorrectionView(long id, LocalDate requestedDate, LocalDate noticeReceivedDate, String items,
            Integer extendedDays, String extensionReason, LocalDate receivedDate, LocalDate abandonedDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Suspension")
    public record SuspensionView(long id, SuspensionGround ground, String groundLabel, LocalDate startedDate,
            LocalDate resumedDate, String reason) {
    }

    @Schema(name = "ExcludedPeriod", description = "A site inspection or expert appraisal; its days do not count toward the decision deadline")
    public record ExcludedPeriodView(long id, ExcludedPeriodKind kind, String kindLabel, String article, LocalDate startedDate,
            @Schema(description = "Absent while it goes on") LocalDate endedDate, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Hearing")
    public record HearingView(long id, HearingStatus status, String statusLabel, LocalDate noticeDate,
            LocalDate scheduledDate, String place, String issues, LocalDate heldDate, String presidingOfficer,
            List<String> hearingOfficers, String recorder, Boolean respondentHeadAttended, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OpinionLetter")
    public record OpinionLetterView(long id, long respondentId, String respondentName, LocalDate issuedDate,
            String documentNumber, String subject, LocalDate answeredDate, String answerSummary) {
    }

    @Schema(name = "AllowedTransition", description = "A step the case may take now, and where to POST it")
    public record TransitionLink(@Schema(description = "The step's code") String name, String label, String article, String href) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Case", description = "A reconsideration case with everything recorded on it")
    public record CaseDetail(
            long id, String caseNumber, long organId, String organName,
            RuleSet ruleSet, String ruleSetLabel, CaseState state, String stateLabel,
            LocalDate receivedDate, Channel channel, String channelLabel,
            List<PartyView> applicants, List<PartyView> agents, List<PartyView> thirdParties,
            long respondentId, String respondentName,
            String actCategory, String actCategoryLabel, String actDomain, String actDomainLabel,
            String actDescription, String actDocumentNumber, LocalDate actDate, LocalDate actKnownDate,
            BigDecimal amount, String request, String factsAndReasons, boolean compensationRequested,
            String clerk, String clerkName,
            LocalDate reviewStartDate, LocalDate acceptedDate, AcceptanceKind acceptanceKind, String acceptanceKindLabel,
            LocalDate notAcceptedDate, String notAcceptedReason, String competentOrgan, LocalDate abandonedDate,
            ProcedureType procedure, String procedureLabel, SimplifiedGround simplifiedGround, String simplifiedGroundLabel,
            LocalDate convertedDate, String conversionApprovedBy,
            LocalDate copySentDate, LocalDate copyReceivedDate, LocalDate replyReceivedDate,
            Integer extensionDays, LocalDate extensionDate, String extensionApprovedBy, String extensionReason,
            LocalDate concludedDate, DecisionType decisionType, String decisionTypeLabel, String decisionArticle,
            Boolean correction, boolean orderToRedo, TerminationGround terminationGround, String terminationGroundLabel,
            boolean indirectCorrection, String decisionSummary, String decisionApprovedBy, LocalDate servedDate,
            PublicationStatus publicationStatus, String publicationStatusLabel, LocalDate publishedDate,
            String publicationPlace, String nonPublicationReason,
            List<CorrectionView> corrections, List<SuspensionView> suspensions, List<ExcludedPeriodView> excludedPeriods,
            List<HearingView> hearings, List<OpinionLetterView> opinionLetters,
            LocalDate decisionDueDate, DeadlineKind nextDeadlineKind, String nextDeadlineLabel, LocalDate nextDueDate,
            List<TransitionLink> allowedTransitions,
            long version, Instant createdAt, Instant updatedAt, String createdBy) {
    }

}
