package cn.fuyi.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After the run: proves from the database and the API that every acknowledged write is stored exactly once, that no
 * write refused by its answer is stored, that case numbers are unique and without gaps per organ and year, that
 * the audit chain verifies, and that the change feed holds every event once at consecutive positions.
 */
final class Reconciliation {

    record Check(String name, boolean passed, String detail) {
        String line() {
            return String.format(Locale.ROOT, "  [%s] %-58s %s", passed ? "ok" : "FAIL", name, detail);
        }
    }

    /** A stored case of the run. */
    private record StoredCase(long id, long organId, int year, int seq, String number, String requestId) {
    }

    /** An audit record of the run, found by the request id the harness sent. */
    private record Audited(String operation, long subjectId) {
    }

    private final Ledger ledger;
    private final Database db;
    private final ApiClient auditor;
    private final List<Workload.Organ> organs;
    private final List<Check> checks = new ArrayList<>();

    Reconciliation(Ledger ledger, Database db, ApiClient auditor, List<Workload.Organ> organs) {
        this.ledger = ledger;
        this.db = db;
        this.auditor = auditor;
        this.organs = organs;
    }

    List<Check> run() throws SQLException, IOException, InterruptedException {
        Map<Long, StoredCase> cases = new HashMap<>();
        Map<String, List<StoredCase>> casesByRequest = new HashMap<>();
        Map<String, List<Audited>> audited = new HashMap<>();
        Map<Long, Map<String, Integer>> caseEvents = new HashMap<>();
        long auditRows;
        long eventRows;
        String organIds = organs.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, organ_id, case_year, case_seq, case_number, act_document_number"
                    + " FROM reconsideration_case WHERE organ_id IN (" + organIds + ")")) {
                while (rs.next()) {
                    StoredCase s = new StoredCase(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6));
                    cases.put(s.id(), s);
                    casesByRequest.computeIfAbsent(s.requestId(), k -> new ArrayList<>()).add(s);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT request_id, operation, subject_id FROM audit_record WHERE request_id LIKE ?")) {
                ps.setString(1, ledger.runId() + "-%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        audited.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Audited(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT e.case_id, e.transition, COUNT(*) FROM case_event e JOIN reconsideration_case k"
                    + " ON k.id = e.case_id WHERE k.organ_id IN (" + organIds + ") GROUP BY e.case_id, e.transition")) {
                while (rs.next()) {
                    caseEvents.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
            auditRows = count(st, "SELECT COUNT(*) FROM audit_record");
            eventRows = count(st, "SELECT COUNT(*) FROM change_event");
            long audit = count(st, "SELECT COUNT(*) FROM audit_record WHERE seq IS NULL");
            long feed = count(st, "SELECT COUNT(*) FROM change_event WHERE seq IS NULL");
            checks.add(new Check("every committed audit record and feed event sequenced", audit + feed == 0,
                    String.format(Locale.ROOT, "%d audit records, %d feed events without a position", audit, feed)));
        }

        intakes(cases, casesByRequest, audited);
        numbering(cases);
        steps(cases, audited, caseEvents);
        reads(audited);
        auditChain(auditRows);
        feed(cases, caseEvents, eventRows);
        return checks;
    }

    private void intakes(Map<Long, StoredCase> cases, Map<String, List<StoredCase>> byRequest, Map<String, List<Audited>> audited) {
        int missing = 0;
        int mismatched = 0;
        int auditMissing = 0;
        List<String> examples = new ArrayList<>();
        List<Ledger.Attempt> acked = ledger.acknowledged(Operation.INTAKE);
        for (Ledger.Attempt a : acked) {
            StoredCase s = cases.get(a.caseId());
            if (s == null) {
                missing++;
                example(examples, "acknowledged case " + a.caseId() + " (" + a.caseNumber() + ") not found");
            } else if (!s.number().equals(a.caseNumber()) || !a.requestId().equals(s.requestId())) {
                mismatched++;
                example(examples, "case " + a.caseId() + " stored as " + s.number() + "/" + s.requestId() + ", acknowledged as "
                        + a.caseNumber() + "/" + a.requestId());
            }
            List<Audited> records = audited.getOrDefault(a.requestId(), List.of());
            if (records.stream().filter(r -> r.operation().equals("RECEIVE") && r.subjectId() == a.caseId()).count() != 1) {
                auditMissing++;
                example(examples, "intake " + a.requestId() + ": " + records.size() + " audit records " + records);
            }
        }
        checks.add(new Check("every acknowledged intake stored, as acknowledged", missing + mismatched == 0,
                String.format(Locale.ROOT, "%d acknowledged, %d missing, %d different", acked.size(), missing, mismatched)));
        checks.add(new Check("every acknowledged intake has its one RECEIVE audit record", auditMissing == 0,
                auditMissing + " without exactly one"));

        int duplicates = 0;
        int refusedButStored = 0;
        int unknown = 0;
        int storedWithoutAnswer = 0;
        for (Map.Entry<String, List<StoredCase>> e : byRequest.entrySet()) {
            Ledger.Attempt a = e.getKey() == null ? null : ledger.get(e.getKey());
            if (e.getValue().size() > 1) {
                duplicates += e.getValue().size() - 1;
                example(examples, "request " + e.getKey() + " stored " + e.getValue().size() + " times: " + e.getValue());
            }
            if (a == null || a.op() != Operation.INTAKE) {
                if (e.getKey() == null || e.getKey().startsWith(ledger.runId() + "-")) {
                    unknown += e.getValue().size();
                    example(examples, "stored case(s) " + e.getValue() + " of no intake the harness sent");
                }
            } else if (a.outcome().notApplied()) {
                refusedButStored++;
                example(examples, "intake " + a.requestId() + " answered " + a.outcome().label + " but stored as " + e.getValue());
            } else if (a.outcome() != Outcome.OK) {
                storedWithoutAnswer++;
            }
        }
        checks.add(new Check("no intake stored twice (by request id)", duplicates == 0, duplicates + " duplicates"));
        checks.add(new Check("no intake stored that its answer refused, none unknown", refusedButStored + unknown == 0,
                String.format(Locale.ROOT, "%d refused but stored, %d unknown; %d stored though their answer was lost or a 500 (allowed)",
                        refusedButStored, unknown, storedWithoutAnswer)));
        detail(examples);
    }

    private void numbering(Map<Long, StoredCase> cases) {
        Map<String, List<StoredCase>> groups = new HashMap<>();
        for (StoredCase s : cases.values()) {
            groups.computeIfAbsent(s.organId() + "/" + s.year(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, Workload.Organ> byId = organs.stream().collect(Collectors.toMap(Workload.Organ::id, o -> o));
        int bad = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<StoredCase>> e : groups.entrySet()) {
            List<StoredCase> list = e.getValue();
            boolean[] seen = new boolean[list.size() + 1];
            for (StoredCase s : list) {
                String expected = byId.get(s.organId()).numberPrefix() + "〔" + s.year() + "〕" + s.seq() + "号";
                if (s.seq() < 1 || s.seq() > list.size() || seen[s.seq()] || !expected.equals(s.number())) {
                    bad++;
                    example(examples, "organ/year " + e.getKey() + ": " + list.size() + " cases, case " + s.id() + " has seq " + s.seq()
                            + " number " + s.number());
                } else {
                    seen[s.seq()] = true;
                }
            }
        }
        checks.add(new Check("case numbers unique and gapless per organ and year", bad == 0,
                String.format(Locale.ROOT, "%d cases in %d organ-years, %d out of sequence", cases.size(), groups.size(), bad)));
        detail(examples);
    }

    private void steps(Map<Long, StoredCase> cases, Map<String, List<Audited>> audited, Map<Long, Map<String, Integer>> caseEvents) {
        int ackedBad = 0;
        int refusedButStored = 0;
        int acked = 0;
        List<String> examples = new ArrayList<>();
        // per case and step: the acknowledged attempts and those without an answer
        Map<Long, Map<String, int[]>> expected = new HashMap<>();
        for (Ledger.Attempt a : ledger.attempts()) {
            if (a.op() != Operation.TRANSITION) {
                continue;
            }
            String operation = a.step().toUpperCase(Locale.ROOT).replace('-', '_');
            List<Audited> records = audited.getOrDefault(a.requestId(), List.of());
            long matching = records.stream().filter(r -> r.operation().equals(operation) && r.subjectId() == a.caseId()).count();
            int[] counts = expected.computeIfAbsent(a.caseId(), k -> new HashMap<>()).computeIfAbsent(operation, k -> new int[2]);
            if (a.outcome() == Outcome.OK) {
                acked++;
                counts[0]++;
                if (matching != 1 || records.size() != 1) {
                    ackedBad++;
                    example(examples, "step " + a.requestId() + " " + a.step() + " on case " + a.caseId() + ": audit records " + records);
                }
            } else if (a.outcome().notApplied()) {
                if (!records.isEmpty()) {
                    refusedButStored++;
                    example(examples, "step " + a.requestId() + " answered " + a.outcome().label + " but audited " + records);
                }
            } else {
                counts[1]++;
            }
        }
        checks.add(new Check("every acknowledged step audited once, none refused audited", ackedBad + refusedButStored == 0,
                String.format(Locale.ROOT, "%d acknowledged, %d not once, %d refused but audited", acked, ackedBad, refusedButStored)));

        int eventsBad = 0;
        for (StoredCase s : cases.values()) {
            Map<String, Integer> events = caseEvents.getOrDefault(s.id(), Map.of());
            if (events.getOrDefault("RECEIVE", 0) != 1) {
                eventsBad++;
                example(examples, "case " + s.id() + " has " + events.getOrDefault("RECEIVE", 0) + " RECEIVE events");
            }
            for (Map.Entry<String, int[]> e : expected.getOrDefault(s.id(), Map.of()).entrySet()) {
                int stored = events.getOrDefault(e.getKey(), 0);
                int[] n = e.getValue();
                if (stored < n[0] || stored > n[0] + n[1]) {
                    eventsBad++;
                    example(examples, "case " + s.id() + ": " + stored + " " + e.getKey() + " events, " + n[0] + " acknowledged, " + n[1]
                            + " unanswered");
                }
            }
        }
        checks.add(new Check("case history: one RECEIVE per case, each acknowledged step once", eventsBad == 0,
                eventsBad + " cases whose events differ from what was acknowledged"));
        detail(examples);
    }

    private void reads(Map<String, List<Audited>> audited) {
        int acked = 0;
        int bad = 0;
        int refusedButAudited = 0;
        List<String> examples = new ArrayList<>();
        for (Ledger.Attempt a : ledger.attempts()) {
            if (a.op() != Operation.READ) {
                continue;
            }
            List<Audited> records = audited.getOrDefault(a.requestId(), List.of());
            if (a.outcome() == Outcome.OK) {
                acked++;
                if (records.size() != 1 || !records.get(0).operation().equals("READ_PERSONAL_DATA") || records.get(0).subjectId() != a.caseId()) {
                    bad++;
                    example(examples, "read " + a.requestId() + " of case " + a.caseId() + ": audit records " + records);
                }
            } else if (a.outcome().notApplied() && !records.isEmpty()) {
                refusedButAudited++;
                example(examples, "read " + a.requestId() + " answered " + a.outcome().label + " but audited " + records);
            }
        }
        checks.add(new Check("every answered read of personal data audited once", bad + refusedButAudited == 0,
                String.format(Locale.ROOT, "%d answered, %d not once, %d refused but audited", acked, bad, refusedButAudited)));
        detail(examples);
    }

    private void auditChain(long rows) throws IOException, InterruptedException {
        ApiClient.Reply r = auditor.get("/api/v1/audit/verify");
        JsonNode v = r.json();
        boolean intact = r.status() == 200 && v != null && v.path("intact").asBoolean(false);
        long checked = v == null ? -1 : v.path("checked").asLong(-1);
        checks.add(new Check("audit chain verifies (GET /api/v1/audit/verify)", intact && checked == rows,
                r.status() == 200 ? String.format(Locale.ROOT, "intact=%s, %d records checked of %d stored%s", intact, checked, rows,
                        intact ? "" : ", first broken " + v.path("firstBrokenSeq").asText()) : r.status() + " " + r.text()));
    }

    private void feed(Map<Long, StoredCase> cases, Map<Long, Map<String, Integer>> caseEvents, long rows)
            throws IOException, InterruptedException {
        long after = 0;
        long expectedSeq = 1;
        long read = 0;
        int gaps = 0;
        List<String> examples = new ArrayList<>();
        Map<Long, Integer> received = new HashMap<>();
        Map<Long, Map<String, Integer>> transitions = new HashMap<>();
        while (true) {
            ApiClient.Reply r = auditor.get("/api/v1/feed?after=" + after + "&limit=1000");
            JsonNode page = auditor.expect(200, r, "GET /api/v1/feed");
            for (JsonNode e : page.path("events")) {
                long seq = e.path("seq").asLong();
                read++;
                if (seq != expectedSeq) {
                    gaps++;
                    example(examples, "feed position " + seq + " where " + expectedSeq + " was expected");
                }
                expectedSeq = seq + 1;
                if (!"RECONSIDERATION_CASE".equals(e.path("subjectType").asText())) {
                    continue;
                }
                long caseId = e.path("subjectId").asLong();
                if (!cases.containsKey(caseId)) {
                    continue;
                }
                String type = e.path("type").asText();
                if (type.equals("CASE_RECEIVED")) {
                    received.merge(caseId, 1, Integer::sum);
                } else {
                    transitions.computeIfAbsent(caseId, k -> new HashMap<>()).merge(e.path("payload").path("transition").asText(), 1, Integer::sum);
                }
            }
            long next = page.path("nextCursor").asLong();
            if (!page.path("hasMore").asBoolean() || next == after) {
                break;
            }
            after = next;
        }
        checks.add(new Check("feed positions consecutive from 1, all stored events served", gaps == 0 && read == rows,
                String.format(Locale.ROOT, "%d events read, %d stored, %d gaps or repeats", read, rows, gaps)));

        int receivedBad = 0;
        int stepsBad = 0;
        for (StoredCase s : cases.values()) {
            int n = received.getOrDefault(s.id(), 0);
            if (n != 1) {
                receivedBad++;
                example(examples, "case " + s.id() + " has " + n + " CASE_RECEIVED events");
            }
            Map<String, Integer> inFeed = transitions.getOrDefault(s.id(), Map.of());
            Map<String, Integer> stored = new HashMap<>(caseEvents.getOrDefault(s.id(), Map.of()));
            stored.remove("RECEIVE");
            if (!inFeed.equals(stored)) {
                stepsBad++;
                example(examples, "case " + s.id() + ": steps in the feed " + inFeed + ", in its history " + stored);
            }
        }
        checks.add(new Check("feed: one CASE_RECEIVED per stored case", receivedBad == 0,
                String.format(Locale.ROOT, "%d cases, %d without exactly one", cases.size(), receivedBad)));
        checks.add(new Check("feed: each step of the case history once", stepsBad == 0, stepsBad + " cases differ"));
        detail(examples);
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void example(List<String> examples, String s) {
        if (examples.size() < 5) {
            examples.add(s);
        }
    }

    private void detail(List<String> examples) {
        for (String s : examples) {
            checks.add(new Check("  e.g.", false, s));
        }
        examples.clear();
    }
}
