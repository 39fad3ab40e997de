package cn.fuyi.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.organ.Organ;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.LitigationReportView;
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
    @Inject
    LitigationStatistics litigation;

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

    /**
     * The litigation paragraph, e.g. 「2023年，全市共发生行政应诉案件12件（一审10件、二审2件），审结11件，其中一审审结9件，
     * 败诉1件，败诉率11.1%。开庭审理的案件10件，行政机关负责人出庭应诉10件，出庭应诉率100.0%……」 Every number is a number
     * of the litigation statistics for the same request.
     */
    @Transactional
    public ReportTextView litigation(Scope scope, Period period, Variants variants) {
        LitigationReportView r = litigation.report(scope, period, variants, false);
        return new ReportTextView(r.scope(), r.period(), writeLitigation(scope, period, r));
    }

    static String writeLitigation(Scope scope, Period period, LitigationReportView r) {
        Map<String, Long> n = r.counts();
        StringBuilder sb = new StringBuilder();
        sb.append(period.labelZh()).append('，').append(place(scope)).append("共发生行政应诉案件").append(n.get(Count.SUITS.id())).append('件');
        List<String> instances = new ArrayList<>();
        addIf(instances, "一审", n.get(Count.SUITS_FIRST_INSTANCE.id()));
        addIf(instances, "二审", n.get(Count.SUITS_APPEAL.id()));
        addIf(instances, "再审", n.get(Count.SUITS_RETRIAL.id()));
        if (instances.size() > 1) {
            sb.append("（").append(String.join("、", instances)).append("）");
        }
        if (n.get(Count.SUITS_CARRIED_OVER_IN.id()) > 0) {
            sb.append("，另有").append(period.kind() == Period.Kind.YEAR ? "上年" : "上期").append("结转案件")
                    .append(n.get(Count.SUITS_CARRIED_OVER_IN.id())).append('件');
        }
        sb.append("；审结").append(n.get(Count.SUITS_CONCLUDED.id())).append('件');
        RateView loss = rate(r.rates(), Metric.LITIGATION_LOSS);
        if (n.get(Count.FIRST_INSTANCE_CONCLUDED.id()) > 0) {
            sb.append("，其中一审审结").append(n.get(Count.FIRST_INSTANCE_CONCLUDED.id())).append("件，败诉").append(loss.numerator())
                    .append("件，败诉率").append(loss.display()).append(variantNote(loss));
        }
        sb.append('。');
        if (n.get(Count.WITHDRAWN_AFTER_ACT_CHANGED.id()) > 0) {
            sb.append("行政机关改变原行政行为后原告撤诉").append(n.get(Count.WITHDRAWN_AFTER_ACT_CHANGED.id())).append("件。");
        }
        RateView head = rate(r.rates(), Metric.APPEARANCE_HEAD);
        if (head.denominator() > 0) {
            boolean perSession = head.denominatorCount().equals(Count.SESSIONS.id());
            sb.append(perSession ? "开庭" + head.denominator() + "场次，行政机关负责人出庭应诉" + head.numerator() + "场次"
                    : "开庭审理的案件" + head.denominator() + "件，行政机关负责人出庭应诉" + head.numerator() + "件")
                    .append("，出庭应诉率").append(head.display());
            RateView principal = rate(r.rates(), Metric.APPEARANCE_PRINCIPAL);
            if (principal.numerator() > 0) {
                sb.append("，其中正职负责人出庭").append(principal.numerator()).append('件');
            }
            RateView speaking = rate(r.rates(), Metric.APPEARANCE_SPEAKING);
            if (speaking.denominator() > 0) {
                sb.append("；出庭负责人就实体问题发表意见").append(speaking.numerator()).append("件，出庭出声率").append(speaking.display());
            }
            sb.append('。');
        }
        RateView counsel = rate(r.rates(), Metric.COUNSEL);
        if (counsel.denominator() > 0) {
            sb.append("由公职律师或法律顾问代理应诉").append(counsel.numerator()).append("件，代理覆盖率").append(counsel.display()).append('。');
        }
        long judicial = n.get(Count.JUDICIAL_RECOMMENDATIONS.id());
        long procuratorial = n.get(Count.PROCURATORIAL_RECOMMENDATIONS.id());
        if (judicial + procuratorial > 0) {
            List<String> received = new ArrayList<>();
            addIf(received, "司法建议", judicial);
            addIf(received, "检察建议", procuratorial);
            sb.append("收到").append(String.join("、", received)).append("，期内回复").append(n.get(Count.RECOMMENDATIONS_ANSWERED.id())).append("件。");
        }
        if (n.get(Count.SUITS_PENDING.id()) > 0) {
            sb.append("期末尚有").append(n.get(Count.SUITS_PENDING.id())).append("件正在审理。");
        }
        return sb.toString();
    }

    private static void addIf(List<String> parts, String what, long count) {
        if (count > 0) {
            parts.add(what + count + "件");
        }
    }

    private static RateView rate(List<RateView> rates, Metric m) {
        return rates.stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
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
        return rate(r.rates(), m);
    }
}
