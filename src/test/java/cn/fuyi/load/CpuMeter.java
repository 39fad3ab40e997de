package cn.fuyi.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The processor time the application's instances, the database server(s) and the harness itself used in a phase,
 * read from /proc: on a machine with two cores it tells which of them the requests wait for.
 */
final class CpuMeter {

    /** Linux's USER_HZ: the unit of utime and stime in /proc/[pid]/stat. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Supplier<List<Long>>> groups = new LinkedHashMap<>();
    private Map<Long, Long> atStart = Map.of();

    CpuMeter group(String name, Supplier<List<Long>> pids) {
        groups.put(name, pids);
        return this;
    }

    void start() {
        atStart = ticksOfAll();
    }

    /** Cores used by each group over the phase, and processor milliseconds per successful request. */
    String stop(double seconds, long requests) {
        Map<Long, Long> end = ticksOfAll();
        StringBuilder sb = new StringBuilder("processor time:");
        double total = 0;
        for (Map.Entry<String, Supplier<List<Long>>> g : groups.entrySet()) {
            long ticks = 0;
            for (long pid : g.getValue().get()) {
                Long before = atStart.get(pid);
                Long after = end.get(pid);
                // a process started during the phase (a restarted instance) counts from its start
                ticks += after == null ? 0 : after - (before == null ? 0 : before);
            }
            double cpuSeconds = ticks / TICKS_PER_SECOND;
            total += cpuSeconds;
            sb.append(String.format(Locale.ROOT, " %s %.2f cores%s;", g.getKey(), cpuSeconds / seconds,
                    requests > 0 ? String.format(Locale.ROOT, " (%.1f ms per request)", 1000 * cpuSeconds / requests) : ""));
        }
        sb.append(String.format(Locale.ROOT, " together %.2f of %d cores", total / seconds, Runtime.getRuntime().availableProcessors()));
        return sb.toString();
    }

    private Map<Long, Long> ticksOfAll() {
        Map<Long, Long> m = new HashMap<>();
        for (Supplier<List<Long>> g : groups.values()) {
            for (long pid : g.get()) {
                long t = ticks(pid);
                if (t >= 0) {
                    m.put(pid, t);
                }
            }
        }
        return m;
    }

    /** utime + stime of the process, or -1 when it is gone. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name in parentheses may hold spaces: count the fields after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
