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

        Map<Long, long[]> respondents() {
            if (respondents == null) {
                respondents = new HashMap<>();
            }
            return respondents;
        }

        Map<String, long[]> decisions() {
            if (decisions == null) {
                decisions = new HashMap<>();
            }
            return decisions;
        }

        Map<Integer, long[]> acceptedMonths() {
            if (acceptedMonths == null) {
                acceptedMonths = new HashMap<>();
            }
            return acceptedMonths;
        }

        /** Adds another part's sums for the same bucket. */
        void add(Acc other) {
            for (int i = 0; i < n.length; i++) {
                n[i] += other.n[i];
            }
            if (other.respondents != null) {
                other.respondents.forEach((k, v) -> respondents().computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            }
            if (other.decisions != null) {
                other.decisions.forEach((k, v) -> decisions().computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            }
            if (other.acceptedMonths != null) {
                other.acceptedMonths.forEach((k, v) -> acceptedMonths().computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            }
        }
    }

    /** The SELECT of the pass and, per flow, where its packed counts are (built once: the counts are fixed). */
    private record Plan(String sql, List<FlowCounts> flows) {
    }

    private static final Plan PLAN = plan();

    private static Plan plan() {
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
        return new Plan(sql.toString(), List.copyOf(plan));
    }

    /** Every bucket of every flow, as {@link Recount#all} gives them, from one pass over the cases. */
    static Map<Key, Map<String, Long>> all(EntityManager em) {
        Part part = new Part();
        Streams.forEach(em, PLAN.sql(), part::add);
        return part.result();
    }

    /** The buckets of the given organs' months only, from their cases (in the caller's transaction, so its snapshot). */
    static Map<Key, Map<String, Long>> organs(EntityManager em, java.util.Collection<Long> organIds) {
        Part part = new Part();
        if (!organIds.isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (long id : organIds) {
                in.append(in.isEmpty() ? "" : ", ").append(id);
            }
            Streams.forEach(em, PLAN.sql() + " WHERE c.organ_id IN (" + in + ")", part::add);
        }
        return part.result();
    }

    /**
     * Every bucket of every flow from {@code parts} passes over ranges of case ids run at once, the first on the
     * caller's connection and the others each on a connection of its own (on a server with two cores, two passes
     * take about half the time of one). The other connections read their own snapshots, a moment later than the
     * caller's: a bucket they count differently from the stored one must be counted again in the caller's snapshot
     * ({@link #organs}) before it is called a difference.
     */
    static Map<Key, Map<String, Long>> all(EntityManager em, javax.sql.DataSource dataSource, int parts) {
        if (parts <= 1) {
            return all(em);
        }
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM reconsideration_case").getSingleResult();
        if (range[0] == null) {
            return new HashMap<>();
        }
        long min = ((Number) range[0]).longValue();
        long max = ((Number) range[1]).longValue();
        long step = (max - min) / parts + 1;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "fuyi-reconciliation-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Part>> others = new ArrayList<>();
            for (int i = 1; i < parts; i++) {
                long from = min + i * step;
                long to = Math.min(max, from + step - 1);
                String sql = PLAN.sql() + " WHERE c.id BETWEEN " + from + " AND " + to;
                others.add(pool.submit(() -> {
                    Part part = new Part();
                    try (java.sql.Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        c.setReadOnly(true);
                        try {
                            Streams.forEach(c, sql, part::add);
                        } finally {
                            c.rollback();
                        }
                    }
                    return part;
                }));
            }
            Part first = new Part();
            Streams.forEach(em, PLAN.sql() + " WHERE c.id BETWEEN " + min + " AND " + Math.min(max, min + step - 1), first::add);
            for (java.util.concurrent.Future<Part> f : others) {
                first.merge(f.get());
            }
            return first.result();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cases were counted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The months {@link Part} finds by index (from January 1990, 100 years); others by their key alone. */
    private static final int MONTH_BASE = 1990 * 12;
    private static final int MONTH_SPAN = 1200;

    /** The buckets summed from some of the cases' rows. */
    private static final class Part {
        private final Flow[] flows = Flow.values();
        @SuppressWarnings("unchecked")
        private final Map<Long, Acc>[] buckets = new Map[flows.length];
        private final long[] words = new long[8];
        /**
         * The same buckets found by organ and month index without hashing a key per flow of every case: per organ
         * (numbered as first met), per flow, per month since {@link #MONTH_BASE}.
         */
        private final Map<Long, Acc[][]> byOrgan = new HashMap<>();

        Part() {
            for (int i = 0; i < flows.length; i++) {
                buckets[i] = new HashMap<>();
            }
        }

        void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            long organ = rs.getLong(1);
            long respondent = rs.getLong(2 + flows.length);
            boolean hasRespondent = !rs.wasNull();
            String decision = rs.getString(3 + flows.length);
            boolean suspect = rs.getInt(4 + flows.length) == 1;
            int acceptedMonth = rs.getInt(2 + Flow.ACCEPTED.ordinal());
            if (rs.wasNull()) {
                acceptedMonth = -1;
            }
            Acc[][] months = byOrgan.computeIfAbsent(organ, k -> new Acc[flows.length][]);
            for (int fi = 0; fi < flows.length; fi++) {
                int month = rs.getInt(2 + fi);
                if (rs.wasNull()) {
                    continue;
                }
                FlowCounts p = PLAN.flows().get(fi);
                Flow f = p.flow();
                int size = p.counts().size();
                int mi = month - MONTH_BASE;
                Acc acc;
                if (mi >= 0 && mi < MONTH_SPAN) {
                    if (months[fi] == null) {
                        months[fi] = new Acc[MONTH_SPAN];
                    }
                    acc = months[fi][mi];
                    if (acc == null) {
                        acc = buckets[fi].computeIfAbsent(organ * 100_000 + month, k -> new Acc(size + 2));
                        months[fi][mi] = acc;
                    }
                } else {
                    acc = buckets[fi].computeIfAbsent(organ * 100_000 + month, k -> new Acc(size + 2));
                }
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
                    acc.respondents().computeIfAbsent(respondent, k -> new long[1])[0]++;
                }
                if (f == Flow.CONCLUDED) {
                    if (decision != null) {
                        acc.decisions().computeIfAbsent(decision, k -> new long[1])[0]++;
                    }
                    if (acceptedMonth >= 0) {
                        acc.acceptedMonths().computeIfAbsent(acceptedMonth, k -> new long[1])[0]++;
                    }
                }
            }
        }

        /** Adds another part's sums to this one's (after the last row is added: the month index is not kept up). */
        void merge(Part other) {
            for (int fi = 0; fi < flows.length; fi++) {
                for (Map.Entry<Long, Acc> e : other.buckets[fi].entrySet()) {
                    Acc mine = buckets[fi].get(e.getKey());
                    if (mine == null) {
                        buckets[fi].put(e.getKey(), e.getValue());
                    } else {
                        mine.add(e.getValue());
                    }
                }
            }
        }

        Map<Key, Map<String, Long>> result() {
            Map<Key, Map<String, Long>> result = new HashMap<>();
            for (int fi = 0; fi < flows.length; fi++) {
                FlowCounts p = PLAN.flows().get(fi);
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
