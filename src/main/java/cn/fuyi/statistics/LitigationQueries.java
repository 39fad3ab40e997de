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
import cn.fuyi.litigation.Outcome;

/**
 * Runs the litigation statistics in the database: one pass over the lawsuits of the scope docketed by the period's
 * end (every count that is a condition on a lawsuit), one over the lawsuits with a session in the period (sessions
 * and appearances), one over the decisions of the period by outcome, and one over the recommendations. Conditional
 * aggregates written from {@link LitigationSql}; nothing is loaded into memory.
 */
@ApplicationScoped
public class LitigationQueries {

    @Inject
    EntityManager em;

    /** The litigation counts of one group; the key is the dimension's value as text ("" for none). */
    public record SuitCounts(String key, Map<Count, Long> counts) {
    }

    /** Every litigation count of the scope and period. */
    public Map<Count, Long> totals(Scope scope, Period period) {
        Map<Count, Long> counts = zeros();
        for (SuitCounts g : grouped(scope, period, null)) {
            counts.putAll(g.counts());
        }
        String sql = "SELECT COUNT(CASE WHEN rc.kind = 'JUDICIAL' AND rc.received_date BETWEEN :from AND :to THEN 1 END),"
                + " COUNT(CASE WHEN rc.kind = 'PROCURATORIAL' AND rc.received_date BETWEEN :from AND :to THEN 1 END),"
                + " COUNT(CASE WHEN rc.answered_date BETWEEN :from AND :to THEN 1 END)"
                + " FROM recommendation rc WHERE (rc.received_date BETWEEN :from AND :to OR rc.answered_date BETWEEN :from AND :to)"
                + LitigationSql.scope("rc", scope);
        Object[] row = (Object[]) query(sql, scope, period).getSingleResult();
        for (int i = 0; i < LitigationSql.RECOMMENDATION_COUNTS.size(); i++) {
            counts.put(LitigationSql.RECOMMENDATION_COUNTS.get(i), number(row[i]));
        }
        return counts;
    }

    /**
     * The lawsuit and session counts per value of the dimension ({@code null}: one group, the whole scope). Per
     * defendant, a lawsuit is counted in the group of each of its defendants and only that defendant's appearances count.
     */
    public List<SuitCounts> grouped(Scope scope, Period period, SuitDimension by) {
        boolean perDefendant = by != null && by.perDefendant();
        String key = by == null ? null : by.column();
        Map<String, Map<Count, Long>> groups = new LinkedHashMap<>();

        StringBuilder sql = new StringBuilder("SELECT ");
        if (key != null) {
            sql.append(key).append(", ");
        }
        List<String> columns = new ArrayList<>();
        for (Count c : LitigationSql.LAWSUIT_COUNTS) {
            columns.add("COUNT(CASE WHEN " + LitigationSql.condition(c, perDefendant) + " THEN 1 END)");
        }
        sql.append(String.join(", ", columns)).append(LitigationSql.from(by))
                .append(" WHERE l.filed_date <= :to").append(LitigationSql.scope("l", scope));
        if (key != null) {
            sql.append(" GROUP BY ").append(key);
        }
        collect(groups, LitigationSql.LAWSUIT_COUNTS, query(sql.toString(), scope, period).getResultList(), key != null);

        String sessions = "SELECT " + (key == null ? "" : key + ", ")
                + "SUM(f.sessions), SUM(f.head_sessions), COUNT(*), SUM(f.head), SUM(f.principal), SUM(f.spoke)"
                + " FROM (" + LitigationSql.sessionFacts(scope, perDefendant) + ") f JOIN lawsuit l ON l.id = f.lawsuit_id"
                + (perDefendant ? " JOIN lawsuit_defendant d ON d.id = f.defendant_id" : "")
                + (by == SuitDimension.RESPONDENT_KIND ? " LEFT JOIN respondent r ON r.id = d.respondent_id" : "")
                + (key == null ? "" : " GROUP BY " + key);
        collect(groups, LitigationSql.SESSION_COUNTS, query(sessions, scope, period).getResultList(), key != null);

        List<SuitCounts> result = new ArrayList<>();
        if (key == null && groups.isEmpty()) {
            groups.put("", new EnumMap<>(Count.class));
        }
        for (Map.Entry<String, Map<Count, Long>> g : groups.entrySet()) {
            Map<Count, Long> counts = new EnumMap<>(Count.class);
            for (Count c : LitigationSql.LAWSUIT_COUNTS) {
                counts.put(c, g.getValue().getOrDefault(c, 0L));
            }
            for (Count c : LitigationSql.SESSION_COUNTS) {
                counts.put(c, g.getValue().getOrDefault(c, 0L));
            }
            result.add(new SuitCounts(g.getKey(), counts));
        }
        return result;
    }

    /** Lawsuits decided in the period, per outcome and instance. */
    public Map<Outcome, Map<Instance, Long>> outcomes(Scope scope, Period period) {
        Map<Outcome, Map<Instance, Long>> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            Map<Instance, Long> byInstance = new EnumMap<>(Instance.class);
            for (Instance i : Instance.values()) {
                byInstance.put(i, 0L);
            }
            m.put(o, byInstance);
        }
        String sql = "SELECT l.outcome, l.instance, COUNT(*) FROM lawsuit l WHERE l.outcome_date BETWEEN :from AND :to"
                + LitigationSql.scope("l", scope) + " GROUP BY l.outcome, l.instance";
        for (Object o : query(sql, scope, period).getResultList()) {
            Object[] row = (Object[]) o;
            if (row[0] != null) {
                m.get(Outcome.valueOf((String) row[0])).put(Instance.valueOf((String) row[1]), number(row[2]));
            }
        }
        return m;
    }

    static Map<Count, Long> zeros() {
        Map<Count, Long> m = new EnumMap<>(Count.class);
        for (Count c : Count.ofSource(Count.Source.LITIGATION)) {
            m.put(c, 0L);
        }
        return m;
    }

    private static void collect(Map<String, Map<Count, Long>> groups, List<Count> counts, List<?> rows, boolean keyed) {
        for (Object o : rows) {
            Object[] row = o instanceof Object[] a ? a : new Object[] { o };
            int offset = keyed ? 1 : 0;
            String key = keyed && row[0] != null ? row[0].toString() : "";
            Map<Count, Long> m = groups.computeIfAbsent(key, k -> new EnumMap<>(Count.class));
            for (int i = 0; i < counts.size(); i++) {
                m.merge(counts.get(i), number(row[i + offset]), Long::sum);
            }
        }
    }

    private Query query(String sql, Scope scope, Period period) {
        Query q = em.createNativeQuery(sql).setParameter("from", period.from()).setParameter("to", period.to());
        if (sql.contains(":organs")) {
            q.setParameter("organs", scope.organIds());
        }
        return q;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
