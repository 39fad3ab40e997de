package cn.fuyi.statistics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.fuyi.statistics.Count;

/**
 * Counts buckets from the case rows: the one place the aggregates' figures come from, whether the writer recounts the
 * buckets a change touched, a rebuild or a reconciliation recounts them all, or a report counts the buckets not yet
 * integrated. Every count column is the count's own condition ({@link Count#residual()}, and membership of its
 * {@link Count#caseSet()}) under the flow's date, so a bucket is by construction the row-level figure of its month.
 * One grouped query per flow, never one per bucket.
 */
final class Recount {

    /** One bucket: an organ's cases of one flow in one calendar month (its first day). */
    record Key(long organId, LocalDate month, Flow flow) {
    }

    private Recount() {
    }

    /** Every bucket of every flow, from every case: one grouped pass per flow. */
    static Map<Key, Map<String, Long>> all(EntityManager em) {
        Map<Key, Map<String, Long>> result = new HashMap<>();
        for (Flow f : Flow.values()) {
            run(em, f, "1 = 1", true, result);
        }
        return result;
    }

    /**
     * The buckets named, counted from the rows (the result may hold no entry for a bucket that is now empty). The
     * months of one organ and flow are read in one range each, every flow in one query.
     */
    static Map<Key, Map<String, Long>> of(EntityManager em, Collection<Key> keys) {
        Map<Key, Map<String, Long>> result = new HashMap<>();
        Map<Flow, Map<Long, List<LocalDate>>> byFlow = new LinkedHashMap<>();
        for (Key k : keys) {
            byFlow.computeIfAbsent(k.flow(), f -> new TreeMap<>()).computeIfAbsent(k.organId(), o -> new ArrayList<>()).add(k.month());
        }
        for (Map.Entry<Flow, Map<Long, List<LocalDate>>> e : byFlow.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Long, List<LocalDate>> organ : e.getValue().entrySet()) {
                List<String> months = new ArrayList<>();
                for (LocalDate m : organ.getValue().stream().distinct().sorted().toList()) {
                    months.add(inMonth(e.getKey(), m));
                }
                parts.add("(c.organ_id = " + organ.getKey() + " AND (" + String.join(" OR ", months) + "))");
            }
            Map<Key, Map<String, Long>> counted = new HashMap<>();
            run(em, e.getKey(), String.join(" OR ", parts), false, counted);
            // only the buckets asked for: a neighbouring month read on the way is not this caller's to replace
            for (Key k : keys) {
                if (k.flow() == e.getKey() && counted.containsKey(k)) {
                    result.put(k, counted.get(k));
                }
            }
        }
        return result;
    }

    /** The flow's date in the month, readable over the statistics indexes (organ, date). */
    private static String inMonth(Flow f, LocalDate month) {
        String range = " BETWEEN " + sqlDate(month) + " AND " + sqlDate(month.plusMonths(1).minusDays(1));
        if (f == Flow.EXITED) {
            return "((c.accepted_date" + range + " OR c.concluded_date" + range + ") AND " + f.date() + range + ")";
        }
        return f.date() + range;
    }

    static String sqlDate(LocalDate d) {
        return "DATE '" + d + "'";
    }

    private static void run(EntityManager em, Flow flow, String where, boolean joinSets, Map<Key, Map<String, Long>> into) {
        Select s = select(flow, flow.counts(), "(" + where + ")", true, joinSets);
        Query q = em.createNativeQuery(s.sql());
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            LocalDate month = LocalDate.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue(), 1);
            Key key = new Key(((Number) row[0]).longValue(), month, flow);
            Map<String, Long> m = into.computeIfAbsent(key, k -> new HashMap<>());
            s.add(row, 3, m);
        }
    }

    /**
     * A grouped count of one flow's cases: {@code SELECT [organ, year, month,] <breakdown columns>, COUNT(*), <one column
     * per count>, [suspect] FROM reconsideration_case c WHERE <date> IS NOT NULL AND <where> GROUP BY …}. With
     * {@code joinSets} the case sets (hearings held, lawsuits) are joined once as derived tables, the cheaper plan when
     * every case is read; otherwise each is a semi-join ({@code c.id IN (…)}), as {@link Count#membership()} writes it.
     */
    static Select select(Flow flow, List<Count> counts, String where, boolean byMonth, boolean joinSets) {
        String d = flow.date();
        List<String> dims = new ArrayList<>();
        if (flow == Flow.RECEIVED) {
            dims.add("c.respondent_id");
        } else if (flow == Flow.CONCLUDED) {
            dims.add("c.decision_type");
            if (byMonth) {
                dims.add("YEAR(c.accepted_date)");
                dims.add("MONTH(c.accepted_date)");
            }
        }
        List<String> columns = new ArrayList<>();
        Map<String, String> joins = new LinkedHashMap<>();
        columns.add("COUNT(*)");
        for (Count c : counts) {
            List<String> parts = new ArrayList<>();
            if (c.residual() != null) {
                parts.add("(" + c.residual() + ")");
            }
            if (c.caseSet().isPresent()) {
                String set = c.caseSet().get();
                if (joinSets) {
                    String alias = joins.computeIfAbsent(set, k -> "s" + (joins.size() + 1));
                    parts.add(alias + ".case_id IS NOT NULL");
                } else {
                    parts.add("c.id IN (" + set + ")");
                }
            }
            columns.add(parts.isEmpty() ? "COUNT(*)" : "COUNT(CASE WHEN " + String.join(" AND ", parts) + " THEN 1 END)");
        }
        if (flow.checked()) {
            columns.add("COUNT(CASE WHEN " + Flow.SUSPECT + " THEN 1 END)");
        }
        List<String> group = new ArrayList<>();
        if (byMonth) {
            group.add("c.organ_id");
            group.add("YEAR(" + d + ")");
            group.add("MONTH(" + d + ")");
        }
        group.addAll(dims);
        StringBuilder sql = new StringBuilder("SELECT ");
        if (!group.isEmpty()) {
            sql.append(String.join(", ", group)).append(", ");
        }
        sql.append(String.join(", ", columns)).append(" FROM reconsideration_case c");
        joins.forEach((set, alias) -> sql.append(" LEFT JOIN (").append(set).append(") ").append(alias).append(" ON ")
                .append(alias).append(".case_id = c.id"));
        sql.append(" WHERE ").append(d).append(" IS NOT NULL AND ").append(where);
        if (!group.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", group));
        }
        return new Select(flow, counts, dims.size(), sql.toString());
    }

    /** A grouped query and how to read its rows into measures. */
    record Select(Flow flow, List<Count> counts, int dims, String sql) {

        /** Adds one result row, its breakdown columns starting at {@code at}, to the measures. */
        void add(Object[] row, int at, Map<String, Long> m) {
            int i = at + dims;
            long all = number(row[i++]);
            if (flow == Flow.EXITED) {
                m.merge(Flow.EXITED_MEASURE, all, Long::sum);
            }
            for (Count c : counts) {
                m.merge(c.id(), number(row[i++]), Long::sum);
            }
            if (flow.checked()) {
                m.merge(Flow.SUSPECT_MEASURE, number(row[i]), Long::sum);
            }
            if (flow == Flow.RECEIVED && row[at] != null) {
                m.merge(Flow.RESPONDENT + ((Number) row[at]).longValue(), all, Long::sum);
            }
            if (flow == Flow.CONCLUDED) {
                if (row[at] != null) {
                    m.merge(Flow.DECISION + row[at], all, Long::sum);
                }
                if (dims == 3 && row[at + 1] != null) {
                    m.merge(Flow.ACCEPTED_MONTH + month(((Number) row[at + 1]).intValue(), ((Number) row[at + 2]).intValue()), all, Long::sum);
                }
            }
            m.values().removeIf(v -> v == 0);
        }
    }

    /** "2020-03": the key of a month accepted; compares as text in calendar order. */
    static String month(int year, int month) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }

    static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
