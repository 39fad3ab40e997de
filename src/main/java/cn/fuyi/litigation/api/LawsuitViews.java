package cn.fuyi.litigation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fuyi.deadline.DeadlineView;
import cn.fuyi.litigation.CounselType;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.LawsuitState;
import cn.fuyi.litigation.ReportStatus;
import cn.fuyi.litigation.deadline.CourtExclusionGround;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.litigation.recommendation.AnswerDueSource;
import cn.fuyi.litigation.recommendation.RecommendationKind;
import cn.fuyi.litigation.rectification.RectificationSource;
import cn.fuyi.litigation.session.AbsenceReason;
import cn.fuyi.litigation.session.HeadRank;
import cn.fuyi.litigation.session.InstanceAppearance;
import cn.fuyi.reconsideration.api.CaseViews.PartyView;
import cn.fuyi.reconsideration.api.CaseViews.TransitionLink;

/** Response bodies of the litigation API. */
public final class LawsuitViews {

    private LawsuitViews() {
    }

    @Schema(name = "LawsuitSummary")
    public record LawsuitSummary(long id, long organId, String court, String courtCaseNumber,
            Instance instance, String instanceLabel, LawsuitState state, String stateLabel,
            List<String> plaintiffNames, List<String> defendantNames, LocalDate filedDate, LocalDate servedDate,
            Outcome outcome, String outcomeLabel, Boolean loss, LocalDate outcomeDate,
            String nextDeadlineKind, String nextDeadlineLabel, LocalDate nextDueDate, boolean overdue,
            ReportStatus reportStatus, String reportStatusLabel, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Defendant")
    public record DefendantView(long id, Long respondentId, Long organId, String name,
            @Schema(description = "AGENCY or ORGAN") String kind,
            @Schema(description = "What the court decided as to this defendant (法释〔2018〕1号 art. 136); once decided") Outcome outcome,
            String outcomeLabel,
            @Schema(description = "This defendant lost (败诉); once decided") Boolean lost,
            @Schema(description = "Whether this defendant's head has met the duty to appear in the instance so far (法释〔2020〕3号 art. 7)")
            InstanceAppearance headAppearance, String headAppearanceLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProposedDefendant", description = "A defendant Fuyi proposes from the linked reconsideration case (ALL 26)")
    public record ProposedDefendantView(Long respondentId, Long organId, String name, String basis, String basisLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Appearance", description = "Who appeared for one defendant at a session; revision > 1 after corrections")
    public record AppearanceView(long id, long defendantId, String defendantName, int revision, boolean current,
            boolean headAppeared, boolean headCounts, String headName, String headPosition, HeadRank headRank,
            String headRankLabel, boolean headSpoke, boolean headIdentityDefective, boolean courtNotifiedHead,
            AbsenceReason absenceReason, String absenceReasonLabel, List<String> entrustedStaff, String counselName,
            CounselType counselType, String correctionReason, Instant recordedAt, String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CourtSession")
    public record SessionView(long id, LocalDate date, String courtRoom, String note, List<AppearanceView> appearances,
            @Schema(description = "Superseded attendance records, oldest first") List<AppearanceView> corrections) {
    }

    @Schema(name = "CourtExclusion", description = "A period the court does not count toward its trial time limit, both days included")
    public record CourtExclusionView(long id, CourtExclusionGround ground, String groundLabel, LocalDate from, LocalDate to, String note,
            Instant recordedAt, String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Lawsuit")
    public record LawsuitDetail(long id, long organId, String organName, String court, String courtCaseNumber,
            Instance instance, String instanceLabel, Long previousLawsuitId, String previousCourtCaseNumber,
            List<Long> continuedBy, Long reconsiderationCaseId, String reconsiderationCaseNumber,
            LawsuitState state, String stateLabel,
            String actCategory, String actCategoryLabel, String actDomain, String actDomainLabel, String actDescription,
            String claims, LocalDate filedDate, LocalDate servedDate, boolean simplified,
            CounselType counselType, String counselTypeLabel, String counselName,
            LocalDate reportDueDate, LocalDate reportedDate, ReportStatus reportStatus, String reportStatusLabel,
            LocalDate defenceDate,
            Outcome outcome, String outcomeLabel, String outcomeArticle, Boolean loss, boolean orderToRedo,
            boolean withdrawnAfterActChanged, LocalDate outcomeDate, LocalDate outcomeServedDate, String outcomeSummary,
            LocalDate finalDate,
            List<PartyView> plaintiffs, List<DefendantView> defendants, List<ProposedDefendantView> proposedDefendants,
            Boolean defendantsMatchProposal, List<SessionView> sessions,
            @Schema(description = "Periods the court does not count toward its trial time limit (法释〔2018〕1号 art. 50)") List<CourtExclusionView> courtExclusions,
            String nextDeadlineKind, String nextDeadlineLabel, LocalDate nextDueDate,
            List<TransitionLink> allowedTransitions, long version, Instant createdAt, Instant updatedAt, String createdBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Recommendation")
    public record RecommendationView(long id, long organId, RecommendationKind kind, String kindLabel, String issuer,
            String documentNumber, Long lawsuitId, Long respondentId, String addressee, String subject,
            LocalDate receivedDate,
            @Schema(description = "When the answer is due; absent when neither the law nor the clerk set a date") LocalDate answerDueDate,
            LocalDate answeredDate, String answerSummary,
            @Schema(description = "Unanswered past answerDueDate on asOf") boolean overdue, long version,
            @Schema(description = "PROCURATORIAL: the harm keeps spreading (15 days instead of two months)") boolean harmSpreading,
            @Schema(description = "JUDICIAL: about a normative document the court found unlawful (60 days)") boolean normativeDocument,
            AnswerDueSource answerDueSource, String answerDueSourceLabel,
            @Schema(description = "The clerk set a date other than the one the law sets") boolean answerDueOverridden,
            @Schema(description = "The answer period the law sets and how its date was computed, with the article; absent when "
                    + "the law sets none") DeadlineView answerDeadline,
            @Schema(description = "How answerDueDate came about, in words") String answerDueExplanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RectificationItem")
    public record RectificationView(long id, long organId, RectificationSource sourceType, String sourceTypeLabel,
            long sourceId, long respondentId, String respondentName, String problem, LocalDate dueDate, String actions,
            LocalDate closedDate, String evidenceNote, boolean open, boolean overdue, long version, Instant createdAt,
            String createdBy) {
    }

    @Schema(name = "AgencyRectifications", description = "Rectification items of one agency")
    public record AgencyRectifications(long respondentId, String respondentName, long open, long overdue, long closed) {
    }

    @Schema(name = "LawsuitReport", description = "Whether an agency reported a suit to the bureau in time (报备)")
    public record ReportingView(long lawsuitId, String courtCaseNumber, List<String> defendantNames,
            LocalDate servedDate, LocalDate reportDueDate, LocalDate reportedDate, ReportStatus status, String statusLabel) {
    }
}
