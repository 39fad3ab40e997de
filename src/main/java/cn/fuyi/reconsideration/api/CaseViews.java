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
import cn.fuyi.reconsideration.acceptance.ComplaintGround;
import cn.fuyi.reconsideration.acceptance.ComplaintOutcome;
import cn.fuyi.reconsideration.committee.CommitteeGround;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.decision.CompensationOutcome;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.ExtensionApprover;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.decision.SuperiorCopy.CopiedDocument;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.intake.ReconsiderationFirstGround;
import cn.fuyi.reconsideration.mediation.Ground2017;
import cn.fuyi.reconsideration.mediation.MediationKind;
import cn.fuyi.reconsideration.mediation.MediationStatus;
import cn.fuyi.reconsideration.mediation.Side;
import cn.fuyi.reconsideration.performance.ObligationKind;
import cn.fuyi.reconsideration.performance.ObligationSource;
import cn.fuyi.reconsideration.performance.SupervisionKind;
import cn.fuyi.reconsideration.performance.TransferRecipient;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentKind;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentResult;
import cn.fuyi.reconsideration.normativedocument.ReviewRaisedBy;
import cn.fuyi.reconsideration.review.OpinionMethod;
import cn.fuyi.reconsideration.review.OpinionPartyRole;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.stay.StayGround;
import cn.fuyi.reconsideration.stay.StayRequester;
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
            Integer extendedDays, String extensionReason, LocalDate receivedDate, LocalDate abandonedDate,
            @Schema(description = "2017-law cases: the period the notice set, in days") Integer periodDays,
            @Schema(description = "Postmark of a correction sent by post (CPL 85)") LocalDate postedDate,
            @Schema(description = "The good reason accepted for a late correction (ARL 31 ¶2)") String lateReason,
            @Schema(description = "On abandonment: what the applicant gave as the reason") String applicantExplanation) {
    }

    @Schema(name = "Extension", description = "One approved extension of the decision period (ARL 62)")
    public record ExtensionView(long id, LocalDate approvedDate, int days, ExtensionApprover approverRole, String approverRoleLabel,
            String approvedBy, String reason, LocalDate noticeDate, LocalDate dueBefore) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SuperiorComplaint", description = "The applicant's complaint to the superior organ (ARL 35)")
    public record ComplaintView(long id, LocalDate complainedDate, String superior, ComplaintGround ground, String groundLabel,
            ComplaintOutcome outcome, String outcomeLabel, LocalDate outcomeDate, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ApplicationFacts", description = "What the application period (ARL 20, 21), forwarding (ARL 32) and "
            + "reconsideration-first (ARL 23) rules read")
    public record ApplicationView(Boolean actNoticeStatedRights, LocalDate rightsKnownDate, boolean realProperty,
            Integer longerPeriodDays, LocalDate obstacleFrom, LocalDate obstacleTo,
            @Schema(description = "Last day of the application period as computed (ARL 20)") LocalDate applicationLastDay,
            @Schema(description = "The application came after the period or beyond the longest period (ARL 20, 21)") boolean late,
            @Schema(description = "Submitted through the penalty agency: the day it received it (ARL 32)") LocalDate agencyReceivedDate,
            ReconsiderationFirstGround reconsiderationFirst, String reconsiderationFirstLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseWarning", description = "Something the law asks the office to look at; it blocks nothing")
    public record WarningView(@Schema(examples = "APPLICATION_LATE") String code, String label, String article,
            @Schema(description = "The earlier case it concerns, if any") Long relatedCaseId, String relatedCaseNumber) {

        public WarningView(String code, String label, String article) {
            this(code, label, article, null, null);
        }
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
            List<String> hearingOfficers, String recorder, Boolean respondentHeadAttended, String respondentHeadName,
            String respondentHeadPosition, String respondentHeadAbsenceReason, List<String> respondentStaff,
            @Schema(description = "The day the applicant refused to attend (ARL 51 ¶2)") LocalDate waivedDate, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartyOpinion", description = "A party's opinion heard, or why it could not be (ARL 49)")
    public record PartyOpinionView(long id, Long partyId, OpinionPartyRole partyRole, String partyRoleLabel, String partyName,
            boolean heard, LocalDate date, OpinionMethod method, String methodLabel, String heardPerson, String summary,
            String notHeardReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NormativeDocumentReview", description = "The incidental review of a normative document (ARL 13, 56-60)")
    public record NormativeDocumentReviewView(long id, ReviewRaisedBy raisedBy, String raisedByLabel, String raisedByArticle,
            LocalDate raisedDate, @Schema(description = "The first day of the review, in the suspension under ARL 39 ¶1(九)") LocalDate startedDate,
            Long suspensionId, String documentTitle, String documentNumber, NormativeDocumentKind documentKind,
            String documentKindLabel, String issuer, String clauses, String objection, boolean competent,
            LocalDate noticeDate, LocalDate noticeReceivedDate, LocalDate answerDate, String answerSummary,
            LocalDate forwardedDate, String forwardedTo, LocalDate forwardReceivedDate,
            NormativeDocumentResult result, String resultLabel, LocalDate resultDate, String resultSummary, String stoppedClauses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommitteeReferral", description = "A referral to the reconsideration committee and its opinion (ARL 52, 61 ¶3)")
    public record CommitteeReferralView(long id, CommitteeGround ground, String groundLabel, String article,
            @Schema(description = "Grounds (一) to (三) of ARL 52 ¶2: the case's features made the referral a duty") boolean mandatory,
            LocalDate referredDate, String questions, LocalDate meetingDate, List<String> members, String opinion,
            LocalDate opinionDate, Boolean followed, LocalDate adoptionDate, String adoptionNote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StayOfExecution", description = "A decision on stopping the execution of the act (ARL 42)")
    public record StayView(long id, StayRequester requestedBy, String requestedByLabel, LocalDate requestDate, boolean granted,
            StayGround ground, String groundLabel, String article, String legalBasis, LocalDate decidedDate, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DecisionBasis", description = "A record the decision must rest on or state, with the article that says so")
    public record DecisionBasisView(DecisionBasisKind kind, String label, String article, long refId, LocalDate date, String summary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OpinionLetter")
    public record OpinionLetterView(long id, long respondentId, String respondentName, LocalDate issuedDate,
            @Schema(description = "The agency's receipt; the 60 days of ARL 76 run from it") LocalDate receivedDate,
            String documentNumber, String subject, LocalDate answeredDate, String answerSummary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Mediation", description = "A mediation (调解, ARL 5, 73) or settlement (和解, ARL 74)")
    public record MediationView(long id, MediationKind kind, String kindLabel, String article,
            MediationStatus status, String statusLabel, Ground2017 ground2017, String ground2017Label,
            LocalDate applicantConsentDate, LocalDate respondentConsentDate,
            @Schema(description = "Consents to suspending the review (ARL 39 ¶1 (六))") LocalDate applicantSuspensionConsentDate,
            LocalDate respondentSuspensionConsentDate,
            @Schema(description = "The day both sides had consented") LocalDate startedDate,
            List<MediationSessionView> sessions,
            @Schema(description = "The agreement's (or written settlement's) date") LocalDate agreementDate,
            String documentNumber, String content, String approvedBy,
            List<SignatureView> signatures,
            @Schema(description = "Parties who have still to sign the drawn-up agreement, as SIDE|name") List<String> awaitingSignatures,
            LocalDate sealedDate,
            @Schema(description = "All parties signed and the organ sealed (ARL 73 ¶1): the later of the two") LocalDate effectiveDate,
            LocalDate withdrawalDate, String withdrawalReason,
            LocalDate endedDate, Side backedOutSide, String backedOutSideLabel, String backedOutName, String endNote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MediationSession")
    public record MediationSessionView(long id, LocalDate date, String place, String mediator, List<String> attendees,
            String summary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MediationSignature")
    public record SignatureView(Side side, String sideLabel, String partyName, LocalDate signedDate, String signedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Obligation", description = "Something an agency must carry out (履行, ARL 77), its due date and what was done")
    public record ObligationView(long id, ObligationSource source, String sourceLabel,
            @Schema(description = "The mediation or opinion letter it comes from") Long sourceId,
            ObligationKind kind, String kindLabel, String article, long respondentId, String respondentName,
            String description, LocalDate aroseDate,
            @Schema(description = "The period the decision or agreement sets, in days from its taking effect") Integer periodDays,
            @Schema(description = "The date the decision or agreement sets") LocalDate documentDueDate,
            LocalDate overrideDueDate, String overrideReason, String overrideBy, LocalDate overrideDate,
            @Schema(description = "The due date as computed; see the case's deadlines for how") LocalDate dueDate,
            LocalDate performedDate, LocalDate reportedDate, String reportSummary,
            @Schema(description = "Carried out by the due date; absent while not carried out or without a due date") Boolean onTime,
            @Schema(description = "Not carried out and the due date has passed") boolean overdue,
            List<SupervisionView> supervisions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Supervision", description = "A step against non-performance (ARL 77 ¶2, 85)")
    public record SupervisionView(long id, SupervisionKind kind, String kindLabel, String article, LocalDate date,
            String takenBy, LocalDate limitDate, List<String> persons, String recipient, TransferRecipient recipientKind,
            String recipientKindLabel, String documentNumber, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SuperiorCopy", description = "A copy to the respondent's superior department (抄告, ARL 79 ¶2)")
    public record SuperiorCopyView(long id, CopiedDocument document, String documentLabel, Long letterId, String recipient,
            LocalDate copiedDate, String note) {
    }


    @Schema(name = "AllowedTransition", description = "A step the case may take now, and where to POST it")
    public record TransitionLink(@Schema(description = "The step's code") String name, String label, String article, String href) {
    }

    @Schema(name = "ApplicantDecisionService", description = "When the decision was served on one applicant and the last day of their period to sue")
    public record ApplicantServiceView(long partyId, String name, LocalDate servedDate,
            @Schema(description = "SERVICE_RECORD: the applicant's own service record; CASE_SERVED_DATE: no record for the "
                    + "applicant, the case's served date stands in") String source,
            @Schema(description = "Last day to sue (ALL 45; ARL 34 where reconsideration came first); see the deadlines") LocalDate suitWindowDue) {
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
            boolean indirectCorrection,
            @Schema(description = "确认违法 for breach of procedure only (法释〔2018〕1号 art. 22)") boolean illegalForProcedureOnly,
            @Schema(description = "The decision partly upholds the act (法释〔2018〕1号 art. 134 ¶2)") boolean partlyUpholds,
            @Schema(description = "Return of property ordered (ARL 72 ¶2)") boolean propertyReturnOrdered,
            CompensationOutcome compensationOutcome, String compensationOutcomeLabel,
            String decisionSummary, String decisionApprovedBy, LocalDate servedDate,
            @Schema(description = "Each applicant's service of the decision and period to sue (ARL 75 ¶2, ALL 45), from the "
                    + "service records, or from servedDate where none is recorded for the applicant") List<ApplicantServiceView> applicantService,
            PublicationStatus publicationStatus, String publicationStatusLabel, LocalDate publishedDate,
            String publicationPlace, String nonPublicationReason,
            List<CorrectionView> corrections, List<SuspensionView> suspensions, List<ExcludedPeriodView> excludedPeriods,
            List<HearingView> hearings, List<OpinionLetterView> opinionLetters,
            List<ExtensionView> extensions, List<ComplaintView> superiorComplaints, ApplicationView application,
            List<WarningView> warnings,
            List<MediationView> mediations, List<ObligationView> obligations, List<SuperiorCopyView> superiorCopies,
            @Schema(description = "The decision and opinion letters must be copied to the respondent's superior department (ARL 79 ¶2)") boolean superiorCopyRequired,
            List<PartyOpinionView> partyOpinions, List<NormativeDocumentReviewView> normativeDocumentReviews,
            List<CommitteeReferralView> committeeReferrals, List<StayView> staysOfExecution,
            @Schema(description = "What the decision rests on or states: hearing transcripts, the committee's opinions, "
                    + "normative document results (ARL 59, 61)") List<DecisionBasisView> decisionBasis,
            LocalDate decisionDueDate, DeadlineKind nextDeadlineKind, String nextDeadlineLabel, LocalDate nextDueDate,
            List<TransitionLink> allowedTransitions,
            long version, Instant createdAt, Instant updatedAt, String createdBy) {
    }

}
