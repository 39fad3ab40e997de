package cn.fuyi.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.organ.Organ;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.RateView;
import cn.fuyi.statistics.api.StatisticsViews.ReportTextView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.statistics.api.StatisticsViews.RespondentKindCount;

/**
 * Writes the reconsideration paragraph of an annual report in the reports' own style, e.g. 「全市共收到行政复议申请154件，
 * …立案受理123件，审结122件（含上年结转案件5件），直接纠错5件，直接纠错率4.1%。8件行政复议案件通过听证方式进行审理，听证率占
 * 受理案件总数的6.5%。」 Every number in it is a number of the statistics API for the same request.
 */
@ApplicationScoped
public class ReportWriter {

    /** At most this many act categories are named; more are summed up with 等. */
    private static final int CATEGORIES_NAMED = 5;

    @Inject
    StatisticsService statistics;

    @Transactional
    public ReportTextView reconsideration(Scope scope, Period period, Variants variants) {
        ReportView r = statistics.report(scope, period, variants, false, Locale.SIMPLIFIED_CHINESE);
        List<String> categories = statistics.breakdown(scope, period, Dimension.CATEGORY, variants).rows().stream()
                .filter(row -> row.counts().get(Count.RECEIVED.id()) > 0).map(BreakdownRow::label).toList();
        return new ReportTextView(r.scope(), r.period(), write(scope, period, r, categories));
    }

    static String write(Scope scope, Period period, ReportView r, List<String> categories) {
        String place = place(scope);
        StringBuilder sb = new StringBuilder();
        sb.append(period.labelZh()).append('，').append(place).append(scope.includeSubordinates() ? "各级行政复议机关" : "")
                .append("共收到行政复议申请").append(count(r, Count.RECEIVED)).append('件');
        List<String> kinds = new ArrayList<>();
        for (RespondentKindCount k : r.respondentsByKind()) {
            if (k.respondents() > 0) {
                kinds.add(k.respondents() + "个" + kindWord(k.kind(), place));
            }
        }
        if (!kinds.isEmpty()) {
            sb.append("，涉及").append(joinAnd(kinds));
        }
        if (!categories.isEmpty()) {
            sb.append("，案件类型包括").append(String.join("、", categories.subList(0, Math.min(CATEGORIES_NAMED, categories.size()))))
                    .append(categories.size() > CATEGORIES_NAMED ? "等" : "");
        }
        sb.append("。立案受理").append(count(r, Count.ACCEPTED)).append('件');
        if (count(r, Count.ACCEPTED_DEEMED) > 0) {
            sb.append("（其中视为受理").append(count(r, Count.ACCEPTED_DEEMED)).append("件）");
        }
        if (count(r, Count.NOT_ACCEPTED) > 0) {
            sb.append("，不予受理").append(count(r, Count.NOT_ACCEPTED)).append('件');
        }
        if (count(r, Count.ABANDONED) > 0) {
            sb.append("，视为放弃申请").append(count(r, Count.ABANDONED)).append('件');
        }
        sb.append("，审结").append(count(r, Count.CONCLUDED)).append('件');
        if (count(r, Count.CONCLUDED_CARRIED_OVER) > 0) {
            sb.append("（含").append(period.kind() == Period.Kind.YEAR ? "上年" : "上期").append("结转案件")
                    .append(count(r, Count.CONCLUDED_CARRIED_OVER)).append("件）");
        }
        RateView direct = rate(r, Metric.CORRECTION_DIRECT);
        sb.append("，直接纠错").append(count(r, Count.DIRECT_CORRECTIONS)).append("件，直接纠错率").append(direct.display())
                .append(variantNote(direct));
        if (count(r, Count.INDIRECT_CORRECTIONS) > 0) {
            RateView comprehensive = rate(r, Metric.CORRECTION_COMPREHENSIVE);
            sb.append("，间接纠错").append(count(r, Count.INDIRECT_CORRECTIONS)).append("件，综合纠错率").append(comprehensive.display())
                    .append(variantNote(comprehensive));
        }
        sb.append('。');
        RateView hearing = rate(r, Metric.HEARING);
        if (hearing.numerator() > 0) {
            boolean ofAccepted = hearing.denominatorCount().equals(Count.ACCEPTED.id());
            sb.append(hearing.numerator()).append(ofAccepted ? "件行政复议案件通过听证方式进行审理，听证率占受理案件总数的"
                    : "件审结案件经听证方式审理，听证率占审结案件总数的").append(hearing.display()).append('。');
        }
        RateView mediation = rate(r, Metric.MEDIATION);
        if (mediation.numerator() > 0) {
            sb.append("通过调解、和解方式结案").append(mediation.numerator()).append("件，调解和解率").append(mediation.display()).append('。');
        }
        RateView ontime = rate(r, Metric.ONTIME);
        if (ontime.denominator() > 0) {
            sb.append("按期办结率").append(ontime.display()).append('。');
        }
        RateView publication = rate(r, Metric.PUBLICATION);
        if (publication.denominator() > 0) {
            if (publication.numerator() == publication.denominator()) {
                sb.append("行政复议决定书全部依法公开，公开率").append(publication.display()).append('。');
            } else {
                sb.append("公开行政复议决定书").append(publication.numerator()).append("件，决定书公开率").append(publication.display())
                        .append(variantNote(publication)).append('。');
            }
        }
        if (count(r, Count.PENDING) > 0) {
            sb.append("期末尚有").append(count(r, Count.PENDING)).append("件正在审理。");
        }
        return sb.toString();
    }

    /** 全市, 全县, 全区, 全省 for a people's government; the organ's name otherwise. */
    static String place(Scope scope) {
        if (scope.everyOrgan()) {
            return "全部行政复议机关";
        }
        Organ o = scope.organ();
        String suffix = "人民政府";
        if (o.name.endsWith(suffix) && o.name.length() > suffix.length()) {
            char unit = o.name.charAt(o.name.length() - suffix.length() - 1);
            if ("省市县区州盟旗".indexOf(unit) >= 0) {
                return "全" + unit;
            }
        }
        return o.name;
    }

    private static String kindWord(RespondentKind kind, String place) {
        return switch (kind) {
            case TOWNSHIP_GOVERNMENT -> "区镇";
            case LOWER_GOVERNMENT -> "下级人民政府";
            case GOVERNMENT_DEPARTMENT -> place.startsWith("全") && place.length() == 2 ? place.charAt(1) + "级机关部门" : "机关部门";
            case AUTHORISED_ORGANISATION -> "法律法规授权组织";
        };
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("、", parts.subList(0, parts.size() - 1)) + "和" + parts.get(parts.size() - 1);
    }

    private static String variantNote(RateView rate) {
        return rate.defaultVariant() ? "" : "（" + rate.variantDescription() + "）";
    }

    private static long count(ReportView r, Count c) {
        return r.counts().getOrDefault(c.id(), 0L);
    }

    private static RateView rate(ReportView r, Metric m) {
        return r.rates().stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
    }
}
