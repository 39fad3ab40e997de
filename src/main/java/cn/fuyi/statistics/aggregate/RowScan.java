package cn.fuyi.statistics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * Every month bucket of every flow counted from the case rows in <em>one</em> forward-only pass (a reconciliation):
 * the server evaluates each count's own condition ({@link Count#residual()}, membership of its {@link Count#caseSet()})
 * once per case, packed as bits, and streams per case its organ, the month of each flow's date, respondent, decision
 * type and those bits; the buckets are summed here. The same measures as {@link Recount} (which the writer and a
 * rebuild use: one grouped query per flow), counted by another road, so a reconciliation also checks that road.
 */
final class RowScan {

    /** Bits per packed column (a BIGINT keeps 63 without its sign). */
    private static final int BITS = 60;

    private RowScan() {
    }

    /** One flow's counts, each as a bit of the flow's packed columns; {@code always}: a count with no condition. */
    private record FlowCounts(Flow flow, List<Count> counts, boolean[] always, int firstColumn, int columns) {
    }

    /** A bucket being summed: [the flow's cases, each count, suspect], and its breakdowns. */
    private static final class Acc {
        final long[] n;
        Map<Long, long[]> respondents;
        Map<String, long[]> decisions;
        Map<Integer, long[]> acceptedMonths;

        Acc(int size) {
            n = new long[size];
        }
    }

    /** Every bucket of every flow, as {@link Recount#all} gives them, from one pass over the cases. */
    static Map<Key, Map<String, Long>> all(EntityManager em) {
        Flow[] flows = Flow.values();
        List<String> columns = new ArrayList<>();
        columns.add("c.organ_id");
        for (Flow f : flows) {
            columns.add("YEAR(" + f.date() + ") * 12 + MONTH(" + f.date() + ") - 1");
        }
        columns.add("c.respondent_id");
        columns.add("c.decision_type");
        columns.add("CASE WHEN " + Flow.SUSPECT + " THEN 1 ELSE 0 END");
        int next = columns.size() + 1; // JDBC columns count from 1
        Map<String, String> joins = new LinkedHashMap<>();
        List<FlowCounts> plan = new ArrayList<>();
        for (Flow f : flows) {
            List<Count> counts = f.counts();
            boolean[] always = new boolean[counts.size()];
            List<String> packed = new ArrayList<>();
            List<String> bits = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                Count c = counts.get(i);
                List<String> parts = new ArrayList<>();
                if (c.residual() != null) {
                    parts.add("(" + c.residual() + ")");
                }
                if (c.caseSet().isPresent()) {
                    String alias = joins.computeIfAbsent(c.caseSet().get(), k -> "s" + (joins.size() + 1));
                    parts.add(alias + ".case_id IS NOT NULL");
                }
                always[i] = parts.isEmpty();
                bits.add(parts.isEmpty() ? "0" : "CASE WHEN " + String.join(" AND ", parts) + " THEN " + (1L << (i % BITS)) + " ELSE 0 END");
                if (bits.size() == BITS || i == counts.size() - 1) {
                    packed.add("(" + String.join(" + ", bits) + ")");
                    bits.clear();
                }
            }
            plan.add(new FlowCounts(f, counts, always, next, packed.size()));
            columns.addAll(packed);
            next += packed.size();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", columns)).append(" FROM reconsideration_case c");
        joins.forEach((set, alias) -> sql.append(" LEFT JOIN (").append(set).append(") ").append(alias).append(" ON ").append(alias)
                .append(".case_id = c.id"));

        @SuppressWarnings("unchecked")
        Map<Long, Acc>[] buckets = new Map[flows.length];
        for (int i = 0; i < flows.length; i++) {
            buckets[i] = new HashMap<>();
        }
        long[] words = new long[8];
        Streams.forEach(em, sql.toString(), rs -> {
            long organ = rs.getLong(1);
            long respondent = rs.getLong(2 + flows.length);
            boolean hasRespondent = !rs.wasNull();
            String decision = rs.getString(3 + flows.length);
            boolean suspect = rs.getInt(4 + flows.length) == 1;
            int acceptedMonth = rs.getInt(2 + Flow.ACCEPTED.ordinal());
            if (rs.wasNull()) {
                acceptedMonth = -1;
            }
            for (int fi = 0; fi < flows.length; fi++) {
                int month = rs.getInt(2 + fi);
                if (rs.wasNull()) {
                    continue;
                }
                FlowCounts p = plan.get(fi);
                Flow f = p.flow();
                int size = p.counts().size();
                Acc acc = buckets[fi].computeIfAbsent(organ * 100_000 + month, k -> new Acc(size + 2));
                acc.n[0]++;
                for (int w = 0; w < p.columns(); w++) {
                    words[w] = rs.getLong(p.firstColumn() + w);
                }
                for (int i = 0; i < size; i++) {
                    if (p.always()[i] || (words[i / BITS] & (1L << (i % BITS))) != 0) {
                        acc.n[1 + i]++;
                    }
                }
                if (f.checked() && suspect) {
                    acc.n[size + 1]++;
                }
                if (f == Flow.RECEIVED && hasRespondent) {
                    if (acc.respondents == null) {
                        acc.respondents = new HashMap<>();
                    }
                    acc.respondents.computeIfAbsent(respondent, k -> new long[1])[0]++;
                }
                if (f == Flow.CONCLUDED) {
                    if (decision != null) {
                        if (acc.decisions == null) {
                            acc.decisions = new HashMap<>();
                        }
                        acc.decisions.computeIfAbsent(decision, k -> new long[1])[0]++;
                    }
                    if (acceptedMonth >= 0) {
                        if (acc.acceptedMonths == null) {
                            acc.acceptedMonths = new HashMap<>();
                        }
                        acc.acceptedMonths.computeIfAbsent(acceptedMonth, k -> new long[1])[0]++;
                    }
                }
            }
        });

        Map<Key, Map<String, Long>> result = new HashMap<>();
        for (int fi = 0; fi < flows.length; fi++) {
            FlowCounts p = plan.get(fi);
            Flow f = p.flow();
            for (Map.Entry<Long, Acc> e : buckets[fi].entrySet()) {
                long organ = e.getKey() / 100_000;
                int month = (int) (e.getKey() % 100_000);
                Acc acc = e.getValue();
                Map<String, Long> m = new HashMap<>();
                if (f == Flow.EXITED) {
                    put(m, Flow.EXITED_MEASURE, acc.n[0]);
                }
                for (int i = 0; i < p.counts().size(); i++) {
                    put(m, p.counts().get(i).id(), acc.n[1 + i]);
                }
                if (f.checked()) {
                    put(m, Flow.SUSPECT_MEASURE, acc.n[p.counts().size() + 1]);
                }
                if (acc.respondents != null) {
                    acc.respondents.forEach((r, n) -> put(m, Flow.RESPONDENT + r, n[0]));
                }
                if (acc.decisions != null) {
                    acc.decisions.forEach((d, n) -> put(m, Flow.DECISION + d, n[0]));
                }
                if (acc.acceptedMonths != null) {
                    acc.acceptedMonths.forEach((a, n) -> put(m, Flow.ACCEPTED_MONTH + Recount.month(a / 12, a % 12 + 1), n[0]));
                }
                if (!m.isEmpty()) {
                    result.put(new Key(organ, LocalDate.of(month / 12, month % 12 + 1, 1), f), m);
                }
            }
        }
        return result;
    }

    private static void put(Map<String, Long> m, String measure, long n) {
        if (n != 0) {
            m.merge(measure, n, Long::sum);
        }
    }

    /** Every stored month bucket, read in one forward-only pass. */
    static Map<Key, Map<String, Long>> storedMonths(EntityManager em) {
        Map<Key, Map<String, Long>> result = new HashMap<>();
        Streams.forEach(em, "SELECT organ_id, YEAR(bucket) * 12 + MONTH(bucket) - 1, flow, measure, n FROM statistics_rec_bucket WHERE grain = 'M'", rs -> {
            int month = rs.getInt(2);
            Key k = new Key(rs.getLong(1), LocalDate.of(month / 12, month % 12 + 1, 1), Flow.valueOf(rs.getString(3)));
            result.computeIfAbsent(k, x -> new HashMap<>()).put(rs.getString(4), rs.getLong(5));
        });
        return result;
    }
}
