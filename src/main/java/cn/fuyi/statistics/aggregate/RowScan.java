package cn.fuyi.statistics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * Every month bucket of every flow counted from the case rows in <em>one</em> forward-only pass (a reconciliation):
 * the server evaluates each count's own condition ({@link Count#residual()}) once per case, packed as bits, and
 * streams per case its id, organ, the day number ({@code TO_DAYS}) of each flow's date, respondent, decision type and
 * those bits; the months, the membership of a count's {@link Count#caseSet()} (read first, sorted ids) and the buckets
 * are worked out here. The same measures as {@link Recount} (which the writer and a rebuild use: one grouped query per
 * flow), counted by another road, so a reconciliation also checks that road.
 *
 * <p>What the server does per case is most of what the pass costs: each flow's conditions are evaluated only for a
 * case that has the flow's date, the month is derived here from the day number (YEAR and MONTH per flow cost the server
 * about 4 s at 4 M cases), and a case set is looked up here rather than joined (the joins cost it about 4 s). On the
 * JVM's side the rows are summed a batch at a time sorted by organ and day ({@link Part}), so that the buckets a case
 * touches are in the processor's cache. Over TLS the server also encrypts every row: cheap with OpenSSL, about a third
 * of the server's time with the WolfSSL the embedded MariaDB build is linked with (README, Benchmark).
 */
final class RowScan {

    /** Bits per packed column (a BIGINT keeps 63 without its sign). */
    private static final int BITS = 60;

    private RowScan() {
    }

    /**
     * One flow's counts: those with a condition of their own each as a bit of the packed columns (the bits of every flow
     * numbered in turn, {@value #BITS} to a column, see {@link Walk}); {@code set}: the index of each count's case set in
     * {@link Plan#sets()}, or -1.
     */
    private record FlowCounts(Flow flow, List<Count> counts, int[] set, Walk walk) {
    }

    /**
     * How a case's bits are added to a bucket of the flow: per packed column the flow's bits ({@code mask}), walked
     * set bit by set bit; {@code countOf}: the count of each of the flow's bits (they are numbered in turn from
     * {@code firstBit}); the counts without a condition of their own: those with a case set, checked per case, and
     * those without, which are the flow's cases ({@code n[0]}) and filled in at the end.
     */
    private record Walk(long[] mask, int firstBit, int[] countOf, int[] alwaysInSet, int[] alwaysPlain) {
    }

    /**
     * Counts by a long key without boxing it (a bucket's respondents and months accepted: one is added for nearly every
     * case of the pass): open addressing, linear probing, the table doubled at half full.
     */
    static final class LongCounts {
        private static final long FREE = Long.MIN_VALUE;
        /** Key and count side by side (slot i: key at 2i, count at 2i + 1), so that a look-up touches one cache line. */
        private long[] slots = emptySlots(8);
        private int size;

        private static long[] emptySlots(int n) {
            long[] slots = new long[2 * n];
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = FREE;
            }
            return slots;
        }

        void add(long key, long n) {
            int mask = slots.length / 2 - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (slots[2 * i] != FREE && slots[2 * i] != key) {
                i = (i + 1) & mask;
            }
            if (slots[2 * i] == FREE) {
                slots[2 * i] = key;
                if (++size * 4 > slots.length) {
                    slots[2 * i + 1] += n;
                    grow();
                    return;
                }
            }
            slots[2 * i + 1] += n;
        }

        private void grow() {
            long[] old = slots;
            slots = emptySlots(old.length);
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != FREE) {
                    add(old[i], old[i + 1]);
                }
            }
        }

        void forEach(java.util.function.BiConsumer<Long, Long> action) {
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] != FREE) {
                    action.accept(slots[i], slots[i + 1]);
                }
            }
        }
    }

    /** A case set as a bit per case id from its smallest id: a look-up per case without a search. */
    private record CaseSet(long first, long[] words) {

        static CaseSet of(long[] sortedIds) {
            if (sortedIds.length == 0) {
                return new CaseSet(0, new long[0]);
            }
            long first = sortedIds[0];
            long[] words = new long[(int) ((sortedIds[sortedIds.length - 1] - first) / 64 + 1)];
            for (long id : sortedIds) {
                long i = id - first;
                words[(int) (i >>> 6)] |= 1L << (i & 63);
            }
            return new CaseSet(first, words);
        }

        boolean contains(long id) {
            long i = id - first;
            return i >= 0 && (i >>> 6) < words.length && (words[(int) (i >>> 6)] & (1L << (i & 63))) != 0;
        }
    }

    /**
     * A bucket being summed: [the flow's cases, each count, suspect], and its breakdowns (decisions by the index the
     * summing {@link Part} gave each decision type).
     */
    private static final class Acc {
        final long[] n;
        LongCounts respondents;
        long[] decisions;
        LongCounts acceptedMonths;

        Acc(int size) {
            n = new long[size];
        }

        LongCounts respondents() {
            if (respondents == null) {
                respondents = new LongCounts();
            }
            return respondents;
        }

        void addDecision(int index, long count) {
            if (decisions == null || decisions.length <= index) {
                decisions = java.util.Arrays.copyOf(decisions == null ? new long[0] : decisions, Math.max(index + 1, 8));
            }
            decisions[index] += count;
        }

        LongCounts acceptedMonths() {
            if (acceptedMonths == null) {
                acceptedMonths = new LongCounts();
            }
            return acceptedMonths;
        }

        /** Adds another part's sums for the same bucket; {@code decisionIndex}: this part's index of each of its decisions. */
        void add(Acc other, int[] decisionIndex) {
            for (int i = 0; i < n.length; i++) {
                n[i] += other.n[i];
            }
            if (other.respondents != null) {
                other.respondents.forEach((k, v) -> respondents().add(k, v));
            }
            if (other.decisions != null) {
                for (int i = 0; i < other.decisions.length; i++) {
                    if (other.decisions[i] != 0) {
                        addDecision(decisionIndex[i], other.decisions[i]);
                    }
                }
            }
            if (other.acceptedMonths != null) {
                other.acceptedMonths.forEach((k, v) -> acceptedMonths().add(k, v));
            }
        }
    }

    /**
     * The SELECT of the pass, per flow where its packed counts are, and the queries of the case sets (built once: the
     * counts are fixed). Columns: id, organ, a day number per flow, respondent, decision type, suspect, then the bits.
     */
    private record Plan(String sql, List<FlowCounts> flows, List<String> sets, int packedColumns) {
    }

    private static final Plan PLAN = plan();

    /** JDBC column of the first flow's day number, and of the first packed column of bits. */
    private static final int FIRST_DAY = 3;
    private static final int FIRST_PACKED = FIRST_DAY + Flow.values().length + 3;

    private static Plan plan() {
        Flow[] flows = Flow.values();
        List<String> columns = new ArrayList<>();
        columns.add("c.id");
        columns.add("c.organ_id");
        for (Flow f : flows) {
            columns.add("TO_DAYS(" + f.date() + ")");
        }
        columns.add("c.respondent_id");
        columns.add("c.decision_type");
        columns.add("CASE WHEN " + Flow.SUSPECT + " THEN 1 ELSE 0 END");
        List<String> sets = new ArrayList<>();
        List<FlowCounts> plan = new ArrayList<>();
        // per packed column, per flow: the flow's terms (a flow's conditions are evaluated only for a case with its date)
        List<Map<Flow, List<String>>> packed = new ArrayList<>();
        int next = 0;
        for (Flow f : flows) {
            List<Count> counts = f.counts();
            boolean[] always = new boolean[counts.size()];
            int[] set = new int[counts.size()];
            for (int i = 0; i < counts.size(); i++) {
                Count c = counts.get(i);
                always[i] = c.residual() == null;
                set[i] = -1;
                if (c.caseSet().isPresent()) {
                    String q = c.caseSet().get();
                    if (!sets.contains(q)) {
                        sets.add(q);
                    }
                    set[i] = sets.indexOf(q);
                }
                if (!always[i]) {
                    int bit = next++;
                    if (bit / BITS == packed.size()) {
                        packed.add(new java.util.EnumMap<>(Flow.class));
                    }
                    packed.get(bit / BITS).computeIfAbsent(f, x -> new ArrayList<>())
                            .add("CASE WHEN (" + c.residual() + ") THEN " + (1L << (bit % BITS)) + " ELSE 0 END");
                }
            }
            int first = next - (int) java.util.stream.IntStream.range(0, counts.size()).filter(i -> !always[i]).count();
            int[] countOf = java.util.stream.IntStream.range(0, counts.size()).filter(i -> !always[i]).toArray();
            long[] mask = new long[(next + BITS - 1) / BITS + 1];
            for (int b = first; b < next; b++) {
                mask[b / BITS] |= 1L << (b % BITS);
            }
            int[] alwaysInSet = java.util.stream.IntStream.range(0, counts.size()).filter(i -> always[i] && set[i] >= 0).toArray();
            int[] alwaysPlain = java.util.stream.IntStream.range(0, counts.size()).filter(i -> always[i] && set[i] < 0).toArray();
            plan.add(new FlowCounts(f, counts, set, new Walk(mask, first, countOf, alwaysInSet, alwaysPlain)));
        }
        for (Map<Flow, List<String>> column : packed) {
            List<String> terms = new ArrayList<>();
            column.forEach((f, bits) -> terms.add("CASE WHEN " + f.date() + " IS NULL THEN 0 ELSE " + String.join(" + ", bits) + " END"));
            columns.add(String.join(" + ", terms));
        }
        String sql = "SELECT " + String.join(", ", columns) + " FROM reconsideration_case c";
        return new Plan(sql, List.copyOf(plan), List.copyOf(sets), packed.size());
    }

    /** The case sets of the counts, read in the caller's transaction. */
    private static CaseSet[] sets(EntityManager em) {
        CaseSet[] sets = new CaseSet[PLAN.sets().size()];
        for (int i = 0; i < sets.length; i++) {
            long[][] ids = { new long[1024] };
            int[] n = { 0 };
            Streams.forEach(em, PLAN.sets().get(i), rs -> {
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    return;
                }
                if (n[0] == ids[0].length) {
                    ids[0] = java.util.Arrays.copyOf(ids[0], n[0] * 2);
                }
                ids[0][n[0]++] = id;
            });
            long[] sorted = java.util.Arrays.copyOf(ids[0], n[0]);
            java.util.Arrays.sort(sorted);
            sets[i] = CaseSet.of(sorted);
        }
        return sets;
    }

    /** Every bucket of every flow, as {@link Recount#all} gives them, from one pass over the cases. */
    static Map<Key, Map<String, Long>> all(EntityManager em) {
        return all(em, BATCH);
    }

    /** {@link #all(EntityManager)}, the rows summed {@code batch} at a time (a test's way to sum across batches). */
    static Map<Key, Map<String, Long>> all(EntityManager em, int batch) {
        Part part = new Part(sets(em), batch);
        Streams.forEachBinary(em, PLAN.sql(), part::add);
        return part.result();
    }

    /** The buckets of the given organs' months only, from their cases (in the caller's transaction, so its snapshot). */
    static Map<Key, Map<String, Long>> organs(EntityManager em, java.util.Collection<Long> organIds) {
        Part part = new Part(sets(em), BATCH);
        if (!organIds.isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (long id : organIds) {
                in.append(in.isEmpty() ? "" : ", ").append(id);
            }
            Streams.forEachBinary(em, PLAN.sql() + " WHERE c.organ_id IN (" + in + ")", part::add);
        }
        return part.result();
    }

    /** Passes running on connections of their own ({@link #start}); {@link #get} waits for them and sums them. */
    static final class Pending {
        private final java.util.concurrent.ExecutorService pool;
        private final List<java.util.concurrent.Future<Part>> parts;
        /** The organ of each case from {@link #firstId}, as the passes read it (0: no such case); complete after {@link #get}. */
        private final int[] organs;
        private final long firstId;
        /** How long each pass took, and the JVM's processor time in it (after {@link #get}). */
        private String timing = "";

        private Pending(java.util.concurrent.ExecutorService pool, List<java.util.concurrent.Future<Part>> parts, int[] organs, long firstId) {
            this.pool = pool;
            this.parts = parts;
            this.organs = organs;
            this.firstId = firstId;
        }

        /** Each pass's time and the JVM's processor time in it, for the log (after {@link #get}). */
        String timing() {
            return timing;
        }

        /** A case's organ as the passes read it, 0 when there is no such case (only after {@link #get}). */
        long organOf(long caseId) {
            long i = caseId - firstId;
            return i < 0 || i >= organs.length ? 0 : organs[(int) i];
        }

        Map<Key, Map<String, Long>> get() {
            try {
                if (parts.isEmpty()) {
                    return new HashMap<>();
                }
                Part sum = Streams.await(parts.get(0), "the cases");
                List<String> timings = new ArrayList<>(List.of(sum.timing));
                for (int i = 1; i < parts.size(); i++) {
                    Part part = Streams.await(parts.get(i), "the cases");
                    timings.add(part.timing);
                    sum.merge(part);
                }
                timing = String.join(", ", timings);
                return sum.result();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Starts {@code parts} passes over ranges of case ids at once, each on a connection of its own, and returns at
     * once: the caller's transaction is free meanwhile for the other reads of a reconciliation (on a server with two
     * cores, two passes take about half the time of one). The connections read their own snapshots, a moment later
     * than the caller's: a bucket they count differently from the stored one must be counted again in the caller's
     * snapshot ({@link #organs}) before it is called a difference.
     */
    static Pending start(EntityManager em, javax.sql.DataSource dataSource, int parts) {
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM reconsideration_case").getSingleResult();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, parts), r -> {
            Thread t = new Thread(r, "fuyi-reconciliation-scan");
            t.setDaemon(true);
            return t;
        });
        List<java.util.concurrent.Future<Part>> futures = new ArrayList<>();
        if (range[0] == null) {
            return new Pending(pool, futures, new int[0], 0);
        }
        long min = ((Number) range[0]).longValue();
        long max = ((Number) range[1]).longValue();
        int[] organs = new int[Math.toIntExact(max - min + 1)]; // each pass writes its own range
        long step = (max - min) / Math.max(1, parts) + 1;
        CaseSet[] sets = sets(em); // read once, in the caller's snapshot, and shared read-only
        for (int i = 0; i < Math.max(1, parts); i++) {
            long from = min + i * step;
            long to = Math.min(max, from + step - 1);
            String sql = PLAN.sql() + " WHERE c.id BETWEEN " + from + " AND " + to;
            futures.add(pool.submit(() -> {
                Part part = new Part(sets, organs, min, BATCH);
                long started = System.nanoTime();
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try (java.sql.Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    c.setReadOnly(true);
                    try {
                        Streams.forEachBinary(c, sql, part::add);
                    } finally {
                        c.rollback();
                    }
                }
                part.sumHeld();
                part.timing = String.format(java.util.Locale.ROOT, "%,d ms (%,d ms on this processor)", (System.nanoTime() - started) / 1_000_000,
                        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
                return part;
            }));
        }
        return new Pending(pool, futures, organs, min);
    }

    /** {@code TO_DAYS} of 1970-01-01: a day number less this is an epoch day. */
    private static final int EPOCH_TO_DAYS = 719_528;
    /** {@code TO_DAYS} of 1990-01-01, the first day {@link #MONTHS} covers, for 100 years. */
    private static final int DAYS_BASE = EPOCH_TO_DAYS + (int) LocalDate.of(1990, 1, 1).toEpochDay();
    /** The month (year × 12 + month − 1) of each day from {@link #DAYS_BASE}. */
    private static final int[] MONTHS = months();

    private static int[] months() {
        int days = (int) (LocalDate.of(2090, 1, 1).toEpochDay() - LocalDate.of(1990, 1, 1).toEpochDay());
        int[] months = new int[days];
        LocalDate d = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            months[i] = d.getYear() * 12 + d.getMonthValue() - 1;
        }
        return months;
    }

    /** The month (year × 12 + month − 1) of a {@code TO_DAYS} day number. */
    static int monthOfDay(int toDays) {
        int i = toDays - DAYS_BASE;
        if (i >= 0 && i < MONTHS.length) {
            return MONTHS[i];
        }
        LocalDate d = LocalDate.ofEpochDay(toDays - (long) EPOCH_TO_DAYS);
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** The months {@link Part} finds by index (from January 1990, 100 years); others by their key alone. */
    private static final int MONTH_BASE = 1990 * 12;
    private static final int MONTH_SPAN = 1200;
    /** Organ ids below this are numbered through an array ({@link Part}), others through a map. */
    private static final long ORGAN_INDEX = 1 << 20;

    /** Rows a {@link Part} holds before it sums them, sorted by organ and first day. */
    private static final int BATCH = 1 << 16;
    /** A NULL day number or respondent in a held row. */
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final long NO_RESPONDENT = Long.MIN_VALUE;

    /**
     * The buckets summed from some of the cases' rows. Rows are held as they arrive, {@link #BATCH} at a time, and
     * summed sorted by organ and by the first flow's day: a case touches a bucket of each of its flows, and summed in
     * the order of the ids (random in organ and date) nearly every touch missed the processor's cache, which made the
     * summing the larger part of a pass's time; sorted, consecutive cases fall in the same or nearby buckets.
     */
    private static final class Part {
        private final Flow[] flows = Flow.values();
        @SuppressWarnings("unchecked")
        private final Map<Long, Acc>[] buckets = new Map[flows.length];
        /**
         * The same buckets found by organ and month index without hashing a key per flow of every case: per organ
         * (numbered as first met, {@link #organIds}), per flow, per month since {@link #MONTH_BASE}.
         */
        private Acc[][][] byOrgan = new Acc[64][][];
        /** The organ id of each organ number, and the number (plus one) of each organ id below {@link #ORGAN_INDEX}. */
        private long[] organIds = new long[64];
        private int[] organNumbers = new int[256];
        /** The numbers of organ ids of {@link #ORGAN_INDEX} or more (none in practice: organ ids are small). */
        private final Map<Long, Integer> largeOrganNumbers = new HashMap<>();
        private int organCount;
        /** The decision types met, numbered as first met (the index of {@link Acc#decisions}). */
        private final Map<String, Integer> decisionIndex = new HashMap<>();
        private final List<String> decisionNames = new ArrayList<>();
        private final CaseSet[] sets;
        /** Per case: whether it is in each case set (looked up once per case, not per count). */
        private final boolean[] inSet;

        /** Where the pass notes each case's organ (null: not noted), indexed from {@code firstId}. */
        private final int[] organs;
        private final long firstId;

        /** The rows held: a row's values at its index (its day numbers and packed words at index × their number). */
        private final long[] heldId;
        private final int[] heldOrgan;
        private final long[] heldRespondent;
        private final int[] heldDecision;
        private final boolean[] heldSuspect;
        private final int[] heldDays;
        private final long[] heldWords;
        private final long[] order;
        private int held;
        /** How long the pass took (one on a thread of its own), for the log. */
        String timing = "";

        Part(CaseSet[] sets, int batch) {
            this(sets, null, 0, batch);
        }

        /** {@code batch}: the rows held before they are summed, at most {@link #BATCH}. */
        Part(CaseSet[] sets, int[] organs, long firstId, int batch) {
            if (batch < 1 || batch > BATCH) {
                throw new IllegalArgumentException("batch " + batch);
            }
            heldId = new long[batch];
            heldOrgan = new int[batch];
            heldRespondent = new long[batch];
            heldDecision = new int[batch];
            heldSuspect = new boolean[batch];
            order = new long[batch];
            this.organs = organs;
            this.firstId = firstId;
            this.sets = sets;
            this.inSet = new boolean[sets.length];
            for (int i = 0; i < flows.length; i++) {
                buckets[i] = new HashMap<>();
            }
            heldDays = new int[batch * flows.length];
            heldWords = new long[batch * PLAN.packedColumns()];
        }

        /** Holds a row of the pass's SELECT; the held rows are summed when the batch is full. */
        void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            int r = held;
            long id = rs.getLong(1);
            long organ = rs.getLong(2);
            if (organs != null) {
                organs[(int) (id - firstId)] = (int) organ;
            }
            heldId[r] = id;
            heldOrgan[r] = organNumber(organ);
            for (int fi = 0; fi < flows.length; fi++) {
                int day = rs.getInt(FIRST_DAY + fi);
                heldDays[r * flows.length + fi] = rs.wasNull() ? NO_DAY : day;
            }
            long respondent = rs.getLong(FIRST_DAY + flows.length);
            heldRespondent[r] = rs.wasNull() ? NO_RESPONDENT : respondent;
            String decision = rs.getString(FIRST_DAY + 1 + flows.length);
            heldDecision[r] = decision == null ? -1 : decisionNumber(decision);
            heldSuspect[r] = rs.getInt(FIRST_DAY + 2 + flows.length) == 1;
            int words = PLAN.packedColumns();
            for (int w = 0; w < words; w++) {
                heldWords[r * words + w] = rs.getLong(FIRST_PACKED + w);
            }
            if (++held == heldId.length) {
                sumHeld();
            }
        }

        private int organNumber(long organ) {
            if (organ >= 0 && organ < ORGAN_INDEX) {
                int i = (int) organ;
                if (i >= organNumbers.length) {
                    organNumbers = java.util.Arrays.copyOf(organNumbers, Math.max(i + 1, organNumbers.length * 2));
                }
                if (organNumbers[i] == 0) {
                    organNumbers[i] = newOrgan(organ) + 1;
                }
                return organNumbers[i] - 1;
            }
            return largeOrganNumbers.computeIfAbsent(organ, this::newOrgan);
        }

        private int newOrgan(long organ) {
            if (organCount == organIds.length) {
                organIds = java.util.Arrays.copyOf(organIds, organCount * 2);
                byOrgan = java.util.Arrays.copyOf(byOrgan, organCount * 2);
            }
            organIds[organCount] = organ;
            byOrgan[organCount] = new Acc[flows.length][];
            return organCount++;
        }

        private int decisionNumber(String decision) {
            Integer i = decisionIndex.get(decision);
            if (i == null) {
                i = decisionNames.size();
                decisionNames.add(decision);
                decisionIndex.put(decision, i);
            }
            return i;
        }

        /** Sums the rows held, sorted by organ number, then the first flow's day, then as they came. */
        private void sumHeld() {
            for (int r = 0; r < held; r++) {
                int day = heldDays[r * flows.length];
                long sortDay = day == NO_DAY ? 0 : Math.min(Math.max(day, 0), (1 << 22) - 1);
                order[r] = ((long) heldOrgan[r] << 39) | (sortDay << 17) | r;
            }
            java.util.Arrays.sort(order, 0, held);
            for (int k = 0; k < held; k++) {
                sum((int) (order[k] & ((1 << 17) - 1)));
            }
            held = 0;
        }

        private void sum(int r) {
            long id = heldId[r];
            int number = heldOrgan[r];
            long organ = organIds[number];
            Acc[][] months = byOrgan[number];
            int words = PLAN.packedColumns();
            int acceptedDay = heldDays[r * flows.length + Flow.ACCEPTED.ordinal()];
            int acceptedMonth = acceptedDay == NO_DAY ? -1 : monthOfDay(acceptedDay);
            for (int i = 0; i < sets.length; i++) {
                inSet[i] = sets[i].contains(id);
            }
            for (int fi = 0; fi < flows.length; fi++) {
                int day = heldDays[r * flows.length + fi];
                if (day == NO_DAY) {
                    continue;
                }
                int month = monthOfDay(day);
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
                Walk walk = p.walk();
                for (int w = 0; w < Math.min(words, walk.mask().length); w++) {
                    long bits = heldWords[r * words + w] & walk.mask()[w];
                    while (bits != 0) {
                        int i = walk.countOf()[w * BITS + Long.numberOfTrailingZeros(bits) - walk.firstBit()];
                        bits &= bits - 1;
                        int set = p.set()[i];
                        if (set < 0 || inSet[set]) {
                            acc.n[1 + i]++;
                        }
                    }
                }
                for (int i : walk.alwaysInSet()) {
                    if (inSet[p.set()[i]]) {
                        acc.n[1 + i]++;
                    }
                }
                if (f.checked() && heldSuspect[r]) {
                    acc.n[size + 1]++;
                }
                if (f == Flow.RECEIVED && heldRespondent[r] != NO_RESPONDENT) {
                    acc.respondents().add(heldRespondent[r], 1);
                }
                if (f == Flow.CONCLUDED) {
                    if (heldDecision[r] >= 0) {
                        acc.addDecision(heldDecision[r], 1);
                    }
                    if (acceptedMonth >= 0) {
                        acc.acceptedMonths().add(acceptedMonth, 1);
                    }
                }
            }
        }

        /** Adds another part's sums to this one's (both done: the month index is not kept up). */
        void merge(Part other) {
            sumHeld();
            other.sumHeld();
            int[] decisions = new int[other.decisionNames.size()];
            for (int i = 0; i < decisions.length; i++) {
                decisions[i] = decisionNumber(other.decisionNames.get(i));
            }
            for (int fi = 0; fi < flows.length; fi++) {
                for (Map.Entry<Long, Acc> e : other.buckets[fi].entrySet()) {
                    Acc mine = buckets[fi].get(e.getKey());
                    if (mine == null) {
                        mine = new Acc(e.getValue().n.length);
                        buckets[fi].put(e.getKey(), mine);
                    }
                    mine.add(e.getValue(), decisions);
                }
            }
        }

        Map<Key, Map<String, Long>> result() {
            sumHeld();
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
                    for (int i : p.walk().alwaysPlain()) {
                        acc.n[1 + i] = acc.n[0]; // a count without a condition: every case of the flow
                    }
                    for (int i = 0; i < p.counts().size(); i++) {
                        put(m, p.counts().get(i).id(), acc.n[1 + i]);
                    }
                    if (f.checked()) {
                        put(m, Flow.SUSPECT_MEASURE, acc.n[p.counts().size() + 1]);
                    }
                    if (acc.respondents != null) {
                        acc.respondents.forEach((r, n) -> put(m, Flow.RESPONDENT + r, n));
                    }
                    if (acc.decisions != null) {
                        for (int d = 0; d < acc.decisions.length; d++) {
                            if (acc.decisions[d] != 0) {
                                put(m, Flow.DECISION + decisionNames.get(d), acc.decisions[d]);
                            }
                        }
                    }
                    if (acc.acceptedMonths != null) {
                        acc.acceptedMonths.forEach((a, n) -> put(m, Flow.ACCEPTED_MONTH + Recount.month(a.intValue() / 12, a.intValue() % 12 + 1), n));
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
        // in key order: the rows of one bucket come together, and its map is looked up once
        Object[] last = { -1L, -1, null, null };
        Streams.forEach(em, "SELECT organ_id, TO_DAYS(bucket), flow, measure, n FROM statistics_rec_bucket WHERE grain = 'M'", rs -> {
            long organ = rs.getLong(1);
            int day = rs.getInt(2);
            String flow = rs.getString(3);
            @SuppressWarnings("unchecked")
            Map<String, Long> bucket = (Map<String, Long>) last[3];
            if (bucket == null || organ != (long) last[0] || day != (int) last[1] || !flow.equals(last[2])) {
                int month = monthOfDay(day);
                Key k = new Key(organ, LocalDate.of(month / 12, month % 12 + 1, 1), Flow.valueOf(flow));
                bucket = result.computeIfAbsent(k, x -> new HashMap<>());
                last[0] = organ;
                last[1] = day;
                last[2] = flow;
                last[3] = bucket;
            }
            bucket.put(rs.getString(4), rs.getLong(5));
        });
        return result;
    }
}
