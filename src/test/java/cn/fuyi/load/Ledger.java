package cn.fuyi.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write the harness attempted, by its request id ({@code X-Request-Id}, which Fuyi stores on the audit
 * record, and for an intake also the act's document number, which is stored on the case), with how it ended. The
 * reconciliation compares this with the database: an acknowledged write must be there exactly once, a write
 * refused by its answer not at all, and one left without an answer at most once.
 */
final class Ledger {

    /** One write attempt. {@code caseId} is the case written to (for an intake: the new case, when acknowledged). */
    record Attempt(String requestId, Operation op, String step, Outcome outcome, long caseId, String caseNumber, long organId,
            int year, LocalDate received) {
    }

    private final String runId;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    Ledger(String runId) {
        this.runId = runId;
    }

    String runId() {
        return runId;
    }

    /** A new request id, unique within the run and recognisable as the run's: {@code <run>-<n>}. */
    String nextRequestId() {
        return runId + "-" + counter.incrementAndGet();
    }

    void record(Attempt a) {
        attempts.put(a.requestId(), a);
    }

    Collection<Attempt> attempts() {
        return attempts.values();
    }

    Attempt get(String requestId) {
        return attempts.get(requestId);
    }

    List<Attempt> acknowledged(Operation op) {
        List<Attempt> out = new ArrayList<>();
        for (Attempt a : attempts.values()) {
            if (a.op() == op && a.outcome() == Outcome.OK) {
                out.add(a);
            }
        }
        return out;
    }

    long count(Operation op, Outcome outcome) {
        return attempts.values().stream().filter(a -> a.op() == op && a.outcome() == outcome).count();
    }

    /** The acknowledged writes as CSV, for looking into a failed reconciliation by hand. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("request_id,operation,step,outcome,case_id,case_number,organ_id,year,received\n");
            for (Attempt a : attempts.values()) {
                w.write(String.join(",", a.requestId(), a.op().name(), a.step() == null ? "" : a.step(), a.outcome().name(),
                        String.valueOf(a.caseId()), a.caseNumber() == null ? "" : a.caseNumber(), String.valueOf(a.organId()),
                        String.valueOf(a.year()), a.received() == null ? "" : a.received().toString()));
                w.write('\n');
            }
        }
    }
}
