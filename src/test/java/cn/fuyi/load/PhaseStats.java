package cn.fuyi.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What happened in one phase of a run: per kind of operation the answers by outcome and the latencies of the
 * successful ones, and per second of the phase the successes and failures (to show an outage and the recovery).
 */
final class PhaseStats {

    final String name;
    final int clients;
    private final Map<Operation, OpStats> ops = new EnumMap<>(Operation.class);
    private final long startNanos;
    private volatile long endNanos;
    private volatile double loadAverage = Double.NaN;
    private final AtomicLongArray okPerSecond = new AtomicLongArray(3600);
    private final AtomicLongArray failedPerSecond = new AtomicLongArray(3600);
    private final List<String> events = new ArrayList<>();

    private final AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);

    PhaseStats(String name, int clients) {
        this.name = name;
        this.clients = clients;
        for (Operation op : Operation.values()) {
            ops.put(op, new OpStats());
        }
        this.startNanos = System.nanoTime();
    }

    private volatile boolean held;

    /** The clients stop at this {@link System#nanoTime()}; never while faults are being injected and recovered. */
    long deadline() {
        return held ? Long.MAX_VALUE : deadline.get();
    }

    /** Keeps the clients going, whatever the nominal length, until {@link #extendFromNow} lets the phase end. */
    void hold() {
        held = true;
    }

    void runFor(long seconds) {
        deadline.set(startNanos + seconds * 1_000_000_000L);
    }

    /** Keeps the clients going at least until {@code seconds} from now (to watch a recovery to its end). */
    void extendFromNow(long seconds) {
        long at = System.nanoTime() + seconds * 1_000_000_000L;
        deadline.accumulateAndGet(at, Math::max);
        held = false;
    }

    void record(Operation op, Outcome outcome, long nanos) {
        ops.get(op).add(outcome, nanos);
        int second = (int) Math.min(3599, (System.nanoTime() - startNanos) / 1_000_000_000L);
        (outcome == Outcome.OK || outcome == Outcome.CONFLICT ? okPerSecond : failedPerSecond).incrementAndGet(second);
    }

    /** A dated line of the phase's story (a fault, a recovery). */
    synchronized void event(String what) {
        String line = String.format(Locale.ROOT, "t=%5.1fs %s", seconds(System.nanoTime()), what);
        events.add(line);
        System.out.println("[load] " + name + ": " + line);
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** What the database did meanwhile (see DatabaseSampler). */
    volatile String databaseNote;
    /** Processor time of instances, database and harness (see CpuMeter). */
    volatile String cpuNote;

    long successes() {
        return count(Outcome.OK);
    }

    void finish() {
        endNanos = System.nanoTime();
        loadAverage = loadAverage();
    }

    /** The machine's 1-minute load average when the phase ended: how much else ran beside it. */
    double loadAverageAtEnd() {
        return loadAverage;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    double seconds() {
        return seconds(endNanos == 0 ? System.nanoTime() : endNanos);
    }

    private double seconds(long at) {
        return (at - startNanos) / 1e9;
    }

    OpStats op(Operation op) {
        return ops.get(op);
    }

    long count(Outcome outcome) {
        long n = 0;
        for (OpStats s : ops.values()) {
            n += s.count(outcome);
        }
        return n;
    }

    boolean has(Operation op) {
        return ops.get(op).total() > 0;
    }

    double rate(Operation op) {
        return ops.get(op).count(Outcome.OK) / seconds();
    }

    /** Successes and failures per second: "ok/failed" for each second of the phase. */
    String timeline() {
        StringBuilder sb = new StringBuilder();
        int last = (int) Math.min(3599, Math.ceil(seconds()));
        for (int s = 0; s < last; s++) {
            sb.append(s % 10 == 0 ? String.format(Locale.ROOT, "%n      %3ds:", s) : "").append(' ')
                    .append(okPerSecond.get(s)).append('/').append(failedPerSecond.get(s));
        }
        return sb.toString();
    }

    /** Answers and latencies of one kind of operation. */
    static final class OpStats {
        private final long[] counts = new long[Outcome.values().length];
        private long[] latencies = new long[1024];
        private int size;

        synchronized void add(Outcome outcome, long nanos) {
            counts[outcome.ordinal()]++;
            if (outcome == Outcome.OK) {
                if (size == latencies.length) {
                    latencies = Arrays.copyOf(latencies, size * 2);
                }
                latencies[size++] = nanos;
            }
        }

        synchronized long count(Outcome outcome) {
            return counts[outcome.ordinal()];
        }

        synchronized long total() {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            return n;
        }

        /** The latency below which the fraction {@code q} of the successful requests finished, in milliseconds. */
        synchronized double percentileMs(double q) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(latencies, size);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(q * size) - 1;
            return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
        }
    }
}
