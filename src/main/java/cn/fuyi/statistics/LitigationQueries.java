package cn.fuyi.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.statistics.aggregate.litigation.LitigationAggregateReads;

/**
 * Runs the litigation statistics in the database, in the passes {@link LitigationSql} describes (docketed in the
 * period, open when it began, with a session in it) and one over the recommendations: grouped conditional aggregates,
 * a few rows each; nothing is loaded into memory. The totals of a period of whole months are read from the litigation
 * aggregates instead ({@link LitigationAggregateReads}), which give the same figures.
 */
@ApplicationScoped
public class LitigationQueries {

    @Inject
    EntityManager em;
    @Inject
    LitigationAggregateReads aggregates;

    /** The litigation counts of one group; the key is the dimension's value as text ("" for none). */
    public record SuitCounts(String key, Map<Count, Long> counts) {
    }

    /** Every litigation count of the scope and period. */
    public Map<Count, Long> totals(Scope scope, Period period) {
        return totals(scope, period, null);
    }

    /**
     * Every litigation count of the scope and period, and, when {@code outcomes} is given, the lawsuits decided in the
     * period per outcome and instance put into it, from the same passes.
     */
    public Map<Count, Long> totals(Scope scope, Period period, Map<Outcome, Map<Instance, Long>> outcomes) {
        if (outcomes != null) {
            for (Outcome o : Outcome.values()) {
                Map<Instance, Long> byInstance = new EnumMap<>(Instance.class);
                for (Instance i : Instance.values()) {
                    byInstance.put(i, 0L);
                }
                outcomes.put(o, byInstance);
            }
        }
        Map<Count, Long> aggregated = aggregates.totals(scope.organIds(), period.from(), period.to(), outcomes);
        if (aggregated != null) {
            return aggregated;
        }
        return totalsFromRows(scope, period, outcomes);
    }

    /**
     * {@link #totals(Scope, Period, Map)} counted from the rows, whatever the aggregates: the reference the aggregates
     * are checked against; {@code outcomes}, when given, must hold zeros.
     */
    public Map<Count, Long> totalsFromRows(Scope scope, Period period, Map<Outcome, Map<Instance, Long>> outcomes) {
        Map<Count, Long> counts = zeros();
        counts.putAll(run(scope, period, null, outcomes).get(0).counts());
        counts.putAll(recommendations(scope, period, false).getOrDefault("", Map.of()));
        return counts;
    }

    /**
     * Judicial and procuratorial recommendations received and answered in the period: for the whole scope (key ""),
     * or per agency they were addressed to ("respondent:12"; those addressed to no recorded agency are left out).
     */
    public Map<String, Map<Count, Long>> recommendations(Scope scope, Period period, boolean perAgency) {
        String sql = "SELECT " + (perAgency ? "rc.respondent_id, " : "")
                + "COUNT(CASE WHEN rc.kind = 'JUDICIAL' AND rc.received_date BETWEEN :from AND :to THEN 1 END),"
                + " COUNT(CASE WHEN rc.kind = 'PROCURATORIAL' AND rc.received_date BETWEEN :from AND :to THEN 1 END),"
                + " COUNT(CASE WHEN rc.answered_date BETWEEN :from AND :to THEN 1 END)"
                + " FROM recommendation rc WHERE (rc.received_date BETWEEN :from AND :to OR rc.answered_date BETWEEN :from AND :to)"
                + LitigationSql.scope("rc", scope) + (perAgency ? " AND rc.respondent_id IS NOT NULL GROUP BY rc.respondent_id" : "");
        Map<String, Map<Count, Long>> result = new LinkedHashMap<>();
        for (Object[] row : rows(sql, scope, period)) {
            int k = perAgency ? 1 : 0;
            Map<Count, Long> m = new EnumMap<>(Count.class);
            for (int i = 0; i < LitigationSql.RECOMMENDATION_COUNTS.size(); i++) {
                m.put(LitigationSql.RECOMMENDATION_COUNTS.get(i), number(row[k + i]));
            }
            result.put(perAgency ? LitigationStatistics.RESPONDENT_KEY + row[0] : "", m);
        }
        return result;
    }

    /**
     * The lawsuit and session counts per value of the dimension ({@code null}: one group, the whole scope). Per
     * defendant, a lawsuit is counted in the group of each of its defendants and only that defendant's appearances count.
     */
    public List<SuitCounts> grouped(Scope scope, Period period, SuitDimension by) {
        if (by == SuitDimension.ORGAN) {
            Map<Long, Map<Count, Long>> perOrgan = aggregates.perOrgan(scope.organIds(), period.from(), period.to());
            if (perOrgan != null) {
                List<SuitCounts> result = new ArrayList<>();
                perOrgan.forEach((organ, counts) -> {
                    counts.keySet().removeAll(LitigationSql.RECOMMENDATION_COUNTS);
                    result.add(new SuitCounts(String.valueOf(organ), counts));
                });
                return result;
            }
        }
        return groupedFromRows(scope, period, by);
    }

    /** {@link #grouped} counted from the rows, whatever the aggregates. */
    public List<SuitCounts> groupedFromRows(Scope scope, Period period, SuitDimension by) {
        return run(scope, period, by, null);
    }

    private List<SuitCounts> run(Scope scope, Period period, SuitDimension by, Map<Outcome, Map<Instance, Long>> outcomes) {
        boolean perDefendant = by != null && by.perDefendant();
        String key = by == null ? null : by.column();
        int k = key == null ? 0 : 1;
        Map<String, Map<Count, Long>> groups = new LinkedHashMap<>();
        String scoped = LitigationSql.scope("l", scope);

        String filed = "SELECT " + (key == null ? "" : key + ", ") + "l.instance, COUNT(*), " + LitigationSql.counsel(perDefendant, scope)
                + LitigationSql.from(by) + " WHERE " + LitigationSql.FILED + scoped
                + " GROUP BY " + (key == null ? "" : key + ", ") + "l.instance";
        for (Object[] row : rows(filed, scope, period)) {
            Map<Count, Long> m = group(groups, key == null ? "" : row[0]);
            long n = number(row[k + 1]);
            m.merge(Count.SUITS, n, Long::sum);
            m.merge(switch (Instance.valueOf((String) row[k])) {
                case FIRST -> Count.SUITS_FIRST_INSTANCE;
                case APPEAL -> Count.SUITS_APPEAL;
                case RETRIAL -> Count.SUITS_RETRIAL;
            }, n, Long::sum);
            m.merge(Count.SUITS_WITH_COUNSEL, number(row[k + 2]), Long::sum);
        }

        String outcomeColumn = LitigationSql.outcome(by);
        String open = "SELECT " + (key == null ? "" : key + ", ") + "l.instance, " + outcomeColumn + ", " + LitigationSql.OPEN_COLUMNS
                + LitigationSql.from(by) + " WHERE " + LitigationSql.OPEN + scoped
                + " GROUP BY " + (key == null ? "" : key + ", ") + "l.instance, " + outcomeColumn;
        for (Object[] row : rows(open, scope, period)) {
            Map<Count, Long> m = group(groups, key == null ? "" : row[0]);
            Instance instance = Instance.valueOf((String) row[k]);
            Outcome outcome = row[k + 1] == null ? null : Outcome.valueOf((String) row[k + 1]);
            long decided = number(row[k + 2]);
            m.merge(Count.SUITS_CONCLUDED, decided, Long::sum);
            m.merge(Count.WITHDRAWN_AFTER_ACT_CHANGED, number(row[k + 3]), Long::sum);
            m.merge(Count.SUITS_CARRIED_OVER_IN, number(row[k + 4]), Long::sum);
            m.merge(Count.SUITS_PENDING, number(row[k + 5]), Long::sum);
            if (instance == Instance.FIRST && outcome != null) {
                m.merge(Count.FIRST_INSTANCE_CONCLUDED, decided, Long::sum);
                m.merge(Count.SUITS_LOST, outcome.loss() ? decided : 0, Long::sum);
                m.merge(Count.MERITS_JUDGMENTS, outcome.merits() ? decided : 0, Long::sum);
            }
            if (outcomes != null && outcome != null) {
                outcomes.get(outcome).merge(instance, decided, Long::sum);
            }
        }

        for (Object[] row : rows(LitigationSql.sessions(scope, by), scope, period)) {
            Map<Count, Long> m = group(groups, key == null ? "" : row[0]);
            for (int i = 0; i < LitigationSql.SESSION_COUNTS.size(); i++) {
                m.merge(LitigationSql.SESSION_COUNTS.get(i), number(row[k + i]), Long::sum);
            }
        }

        if (groups.isEmpty() && key == null) {
            groups.put("", new EnumMap<>(Count.class));
        }
        List<SuitCounts> result = new ArrayList<>();
        for (Map.Entry<String, Map<Count, Long>> g : groups.entrySet()) {
            Map<Count, Long> counts = new EnumMap<>(Count.class);
            for (Count c : Count.ofSource(Count.Source.LITIGATION)) {
                if (!LitigationSql.RECOMMENDATION_COUNTS.contains(c)) {
                    counts.put(c, g.getValue().getOrDefault(c, 0L));
                }
            }
            result.add(new SuitCounts(g.getKey(), counts));
        }
        return result;
    }

    private static Map<Count, Long> group(Map<String, Map<Count, Long>> groups, Object key) {
        return groups.computeIfAbsent(key == null ? "" : key.toString(), x -> new EnumMap<>(Count.class));
    }

    private List<Object[]> rows(String sql, Scope scope, Period period) {
        List<Object[]> rows = new ArrayList<>();
        for (Object o : query(sql, scope, period).getResultList()) {
            rows.add(o instanceof Object[] a ? a : new Object[] { o });
        }
        return rows;
    }

    static Map<Count, Long> zeros() {
        Map<Count, Long> m = new EnumMap<>(Count.class);
        for (Count c : Count.ofSource(Count.Source.LITIGATION)) {
            m.put(c, 0L);
        }
        return m;
    }

    private Query query(String sql, Scope scope, Period period) {
        return StatisticsQueries.query(em, sql, scope, period);
    }

    private static long number(Object o) {
        return StatisticsQueries.number(o);
    }
}
