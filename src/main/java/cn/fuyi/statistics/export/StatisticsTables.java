package cn.fuyi.statistics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.api.StatisticsViews.AgencyRow;
import cn.fuyi.statistics.api.StatisticsViews.AgencyTableView;
import cn.fuyi.statistics.api.StatisticsViews.AgencyYear;
import cn.fuyi.statistics.api.StatisticsViews.LitigationReportView;
import cn.fuyi.statistics.api.StatisticsViews.OutcomeCount;
import cn.fuyi.statistics.api.StatisticsViews.SuitReconciliationView;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownView;
import cn.fuyi.statistics.api.StatisticsViews.ComparisonView;
import cn.fuyi.statistics.api.StatisticsViews.CountChange;
import cn.fuyi.statistics.api.StatisticsViews.DecisionTypeCount;
import cn.fuyi.statistics.api.StatisticsViews.RateView;
import cn.fuyi.statistics.api.StatisticsViews.ReconciliationReport;
import cn.fuyi.statistics.api.StatisticsViews.ReconciliationView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.statistics.api.StatisticsViews.RespondentKindCount;
import cn.fuyi.statistics.api.StatisticsViews.WarningView;

/** The statistics answers as tables with Chinese headers, for CSV (the first table) and XLSX (every table a sheet). */
public final class StatisticsTables {

    private StatisticsTables() {
    }

    /** The figures (counts then rates, with the year before beside them when compared), decisions, respondents, warnings. */
    public static List<Table> report(ReportView r) {
        List<Table> tables = new ArrayList<>();
        tables.add(figures("统计指标", r.counts(), r.rates(), r.comparison()));
        List<List<Object>> decisions = new ArrayList<>();
        for (DecisionTypeCount d : r.decisionsByType()) {
            decisions.add(List.of(d.label(), d.article(), d.correction() ? "是" : "否", d.count()));
        }
        tables.add(new Table("决定类型", List.of(Table.text("决定类型"), Table.text("法律依据"), Table.text("是否直接纠错"),
                Table.integer("审结件数")), decisions));
        List<List<Object>> kinds = new ArrayList<>();
        for (RespondentKindCount k : r.respondentsByKind()) {
            kinds.add(List.of(k.label(), k.respondents(), k.applications()));
        }
        tables.add(new Table("被申请人类型", List.of(Table.text("被申请人类型"), Table.integer("被申请人数"), Table.integer("收到申请件数")), kinds));
        tables.add(reconciliationTable(r.reconciliation()));
        tables.add(warnings(r.warnings()));
        return tables;
    }

    /** One row per value of the dimension and a total row: every case count, then every rate in percent. */
    public static List<Table> breakdown(BreakdownView b) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.text(b.byLabel()));
        List<String> countIds = new ArrayList<>(b.total().counts().keySet());
        for (String id : countIds) {
            columns.add(Table.integer(Count.byId(id).orElseThrow().nameZh()));
        }
        for (RateView rate : b.total().rates()) {
            columns.add(Table.percent(rate.nameZh() + "（%）"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (BreakdownRow row : b.rows()) {
            rows.add(breakdownRow(row.label(), row, countIds));
        }
        rows.add(breakdownRow("合计", b.total(), countIds));
        return List.of(new Table("按" + b.byLabel(), columns, rows));
    }

    private static List<Object> breakdownRow(String label, BreakdownRow row, List<String> countIds) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (String id : countIds) {
            cells.add(row.counts().get(id));
        }
        for (RateView rate : row.rates()) {
            cells.add(rate.percent());
        }
        return cells;
    }

    public static List<Table> reconciliation(ReconciliationReport r) {
        return List.of(reconciliationTable(r.reconciliation()), warnings(r.warnings()));
    }

    private static Table reconciliationTable(ReconciliationView v) {
        List<List<Object>> rows = List.of(
                List.of(Count.CARRIED_OVER_IN.nameZh(), v.carriedOverIn()),
                List.of("加：" + Count.ACCEPTED.nameZh(), v.accepted()),
                List.of("减：" + Count.CONCLUDED.nameZh(), v.concluded()),
                List.of("减：其他减少", v.otherExits()),
                List.of("应为期末未审结", v.expectedPending()),
                List.of("实际" + Count.PENDING.nameZh(), v.pending()),
                List.of("差额", v.difference()));
        return new Table("平衡核对", List.of(Table.text("项目"), Table.integer("件数")), rows);
    }

    private static Table warnings(List<WarningView> warnings) {
        List<List<Object>> rows = new ArrayList<>();
        for (WarningView w : warnings) {
            rows.add(List.of(w.code(), w.message(), w.caseCount(),
                    w.cases().stream().map(c -> c.caseNumber()).collect(Collectors.joining("、"))));
        }
        return new Table("数据质量提示", List.of(Table.text("代码"), Table.text("说明"), Table.integer("案件数"), Table.text("案号")), rows);
    }

    /** Counts then rates, each with the year before beside it when compared. */
    private static Table figures(String title, Map<String, Long> counts, List<RateView> rates, ComparisonView comparison) {
        boolean compared = comparison != null;
        List<Table.Column> columns = new ArrayList<>(List.of(Table.text("类别"), Table.text("编号"), Table.text("指标"),
                Table.integer("数值"), Table.integer("分子"), Table.integer("分母"), Table.percent("比率（%）"),
                Table.text("显示值"), Table.text("口径")));
        if (compared) {
            columns.addAll(List.of(Table.integer("上年同期数值"), Table.text("上年同期显示值"), Table.integer("增减（件）"),
                    Table.percent("增减幅度（%）"), Table.percent("增减（百分点）")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Count c = Count.byId(e.getKey()).orElseThrow();
            List<Object> row = new ArrayList<>(List.of("计数", c.id(), c.nameZh(), e.getValue()));
            row.addAll(nulls(5));
            if (compared) {
                CountChange ch = comparison.countChanges().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
                row.addAll(Arrays.asList(ch.previous(), null, ch.change(), ch.changePercent(), null));
            }
            rows.add(row);
        }
        for (int i = 0; i < rates.size(); i++) {
            RateView rate = rates.get(i);
            List<Object> row = new ArrayList<>(Arrays.asList("比率", rate.id(), rate.nameZh(), null, rate.numerator(),
                    rate.denominator(), rate.percent(), rate.display(), rate.variantDescription()));
            if (compared) {
                row.addAll(Arrays.asList(null, comparison.rates().get(i).display(), null, null, comparison.rateChanges().get(i).points()));
            }
            rows.add(row);
        }
        return new Table(title, columns, rows);
    }

    /** The litigation figures (with the year before beside them when compared), the outcomes by type, the reconciliation. */
    public static List<Table> litigation(LitigationReportView r) {
        List<List<Object>> outcomes = new ArrayList<>();
        for (OutcomeCount o : r.outcomesByType()) {
            outcomes.add(List.of(o.label(), o.article(), o.loss() ? "是" : "否", o.merits() ? "是" : "否", o.firstInstance(), o.appeal(),
                    o.retrial(), o.total()));
        }
        SuitReconciliationView v = r.reconciliation();
        List<List<Object>> balance = List.of(
                List.of(Count.SUITS_CARRIED_OVER_IN.nameZh(), v.carriedOverIn()),
                List.of("加：本期立案", v.filed()),
                List.of("减：" + Count.SUITS_CONCLUDED.nameZh(), v.concluded()),
                List.of("应为期末未审结", v.expectedPending()),
                List.of("实际" + Count.SUITS_PENDING.nameZh(), v.pending()),
                List.of("差额", v.difference()));
        return List.of(figures("行政应诉统计指标", r.counts(), r.rates(), r.comparison()),
                new Table("裁判结果", List.of(Table.text("裁判结果"), Table.text("法律依据"), Table.text("是否败诉"), Table.text("是否实体判决"),
                        Table.integer("一审"), Table.integer("二审"), Table.integer("再审"), Table.integer("合计")), outcomes),
                new Table("平衡核对", List.of(Table.text("项目"), Table.integer("件数")), balance));
    }

    /** 两高一低: one row per agency and the total; the per-year figures follow on a sheet of their own. */
    public static List<Table> agencies(AgencyTableView t) {
        List<Table.Column> columns = List.of(Table.text("被告"), Table.text("类型"), Table.integer("应诉案件"), Table.integer("一审审结"),
                Table.integer("败诉"), Table.percent("败诉率（%）"), Table.integer("开庭审理的案件"), Table.integer("负责人出庭的案件"),
                Table.percent("负责人出庭应诉率（%）"));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> years = new ArrayList<>();
        for (AgencyRow row : t.rows()) {
            rows.add(agencyCells(row));
            for (AgencyYear y : row.years()) {
                years.add(Arrays.asList(row.name(), y.year(), y.suits(), y.lossRate().percent(), y.headAppearanceRate().percent()));
            }
        }
        rows.add(agencyCells(t.total()));
        return List.of(new Table("两高一低", columns, rows), new Table("分年度", List.of(Table.text("被告"), Table.integer("年度"),
                Table.integer("应诉案件"), Table.percent("败诉率（%）"), Table.percent("负责人出庭应诉率（%）")), years));
    }

    private static List<Object> agencyCells(AgencyRow row) {
        return Arrays.asList(row.name(), row.kindLabel(), row.suits(), row.firstInstanceConcluded(), row.suitsLost(),
                row.lossRate().percent(), row.suitsWithSession(), row.suitsHeadAppeared(), row.headAppearanceRate().percent());
    }

    private static List<Object> nulls(int n) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(null);
        }
        return l;
    }
}
