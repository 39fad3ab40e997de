package cn.fuyi.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary of a run: printed, and written to target/load-results.txt (and a copy per setup under target/load/). */
final class LoadReport {

    private final StringBuilder out = new StringBuilder();
    private final List<String> failures = new ArrayList<>();

    LoadReport line(String s) {
        out.append(s).append('\n');
        return this;
    }

    LoadReport line(String format, Object... args) {
        return line(String.format(Locale.ROOT, format, args));
    }

    void fail(String why) {
        failures.add(why);
    }

    List<String> failures() {
        return failures;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %7s %-13s %9s %8s %8s %8s %8s %7s %7s %6s %6s %7s %7s %5s",
                "phase", "clients", "operation", "ok/s", "p50 ms", "p95 ms", "p99 ms", "2xx", "409/412", "4xx", "503", "5xx",
                "refused", "no ans.", "load");
    }

    void phase(PhaseStats p) {
        for (Operation op : Operation.values()) {
            if (!p.has(op)) {
                continue;
            }
            PhaseStats.OpStats s = p.op(op);
            line("%-22s %7d %-13s %9.1f %8.1f %8.1f %8.1f %8d %7d %7d %6d %6d %7d %7d %5.1f", p.name, p.clients, op.label, p.rate(op),
                    s.percentileMs(0.50), s.percentileMs(0.95), s.percentileMs(0.99), s.count(Outcome.OK), s.count(Outcome.CONFLICT),
                    s.count(Outcome.CLIENT_ERROR), s.count(Outcome.UNAVAILABLE), s.count(Outcome.SERVER_ERROR), s.count(Outcome.REFUSED),
                    s.count(Outcome.NO_ANSWER), p.loadAverageAtEnd());
        }
        if (p.cpuNote != null) {
            line("%-22s %7s   %s", "", "", p.cpuNote);
        }
        if (p.databaseNote != null) {
            line("%-22s %7s   database: %s", "", "", p.databaseNote);
        }
    }

    String text() {
        StringBuilder s = new StringBuilder(out);
        s.append(failures.isEmpty() ? "RESULT: PASSED\n" : "RESULT: FAILED\n");
        for (String f : failures) {
            s.append("  - ").append(f).append('\n');
        }
        return s.toString();
    }

    void write(Path projectDir, Path workDir, String setup) throws IOException {
        String text = text();
        System.out.println(text);
        Files.createDirectories(workDir);
        Files.writeString(projectDir.resolve("target/load-results.txt"), text);
        Files.writeString(workDir.resolve("results-" + setup + ".txt"), text);
    }
}
