package cn.fuyi.statistics;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.statistics.LitigationQueries.SuitCounts;
import cn.fuyi.statistics.api.StatisticsViews.AgencyRow;
import cn.fuyi.statistics.api.StatisticsViews.AgencyTableView;
import cn.fuyi.statistics.api.StatisticsViews.AgencyYear;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownView;
import cn.fuyi.statistics.api.StatisticsViews.ComparisonView;
import cn.fuyi.statistics.api.StatisticsViews.LitigationReportView;
import cn.fuyi.statistics.api.StatisticsViews.OutcomeCount;
import cn.fuyi.statistics.api.StatisticsViews.RateView;
import cn.fuyi.statistics.api.StatisticsViews.SuitReconciliationView;

/**
 * Builds the litigation statistics: the counts of {@link Count} (source LITIGATION) from {@link LitigationQueries},
 * the litigation rates of {@link Metric} as fractions of them with the chosen {@link Variants}, the outcomes by type,
 * the reconciliation of the lawsuits, the breakdowns and the per-agency table of 两高一低.
 */
@ApplicationScoped
public class LitigationStatistics {

    /** The kind of the organ itself as a defendant, in the defendant-kind breakdown, and its label. */
    static final String ORGAN_KIND = "ORGAN";
    static final String ORGAN_AS_DEFENDANT = "复议机关（作为被告）";
    /** Key prefixes of a defendant: a respondent, or the organ itself. */
    static final String RESPONDENT_KEY = "respondent:";
    static final String ORGAN_KEY = "organ:";

    @Inject
    LitigationQueries queries;

    /** All of a report is read in one transaction, so every figure comes from the same snapshot of the data. */
    @Transactional
    public LitigationReportView report(Scope scope, Period period, Variants variants, boolean compare) {
        Map<Outcome, Map<Instance, Long>> byOutcome = new EnumMap<>(Outcome.class);
        Map<Count, Long> counts = queries.totals(scope, period, byOutcome);
        List<RateView> rates = StatisticsService.rates(Metric.of(true), counts, variants);
        ComparisonView comparison = null;
        if (compare) {
            Period before = period.yearBefore();
            Map<Count, Long> previous = queries.totals(scope, before);
            List<RateView> previousRates = StatisticsService.rates(Metric.of(true), previous, variants);
            comparison = new ComparisonView(StatisticsService.period(before), StatisticsService.countMap(previous), previousRates,
                    List.of(), StatisticsService.countChanges(counts, previous), StatisticsService.rateChanges(rates, previousRates));
        }
        return new LitigationReportView(StatisticsService.scope(scope), StatisticsService.period(period),
                StatisticsService.countMap(counts), rates, outcomes(byOutcome), reconciliation(counts), comparison);
    }

    private static List<OutcomeCount> outcomes(Map<Outcome, Map<Instance, Long>> byOutcome) {
        List<OutcomeCount> list = new ArrayList<>();
        byOutcome.forEach((o, n) -> {
            long first = n.get(Instance.FIRST);
            long appeal = n.get(Instance.APPEAL);
            long retrial = n.get(Instance.RETRIAL);
            list.add(new OutcomeCount(o, o.labelZh(), o.article(), o.loss(), o.merits(), first, appeal, retrial, first + appeal + retrial));
        });
        return list;
    }

    /** suitsCarriedOverIn + suits − suitsConcluded = suitsPending, for lawsuits decided no earlier than docketed. */
    static SuitReconciliationView reconciliation(Map<Count, Long> counts) {
        long carried = counts.get(Count.SUITS_CARRIED_OVER_IN);
        long filed = counts.get(Count.SUITS);
        long concluded = counts.get(Count.SUITS_CONCLUDED);
        long expected = carried + filed - concluded;
        long pending = counts.get(Count.SUITS_PENDING);
        return new SuitReconciliationView(carried, filed, concluded, expected, pending, expected - pending, expected == pending,
                carried + " + " + filed + " − " + concluded + " = " + expected);
    }

    // ---- breakdowns ------------------------------------------------------------------------------------------

    @Transactional
    public BreakdownView breakdown(Scope scope, Period period, SuitDimension by, Variants variants) {
        List<BreakdownRow> rows = new ArrayList<>();
        if (by == SuitDimension.MONTH || by == SuitDimension.QUARTER) {
            boolean month = by == SuitDimension.MONTH;
            for (Period part : month ? period.months() : period.quarters()) {
                rows.add(row(StatisticsService.partKey(part, month), StatisticsService.partLabel(part, month),
                        queries.totals(scope, part), variants));
            }
        } else {
            List<SuitCounts> groups = nonEmpty(queries.grouped(scope, period, by));
            Map<String, String> labels = labels(by, groups.stream().map(SuitCounts::key).toList());
            for (SuitCounts g : groups) {
                rows.add(row(g.key(), labels.getOrDefault(g.key(), g.key()), g.counts(), variants));
            }
            rows.sort(order(by));
        }
        BreakdownRow total = row("", "合计", queries.totals(scope, period), variants);
        return new BreakdownView(StatisticsService.scope(scope), StatisticsService.period(period), by.id(), by.nameZh(), rows, total);
    }

    private static BreakdownRow row(String key, String label, Map<Count, Long> counts, Variants variants) {
        return new BreakdownRow(key, label, StatisticsService.countMap(counts), StatisticsService.rates(Metric.of(true), counts, variants));
    }

    private static List<SuitCounts> nonEmpty(List<SuitCounts> groups) {
        return groups.stream().filter(g -> g.counts().values().stream().anyMatch(v -> v != 0)).toList();
    }

    /** Codes in their enum's order (outcome, instance, defendant kind); everything else by suits, most first. */
    private static Comparator<BreakdownRow> order(SuitDimension by) {
        if (by == SuitDimension.OUTCOME || by == SuitDimension.INSTANCE || by == SuitDimension.RESPONDENT_KIND) {
            return BreakdownLabels.inCodeOrder(by == SuitDimension.OUTCOME ? Outcome.values()
                    : by == SuitDimension.INSTANCE ? Instance.values() : RespondentKind.values());
        }
        Comparator<BreakdownRow> bySuits = Comparator.comparing(r -> -r.counts().get(Count.SUITS.id()));
        return bySuits.thenComparing(r -> -r.counts().get(Count.SUITS_CONCLUDED.id())).thenComparing(BreakdownLabels.TIE);
    }

    private static Map<String, String> labels(SuitDimension by, List<String> keys) {
        return switch (by) {
            case RESPONDENT -> defendantNames(keys);
            case RESPONDENT_KIND -> {
                Map<String, String> m = BreakdownLabels.of(RespondentKind.values());
                m.put(ORGAN_KIND, ORGAN_AS_DEFENDANT);
                yield m;
            }
            case OUTCOME -> {
                Map<String, String> m = BreakdownLabels.of(Outcome.values());
                m.put("", "尚未裁判");
                yield m;
            }
            case INSTANCE -> BreakdownLabels.of(Instance.values());
            case ORGAN -> BreakdownLabels.organs(keys, "");
            case CATEGORY -> BreakdownLabels.codes(CodeItem.ACT_CATEGORY);
            case DOMAIN -> BreakdownLabels.codes(CodeItem.DOMAIN);
            default -> Map.of();
        };
    }

    /** "respondent:12" → the respondent's name, "organ:3" → the organ's. */
    private static Map<String, String> defendantNames(List<String> keys) {
        Map<String, String> m = new HashMap<>(BreakdownLabels.respondents(keys, RESPONDENT_KEY));
        m.putAll(BreakdownLabels.organs(keys, ORGAN_KEY));
        return m;
    }

    // ---- 两高一低 ----------------------------------------------------------------------------------------------

    /** What the per-agency table can be sorted by. */
    static final Set<String> AGENCY_SORTS = Set.of("suits", "lossRate", "headAppearanceRate", "name");
    static final String AGENCY_DEFAULT_SORT = "-suits";

    /**
     * Per defendant agency: lawsuits, loss rate and head-appearance rate side by side, for the period and for each
     * calendar year it touches. A lawsuit counts for every agency it names as a defendant; each agency's own head
     * is what counts for it.
     */
    @Transactional
    public AgencyTableView agencies(Scope scope, Period period, Variants variants, String sort) {
        Comparator<AgencyRow> order = agencyOrder(sort);
        // the recommendations addressed to an agency go beside its lawsuits (a court's 司法建议 often follows a head's absence)
        Map<String, Map<Count, Long>> byAgency = new java.util.LinkedHashMap<>();
        for (SuitCounts g : queries.grouped(scope, period, SuitDimension.RESPONDENT)) {
            byAgency.computeIfAbsent(g.key(), k -> LitigationQueries.zeros()).putAll(g.counts());
        }
        queries.recommendations(scope, period, true)
                .forEach((key, c) -> byAgency.computeIfAbsent(key, k -> LitigationQueries.zeros()).putAll(c));
        List<SuitCounts> groups = nonEmpty(byAgency.entrySet().stream().map(e -> new SuitCounts(e.getKey(), e.getValue())).toList());
        Map<String, Map<Integer, Map<Count, Long>>> yearly = new HashMap<>();
        List<Period> years = period.years();
        for (Period year : years) {
            // a period within one calendar year is its own only year: its figures are already at hand
            List<SuitCounts> ofYear = years.size() == 1 ? groups : queries.grouped(scope, year, SuitDimension.RESPONDENT);
            for (SuitCounts g : ofYear) {
                yearly.computeIfAbsent(g.key(), k -> new HashMap<>()).put(year.from().getYear(), g.counts());
            }
        }
        List<String> keys = groups.stream().map(SuitCounts::key).toList();
        Map<String, String> names = BreakdownLabels.organs(keys, ORGAN_KEY);
        Map<Long, RespondentKind> kinds = new HashMap<>();
        List<Long> respondentIds = BreakdownLabels.ids(keys, RESPONDENT_KEY);
        if (!respondentIds.isEmpty()) {
            for (Respondent r : Respondent.<Respondent>list("id in ?1", respondentIds)) {
                names.put(RESPONDENT_KEY + r.id, r.name);
                kinds.put(r.id, r.kind);
            }
        }
        List<AgencyRow> rows = new ArrayList<>();
        for (SuitCounts g : groups) {
            boolean organ = g.key().startsWith(ORGAN_KEY);
            long id = Long.parseLong(g.key().substring(g.key().indexOf(':') + 1));
            RespondentKind kind = organ ? null : kinds.get(id);
            List<AgencyYear> perYear = new ArrayList<>();
            for (Period year : years) {
                Map<Count, Long> c = yearly.getOrDefault(g.key(), Map.of()).getOrDefault(year.from().getYear(), LitigationQueries.zeros());
                perYear.add(new AgencyYear(year.from().getYear(), c.getOrDefault(Count.SUITS, 0L), rate(Metric.LITIGATION_LOSS, c, variants),
                        rate(Metric.APPEARANCE_HEAD, c, variants)));
            }
            rows.add(agencyRow(g.key(), organ ? "ORGAN" : "RESPONDENT", id, names.getOrDefault(g.key(), g.key()),
                    kind == null ? null : kind.name(), kind == null ? ORGAN_AS_DEFENDANT : kind.labelZh(), g.counts(), variants, perYear));
        }
        rows.sort(order);
        Map<Count, Long> totals = queries.totals(scope, period);
        List<AgencyYear> totalYears = new ArrayList<>();
        for (Period year : years) {
            Map<Count, Long> c = years.size() == 1 ? totals : queries.grouped(scope, year, null).get(0).counts();
            totalYears.add(new AgencyYear(year.from().getYear(), c.get(Count.SUITS), rate(Metric.LITIGATION_LOSS, c, variants),
                    rate(Metric.APPEARANCE_HEAD, c, variants)));
        }
        AgencyRow total = agencyRow("", null, null, "合计", null, null, totals, variants, totalYears);
        return new AgencyTableView(StatisticsService.scope(scope), StatisticsService.period(period),
                sort == null || sort.isBlank() ? AGENCY_DEFAULT_SORT : sort, rows, total);
    }

    private static AgencyRow agencyRow(String key, String type, Long id, String name, String kind, String kindLabel,
            Map<Count, Long> c, Variants variants, List<AgencyYear> years) {
        return new AgencyRow(key, type, id, name, kind, kindLabel, c.get(Count.SUITS), c.get(Count.FIRST_INSTANCE_CONCLUDED),
                c.get(Count.SUITS_LOST), rate(Metric.LITIGATION_LOSS, c, variants), c.get(Count.SUITS_WITH_SESSION),
                c.get(Count.SUITS_HEAD_APPEARED), rate(Metric.APPEARANCE_HEAD, c, variants), StatisticsService.countMap(c), years);
    }

    private static RateView rate(Metric m, Map<Count, Long> counts, Variants variants) {
        return StatisticsService.rate(m, counts, variants);
    }

    /**
     * {@code sort=field,-field} over suits, lossRate, headAppearanceRate and name (in pinyin order, as Chinese lists are).
     * Rates compare as exact fractions;
     * an undefined rate (no denominator) comes last whichever the direction. Ties fall back to the key.
     */
    static Comparator<AgencyRow> agencyOrder(String sort) {
        String spec = sort == null || sort.isBlank() ? AGENCY_DEFAULT_SORT : sort;
        Comparator<AgencyRow> order = null;
        for (String raw : spec.split(",")) {
            String f = raw.trim();
            if (f.isEmpty()) {
                continue;
            }
            boolean desc = f.startsWith("-");
            String name = desc || f.startsWith("+") ? f.substring(1) : f;
            if (!AGENCY_SORTS.contains(name)) {
                throw ApiException.badRequest("INVALID_SORT", name, String.join(", ", AGENCY_SORTS.stream().sorted().toList()))
                        .with("sortable", AGENCY_SORTS.stream().sorted().toList());
            }
            Comparator<AgencyRow> field = switch (name) {
                case "suits" -> directed(Comparator.comparingLong(AgencyRow::suits), desc);
                case "name" -> directed(Comparator.comparing(AgencyRow::name, Collator.getInstance(Locale.CHINA)), desc);
                case "lossRate" -> byRate(AgencyRow::lossRate, desc);
                default -> byRate(AgencyRow::headAppearanceRate, desc);
            };
            order = order == null ? field : order.thenComparing(field);
        }
        Comparator<AgencyRow> tie = Comparator.comparing(AgencyRow::key, BreakdownLabels::compareKeys);
        return order == null ? tie : order.thenComparing(tie);
    }

    private static <T> Comparator<T> directed(Comparator<T> c, boolean desc) {
        return desc ? c.reversed() : c;
    }

    private static Comparator<AgencyRow> byRate(Function<AgencyRow, RateView> rate, boolean desc) {
        return (a, b) -> {
            RateView x = rate.apply(a);
            RateView y = rate.apply(b);
            boolean xu = x.denominator() == 0;
            boolean yu = y.denominator() == 0;
            if (xu || yu) {
                return Boolean.compare(xu, yu);
            }
            int c = Long.compare(x.numerator() * y.denominator(), y.numerator() * x.denominator());
            return desc ? -c : c;
        };
    }
}
