package cn.fuyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.Messages;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.statistics.StatisticsQueries.CaseCounts;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownView;
import cn.fuyi.statistics.api.StatisticsViews.CaseRef;
import cn.fuyi.statistics.api.StatisticsViews.ComparisonView;
import cn.fuyi.statistics.api.StatisticsViews.CountChange;
import cn.fuyi.statistics.api.StatisticsViews.DecisionTypeCount;
import cn.fuyi.statistics.api.StatisticsViews.PeriodView;
import cn.fuyi.statistics.api.StatisticsViews.RateChange;
import cn.fuyi.statistics.api.StatisticsViews.RateView;
import cn.fuyi.statistics.api.StatisticsViews.ReconciliationReport;
import cn.fuyi.statistics.api.StatisticsViews.ReconciliationView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.statistics.api.StatisticsViews.RespondentKindCount;
import cn.fuyi.statistics.api.StatisticsViews.ScopeView;
import cn.fuyi.statistics.api.StatisticsViews.WarningView;

/**
 * Builds the reconsideration statistics from the definitions: the counts of {@link Count} from the database
 * ({@link StatisticsQueries}), the rates of {@link Metric} as fractions of those counts with the chosen
 * {@link Variants}, the reconciliation of the stock of accepted cases, and the data-quality warnings.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    StatisticsQueries queries;
    @Inject
    cn.fuyi.statistics.aggregate.ReconsiderationAggregates aggregates;

    /** Everything the database says about one scope and period. */
    record Figures(Scope scope, Period period, Map<Count, Long> counts, Map<DecisionType, Long> decisions,
            Map<String, long[]> respondentsByKind, java.util.Set<Anchor> problemAnchors) {

        long get(Count c) {
            return counts.getOrDefault(c, 0L);
        }
    }

    Figures figures(Scope scope, Period period) {
        return figures(scope, period, false);
    }

    /**
     * The figures, the counts of cases from the aggregates ({@link cn.fuyi.statistics.aggregate.ReconsiderationAggregates},
     * equal to the row-level figures by construction) or, with {@code fromRows}, from the rows themselves (the reference).
     */
    Figures figures(Scope scope, Period period, boolean fromRows) {
        CaseCounts totals = fromRows ? queries.totals(scope, period) : aggregates.totalsWithEvents(scope, period);
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        counts.putAll(totals.counts());
        if (fromRows) {
            counts.putAll(queries.events(scope, period));
        }
        counts.putAll(queries.carryingOut(scope, period));
        return new Figures(scope, period, counts, totals.decisions(), byKind(totals.receivedByRespondent()), totals.problemAnchors());
    }

    // ---- the report ------------------------------------------------------------------------------------------

    /** All of a report is read in one transaction, so every figure comes from the same snapshot of the data. */
    @Transactional
    public ReportView report(Scope scope, Period period, Variants variants, boolean compare, Locale locale) {
        return report(scope, period, variants, compare, locale, false);
    }

    /**
     * The report counted from the rows alone, whatever the aggregates hold: the reference the aggregates are held to
     * (the tests and the benchmark compare the two).
     */
    @Transactional
    public ReportView referenceReport(Scope scope, Period period, Variants variants, boolean compare, Locale locale) {
        return report(scope, period, variants, compare, locale, true);
    }

    private ReportView report(Scope scope, Period period, Variants variants, boolean compare, Locale locale, boolean fromRows) {
        Figures f = figures(scope, period, fromRows);
        List<RateView> rates = rates(f.counts(), variants);
        ComparisonView comparison = null;
        if (compare) {
            Figures p = figures(scope, period.yearBefore(), fromRows);
            List<RateView> previousRates = rates(p.counts(), variants);
            comparison = new ComparisonView(period(p.period()), countMap(p.counts()), previousRates,
                    warnings(p, locale), countChanges(f.counts(), p.counts()), rateChanges(rates, previousRates));
        }
        return new ReportView(scope(scope), period(period), countMap(f.counts()), rates, decisions(f), respondentKinds(f),
                reconciliation(f), warnings(f, locale), comparison);
    }

    @Transactional
    public ReconciliationReport reconciliation(Scope scope, Period period, Locale locale) {
        CaseCounts totals = aggregates.totals(scope, period);
        Figures f = new Figures(scope, period, totals.counts(), totals.decisions(), Map.of(), totals.problemAnchors());
        return new ReconciliationReport(scope(scope), period(period), reconciliation(f), warnings(f, locale));
    }

    /** The reconsideration rates of §4 from the counts, each with the chosen variant. */
    public static List<RateView> rates(Map<Count, Long> counts, Variants variants) {
        return rates(Metric.of(false), counts, variants);
    }

    /** The rates named from the counts, each with the chosen variant. */
    public static List<RateView> rates(List<Metric> metrics, Map<Count, Long> counts, Variants variants) {
        List<RateView> list = new ArrayList<>();
        for (Metric m : metrics) {
            Metric.Variant v = variants.of(m);
            Fraction f = new Fraction(counts.getOrDefault(v.numerator(), 0L), counts.getOrDefault(v.denominator(), 0L));
            list.add(new RateView(m.id(), m.nameZh(), m.nameEn(), f.numerator(), v.numerator().id(), f.denominator(),
                    v.denominator().id(), f.text(), f.percent(), f.display(), v.id(), v.descriptionZh(), variants.isDefault(m)));
        }
        return list;
    }

    /** One rate from the counts, with the chosen variant. */
    public static RateView rate(Metric m, Map<Count, Long> counts, Variants variants) {
        return rates(List.of(m), counts, variants).get(0);
    }

    static Map<String, Long> countMap(Map<Count, Long> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Count c : Count.values()) {
            if (counts.containsKey(c)) {
                m.put(c.id(), counts.get(c));
            }
        }
        return m;
    }

    /** Respondent kind → {distinct respondents, applications}. */
    private Map<String, long[]> byKind(Map<Long, Long> receivedByRespondent) {
        Map<Long, String> kinds = queries.respondentKinds(receivedByRespondent.keySet());
        Map<String, long[]> m = new HashMap<>();
        receivedByRespondent.forEach((id, n) -> {
            long[] v = m.computeIfAbsent(kinds.get(id), k -> new long[2]);
            v[0]++;
            v[1] += n;
        });
        return m;
    }

    private static List<DecisionTypeCount> decisions(Figures f) {
        List<DecisionTypeCount> list = new ArrayList<>();
        for (DecisionType t : DecisionType.values()) {
            list.add(new DecisionTypeCount(t, t.labelZh(), t.article(), t.correction(), f.decisions().getOrDefault(t, 0L)));
        }
        return list;
    }

    private static List<RespondentKindCount> respondentKinds(Figures f) {
        List<RespondentKindCount> list = new ArrayList<>();
        for (RespondentKind k : RespondentKind.values()) {
            long[] v = f.respondentsByKind().getOrDefault(k.name(), new long[2]);
            list.add(new RespondentKindCount(k, k.labelZh(), v[0], v[1]));
        }
        return list;
    }

    /**
     * carried over in + accepted − concluded − other exits = pending. An accepted case leaves the stock only by a
     * conclusion (decision, dismissal, mediation or termination all record the concluded date); applications not
     * accepted or abandoned never enter it. So other exits are 0, and any difference is a data-quality fault that
     * {@link DataQualityCheck#UNRECONCILED} names case by case.
     */
    static ReconciliationView reconciliation(Figures f) {
        long carried = f.get(Count.CARRIED_OVER_IN);
        long accepted = f.get(Count.ACCEPTED);
        long concluded = f.get(Count.CONCLUDED);
        long otherExits = 0;
        long expected = carried + accepted - concluded - otherExits;
        long pending = f.get(Count.PENDING);
        return new ReconciliationView(carried, accepted, concluded, otherExits, expected, pending, expected - pending,
                expected == pending, carried + " + " + accepted + " − " + concluded + " − " + otherExits + " = " + expected);
    }

    private List<WarningView> warnings(Figures f, Locale locale) {
        List<WarningView> list = new ArrayList<>();
        ReconciliationView r = reconciliation(f);
        for (DataQualityCheck check : DataQualityCheck.values()) {
            boolean suspect = check.parts().stream().anyMatch(p -> f.problemAnchors().contains(p.anchor()))
                    || check == DataQualityCheck.UNRECONCILED && !r.balanced();
            if (!suspect) {
                continue;
            }
            List<CaseRef> cases = queries.failing(f.scope(), f.period(), check).stream()
                    .map(row -> new CaseRef(((Number) row[0]).longValue(), (String) row[1])).toList();
            if (cases.isEmpty()) {
                continue;
            }
            list.add(new WarningView(check.name(), Messages.get(locale, check.messageKey(), cases.size(), r.equation(),
                    r.pending(), r.difference()), cases.size(), cases));
        }
        return list;
    }

    /** Each count present now, beside its value before. */
    static List<CountChange> countChanges(Map<Count, Long> now, Map<Count, Long> before) {
        List<CountChange> list = new ArrayList<>();
        for (Count c : Count.values()) {
            if (!now.containsKey(c)) {
                continue;
            }
            long cur = now.get(c);
            long prev = before.getOrDefault(c, 0L);
            BigDecimal pct = prev == 0 ? null
                    : BigDecimal.valueOf(cur - prev).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(prev), 1, RoundingMode.HALF_UP);
            list.add(new CountChange(c.id(), c.nameZh(), cur, prev, cur - prev, pct));
        }
        return list;
    }

    static List<RateChange> rateChanges(List<RateView> now, List<RateView> before) {
        List<RateChange> list = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            RateView a = now.get(i);
            RateView b = before.get(i);
            BigDecimal points = new Fraction(a.numerator(), a.denominator()).pointsSince(new Fraction(b.numerator(), b.denominator()));
            list.add(new RateChange(a.id(), a.nameZh(), a.display(), b.display(), points));
        }
        return list;
    }

    // ---- breakdowns ------------------------------------------------------------------------------------------

    @Transactional
    public BreakdownView breakdown(Scope scope, Period period, Dimension by, Variants variants) {
        List<BreakdownRow> rows = new ArrayList<>();
        if (by == Dimension.MONTH || by == Dimension.QUARTER) {
            for (Period part : by == Dimension.MONTH ? period.months() : period.quarters()) {
                Map<Count, Long> counts = aggregates.totals(scope, part).counts();
                rows.add(row(partKey(part, by == Dimension.MONTH), partLabel(part, by == Dimension.MONTH), counts, variants));
            }
        } else {
            List<CaseCounts> groups = queries.grouped(scope, period, by).stream()
                    .filter(g -> g.counts().values().stream().anyMatch(v -> v != 0)).toList();
            Map<String, String> labels = labels(by, groups.stream().map(CaseCounts::key).toList());
            for (CaseCounts g : groups) {
                rows.add(row(g.key(), labels.getOrDefault(g.key(), g.key()), g.counts(), variants));
            }
            rows.sort(order(by));
        }
        BreakdownRow total = row("", "合计", aggregates.totals(scope, period).counts(), variants);
        return new BreakdownView(scope(scope), period(period), by.id(), by.nameZh(), rows, total);
    }

    private static BreakdownRow row(String key, String label, Map<Count, Long> counts, Variants variants) {
        return new BreakdownRow(key, label, countMap(counts), rates(counts, variants));
    }

    /** 2019-03 or 2019-Q2: the key of a month's or a quarter's row. */
    static String partKey(Period part, boolean month) {
        return month ? part.from().toString().substring(0, 7) : part.from().getYear() + "-Q" + part.quarterOfYear();
    }

    /** 2019年3月 or 2019年第2季度, or the dates of a partial month or quarter. */
    static String partLabel(Period part, boolean month) {
        boolean whole = month ? part.from().getDayOfMonth() == 1 && part.to().equals(part.from().plusMonths(1).minusDays(1))
                : part.kind() == Period.Kind.QUARTER;
        if (!whole) {
            return part.labelZh();
        }
        return month ? part.from().getYear() + "年" + part.from().getMonthValue() + "月" : part.labelZh();
    }

    /** Codes in their list's order (decision and respondent kinds), everything else by applications received, most first. */
    private static Comparator<BreakdownRow> order(Dimension by) {
        if (by == Dimension.DECISION_TYPE || by == Dimension.RESPONDENT_KIND) {
            return BreakdownLabels.inCodeOrder(by == Dimension.DECISION_TYPE ? DecisionType.values() : RespondentKind.values());
        }
        Comparator<BreakdownRow> byReceived = Comparator.comparing(r -> -r.counts().get(Count.RECEIVED.id()));
        return byReceived.thenComparing(r -> -r.counts().get(Count.CONCLUDED.id())).thenComparing(BreakdownLabels.TIE);
    }

    private static Map<String, String> labels(Dimension by, List<String> keys) {
        return switch (by) {
            case RESPONDENT -> BreakdownLabels.respondents(keys, "");
            case ORGAN -> BreakdownLabels.organs(keys, "");
            case RESPONDENT_KIND -> BreakdownLabels.of(RespondentKind.values());
            case DECISION_TYPE -> {
                Map<String, String> m = BreakdownLabels.of(DecisionType.values());
                m.put("", "尚无决定");
                yield m;
            }
            case CATEGORY -> BreakdownLabels.codes(CodeItem.ACT_CATEGORY);
            case DOMAIN -> BreakdownLabels.codes(CodeItem.DOMAIN);
            default -> Map.of();
        };
    }

    // ---- views of the scope and period -------------------------------------------------------------------------

    static ScopeView scope(Scope s) {
        if (s.everyOrgan()) {
            return new ScopeView(null, null, false, null, s.descriptionZh(), s.descriptionEn());
        }
        return new ScopeView(s.organ().id, s.organ().name, s.includeSubordinates(), s.organIds(), s.descriptionZh(), s.descriptionEn());
    }

    static PeriodView period(Period p) {
        return new PeriodView(p.kind(), p.from(), p.to(), p.labelZh(), p.labelEn());
    }
}
