package cn.fuyi.statistics.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.Period;

/** The statistics API's answers (Java records at the HTTP edge). */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(name = "StatisticsPeriod", description = "The period counted: both days included, local dates in Asia/Shanghai")
    public record PeriodView(Period.Kind kind, LocalDate from, LocalDate to,
            @Schema(examples = "2019年") String label, @Schema(examples = "2019") String labelEn) {
    }

    @Schema(name = "StatisticsScope", description = "Whose cases are counted, and whether subordinate organs are included")
    public record ScopeView(@Schema(description = "Absent: every organ") Long organId, String organName,
            boolean includeSubordinates, @Schema(description = "The organs whose cases are counted; absent: every organ") List<Long> organIds,
            @Schema(examples = "太仓市人民政府（不含下级复议机关）") String description, String descriptionEn) {
    }

    @Schema(name = "Rate", description = "A rate: the exact fraction and its display with one decimal, half-up; denominator 0 → percent null, display —")
    public record RateView(
            @Schema(examples = "correction.direct") String id,
            @Schema(examples = "直接纠错率") String nameZh,
            @Schema(examples = "Direct correction rate") String nameEn,
            @Schema(examples = "5") long numerator,
            @Schema(description = "Id of the numerator's count", examples = "directCorrections") String numeratorCount,
            @Schema(examples = "122") long denominator,
            @Schema(description = "Id of the denominator's count", examples = "concluded") String denominatorCount,
            @Schema(description = "The exact fraction", examples = "5/122") String fraction,
            @Schema(description = "100 × numerator / denominator, one decimal, half-up; null when the denominator is 0", examples = "4.1") BigDecimal percent,
            @Schema(examples = "4.1%") String display,
            @Schema(description = "The definition variant used", examples = "concluded") String variant,
            String variantDescription,
            boolean defaultVariant) {
    }

    @Schema(name = "DecisionTypeCount", description = "Cases concluded in the period with one decision type")
    public record DecisionTypeCount(DecisionType decisionType, String label, String article,
            @Schema(description = "A direct correction (DecisionType.correction())") boolean correction, long count) {
    }

    @Schema(name = "RespondentKindCount", description = "Distinct respondents of the applications received in the period, of one kind")
    public record RespondentKindCount(RespondentKind kind, String label, long respondents,
            @Schema(description = "Applications received against respondents of this kind") long applications) {
    }

    @Schema(name = "Reconciliation", description = "carriedOverIn + accepted − concluded − otherExits = expectedPending, compared with pending counted directly")
    public record ReconciliationView(long carriedOverIn, long accepted, long concluded,
            @Schema(description = "Exits from the accepted cases other than a conclusion: none exist in Fuyi, always 0") long otherExits,
            long expectedPending, long pending,
            @Schema(description = "expectedPending − pending") long difference, boolean balanced,
            @Schema(examples = "5 + 123 − 122 − 0 = 6") String equation) {
    }

    @Schema(name = "CaseReference")
    public record CaseRef(long id, String caseNumber) {
    }

    @Schema(name = "DataQualityWarning", description = "Cases whose recorded facts contradict each other, named so they can be corrected")
    public record WarningView(@Schema(examples = "CONCLUDED_BEFORE_ACCEPTED") String code, String message, int caseCount,
            List<CaseRef> cases) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatisticsReport", description = "Every count and rate of the period and scope")
    public record ReportView(ScopeView scope, PeriodView period,
            @Schema(description = "Count id → value; the definitions endpoint says what each counts") Map<String, Long> counts,
            List<RateView> rates, List<DecisionTypeCount> decisionsByType, List<RespondentKindCount> respondentsByKind,
            ReconciliationView reconciliation,
            @Schema(description = "Data-quality warnings, each naming its cases; empty when the data is consistent") List<WarningView> warnings,
            @Schema(description = "With compare=previous: the same figures for the same dates a year earlier, and the change") ComparisonView comparison) {
    }

    @Schema(name = "StatisticsComparison")
    public record ComparisonView(PeriodView period, Map<String, Long> counts, List<RateView> rates, List<WarningView> warnings,
            List<CountChange> countChanges, List<RateChange> rateChanges) {
    }

    @Schema(name = "CountChange", description = "current − previous, and that as a percentage of previous (one decimal, half-up away from zero; null when previous is 0)")
    public record CountChange(String id, String nameZh, long current, long previous, long change, BigDecimal changePercent) {
    }

    @Schema(name = "RateChange", description = "The change of a rate in percentage points, from the exact fractions, one decimal half-up; null when either is undefined")
    public record RateChange(String id, String nameZh, String current, String previous, BigDecimal points) {
    }

    @Schema(name = "StatisticsBreakdown", description = "The case counts and rates per value of a dimension, and the total")
    public record BreakdownView(ScopeView scope, PeriodView period, @Schema(examples = "respondent") String by, String byLabel,
            List<BreakdownRow> rows, BreakdownRow total) {
    }

    @Schema(name = "StatisticsBreakdownRow")
    public record BreakdownRow(@Schema(description = "The dimension's value: an id, a code, 2019-03 or 2019-Q2; empty for cases without one") String key,
            String label, Map<String, Long> counts, List<RateView> rates) {
    }

    @Schema(name = "StatisticsReconciliation")
    public record ReconciliationReport(ScopeView scope, PeriodView period, ReconciliationView reconciliation, List<WarningView> warnings) {
    }

    @Schema(name = "StatisticsReportText", description = "A paragraph for the annual report, written from the API's own figures")
    public record ReportTextView(ScopeView scope, PeriodView period, String text) {
    }

    @Schema(name = "StatisticsDefinitions", description = "Every count and rate, with its definition; public reference data")
    public record DefinitionsView(List<Rule> rules, List<CountDefinition> counts, List<RateDefinition> rates) {
    }

    @Schema(name = "StatisticsRule", description = "A convention every figure follows")
    public record Rule(String topic, String zh, String en) {
    }

    @Schema(name = "CountDefinition")
    public record CountDefinition(String id, String nameZh, String nameEn, String definitionZh, String definitionEn,
            Count.Source source, @Schema(description = "The endpoint that answers it", examples = "/api/v1/statistics/litigation") String endpoint) {
    }

    @Schema(name = "RateDefinition")
    public record RateDefinition(String id, String nameZh, String nameEn, String formulaZh, String formulaEn, String legalBasis,
            @Schema(description = "A published figure to check against") String reference, String defaultVariant,
            List<VariantDefinition> variants,
            @Schema(description = "The endpoint that answers it", examples = "/api/v1/statistics/reconsideration") String endpoint) {
    }

    @Schema(name = "RateVariant")
    public record VariantDefinition(String id, String numerator, String denominator, String descriptionZh, String descriptionEn,
            boolean isDefault) {
    }

    // ---- litigation --------------------------------------------------------------------------------------------

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LitigationStatisticsReport", description = "Every litigation count and rate of the period and scope")
    public record LitigationReportView(ScopeView scope, PeriodView period,
            @Schema(description = "Count id → value; the definitions endpoint says what each counts") Map<String, Long> counts,
            List<RateView> rates,
            @Schema(description = "Lawsuits decided in the period per outcome (every outcome listed) and instance") List<OutcomeCount> outcomesByType,
            SuitReconciliationView reconciliation,
            @Schema(description = "With compare=previous: the same figures for the same dates a year earlier, and the change") ComparisonView comparison) {
    }

    @Schema(name = "OutcomeCount", description = "Lawsuits decided in the period with one outcome")
    public record OutcomeCount(Outcome outcome, String label, String article,
            @Schema(description = "The agency lost (Outcome.loss())") boolean loss,
            @Schema(description = "A judgment on the merits (Outcome.merits())") boolean merits,
            long firstInstance, long appeal, long retrial, long total) {
    }

    @Schema(name = "SuitReconciliation", description = "suitsCarriedOverIn + suits − suitsConcluded = expectedPending, compared with suitsPending counted directly")
    public record SuitReconciliationView(long carriedOverIn, long filed, long concluded, long expectedPending, long pending,
            @Schema(description = "expectedPending − pending; not 0 only when a lawsuit is recorded decided before it was docketed") long difference,
            boolean balanced, @Schema(examples = "3 + 10 − 9 = 4") String equation) {
    }

    @Schema(name = "AgencyLitigationTable", description = "两高一低: per defendant agency, its lawsuits, loss rate and head-appearance rate side by side")
    public record AgencyTableView(ScopeView scope, PeriodView period, @Schema(examples = "-suits") String sort, List<AgencyRow> rows,
            @Schema(description = "The whole scope, each lawsuit once (co-defendant suits make the rows add up to more)") AgencyRow total) {
    }

    @Schema(name = "AgencyLitigationRow")
    public record AgencyRow(@Schema(examples = "respondent:12") String key,
            @Schema(description = "RESPONDENT: an agency; ORGAN: the reconsideration organ itself as a defendant; absent in the total") String defendantType,
            Long id, String name,
            @Schema(description = "The respondent's kind; absent for an organ") String kind, String kindLabel,
            long suits, long firstInstanceConcluded, long suitsLost, RateView lossRate,
            long suitsWithSession, long suitsHeadAppeared, RateView headAppearanceRate,
            @Schema(description = "Every litigation count of this agency as a defendant, and the recommendations addressed to it") Map<String, Long> counts,
            @Schema(description = "The three figures per calendar year the period touches") List<AgencyYear> years) {
    }

    @Schema(name = "AgencyLitigationYear")
    public record AgencyYear(int year, long suits, RateView lossRate, RateView headAppearanceRate) {
    }

    // ---- the cases behind a figure, frozen reports and submissions up the organ tree -----------------------------

    @Schema(name = "FigureCase", description = "A case counted by a figure; applicants' names are masked for users who do not see personal data")
    public record FigureCase(long id, String caseNumber, long organId, String organName, String state, LocalDate receivedDate,
            LocalDate acceptedDate, LocalDate concludedDate, DecisionType decisionType, String decisionTypeLabel, long respondentId,
            String respondentName, List<String> applicantNames) {
    }

    @Schema(name = "FigureCases", description = "The cases behind one count, or behind a rate's numerator or denominator; "
            + "figure equals the count the report gives for the same scope, period and variant")
    public record FigureCasesView(ScopeView scope, PeriodView period, @Schema(examples = "concluded") String count, String countNameZh,
            String countDefinitionZh, @Schema(description = "The rate asked for, when the list is a rate's part") String rate,
            String variant, @Schema(examples = "numerator") String part, long figure, cn.fuyi.common.PageResult<FigureCase> cases) {
    }

    @Schema(name = "FigureLawsuit", description = "A lawsuit counted by a litigation figure; plaintiffs' names are masked for users who do not see personal data")
    public record FigureLawsuit(long id, String court, String courtCaseNumber, long organId, String organName,
            cn.fuyi.litigation.Instance instance, String instanceLabel, LocalDate filedDate, Outcome outcome, String outcomeLabel,
            LocalDate outcomeDate, List<String> plaintiffNames) {
    }

    @Schema(name = "FigureLawsuits", description = "The lawsuits behind one litigation count, or behind a litigation rate's "
            + "numerator or denominator; figure equals the count the litigation report gives")
    public record FigureLawsuitsView(ScopeView scope, PeriodView period, @Schema(examples = "suitsLost") String count, String countNameZh,
            String countDefinitionZh, String rate, String variant, String part, long figure,
            cn.fuyi.common.PageResult<FigureLawsuit> lawsuits) {
    }

    @Schema(name = "FrozenReportSummary")
    public record FrozenReportSummary(long id, ScopeView scope, PeriodView period, String variants, String title,
            java.time.Instant frozenAt, String frozenBy, String frozenByName, String sha256) {
    }

    @Schema(name = "FrozenReport", description = "Statistics frozen for signature (签发): the figures, definitions and variants as "
            + "they were when frozen, and how many cases were kept behind each count; never changed afterwards")
    public record FrozenReportView(long id, ScopeView scope, PeriodView period, String variants, String title, java.time.Instant frozenAt,
            String frozenBy, String frozenByName,
            @Schema(description = "SHA-256 of the stored figures, definitions and case ids, as computed when frozen") String sha256,
            ReportView report, @Schema(description = "The litigation report of the same scope and period, as frozen") LitigationReportView litigation,
            DefinitionsView definitions,
            @Schema(description = "Count id → number of case (or lawsuit) ids kept, for the counts of cases and of lawsuits") Map<String, Integer> casesKept) {
    }

    @Schema(name = "FrozenCases", description = "The cases (for a litigation count the lawsuits: id and court case number) kept "
            + "behind a count of a frozen report, as they were counted when frozen")
    public record FrozenCasesView(long frozenReportId, String count, String countNameZh, long figure,
            cn.fuyi.common.PageResult<CaseRef> cases) {
    }

    @Schema(name = "FrozenDifferences", description = "A frozen report beside the live figures of the same scope, period and "
            + "variants, with the cases that moved")
    public record FrozenDifferencesView(long frozenReportId, ScopeView scope, PeriodView period, String variants,
            java.time.Instant frozenAt, boolean unchanged, List<CountDifference> counts, List<RateDifference> rates) {
    }

    @Schema(name = "CountDifference")
    public record CountDifference(String id, String nameZh, long frozen, long live, long difference,
            @Schema(description = "How many cases are counted now and not when frozen (counts of cases only)") long casesAddedTotal,
            @Schema(description = "Those cases, the first 1000 by id") List<CaseRef> casesAdded,
            @Schema(description = "How many cases were counted when frozen and are not now") long casesRemovedTotal,
            @Schema(description = "Those cases, the first 1000 by id") List<CaseRef> casesRemoved) {
    }

    @Schema(name = "RateDifference")
    public record RateDifference(String id, String nameZh, String variant, String frozen, String live, boolean changed) {
    }

    @Schema(name = "StatisticsSubmission", description = "A frozen report submitted by an organ to its parent organ (上报)")
    public record SubmissionView(long id, long frozenReportId, long organId, String organName, long parentOrganId,
            String parentOrganName, PeriodView period, SubmissionState state, String stateLabel, java.time.Instant submittedAt,
            String submittedBy, java.time.Instant decidedAt, String decidedBy, String comment, LocalDate dueDate, boolean late,
            long version) {
    }

    @Schema(name = "SubmissionDeadline", description = "When the subordinate organs' reports of a period are due at a parent organ")
    public record DeadlineView(long id, long parentOrganId, PeriodView period, LocalDate dueDate) {
    }

    @Schema(name = "SubordinateStatus", description = "One subordinate organ's submission for a period: due, submitted, returned or accepted")
    public record SubordinateStatus(long organId, String organName, String status, String statusLabel, Long submissionId,
            LocalDate dueDate, boolean overdue, @Schema(description = "Days left until the due date; negative once past") Long daysLeft) {
    }

    @Schema(name = "SubmissionRollUp", description = "The sum of the accepted submissions of a parent organ's subordinates "
            + "beside the live figures of the same organs, with the differences named")
    public record RollUpView(long parentOrganId, String parentOrganName, PeriodView period, List<SubordinateStatus> subordinates,
            @Schema(description = "The organs whose accepted submissions are summed (with their own subordinates where they reported them)") List<Long> organIds,
            Map<String, Long> accepted, Map<String, Long> live, List<RollUpDifference> differences, List<RateView> rates) {
    }

    @Schema(name = "RollUpDifference", description = "A count where the accepted submissions and the live figures differ, "
            + "and which subordinates' submissions differ from their live figures")
    public record RollUpDifference(String count, String nameZh, long accepted, long live, long difference,
            List<SubordinateDifference> bySubordinate) {
    }

    @Schema(name = "SubordinateDifference")
    public record SubordinateDifference(long organId, String organName, long submissionId, long accepted, long live) {
    }

    public enum SubmissionState implements cn.fuyi.common.Labelled {
        SUBMITTED("已上报", "Submitted"), RETURNED("已退回", "Returned"), ACCEPTED("已接收", "Accepted");

        private final String zh;
        private final String en;

        SubmissionState(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String labelZh() {
            return zh;
        }

        @Override
        public String labelEn() {
            return en;
        }
    }
}
