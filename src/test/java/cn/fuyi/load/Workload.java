package cn.fuyi.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared state of the virtual users: the run's organs, respondents and tokens, the cases created so far (read,
 * listed and moved on by later requests), and the request bodies. Intakes go half to one "hot" organ, so that they
 * queue on its case numbers, and half spread over the others; their received dates spread over three years.
 */
final class Workload {

    record Organ(long id, String name, String numberPrefix, List<Long> respondents) {
    }

    /** A case the harness created and knows to exist. */
    record KnownCase(long id, String caseNumber, long organId, LocalDate received) {
    }

    final List<Organ> organs;
    final List<Integer> years;
    final LocalDate today;
    final String clerkToken;
    final String statisticianToken;
    final Ledger ledger;
    final List<AppInstance> instances;
    private final Map<Operation, Integer> mix = new EnumMap<>(Operation.class);
    private int mixTotal;

    private final ConcurrentLinkedQueue<KnownCase> toAccept = new ConcurrentLinkedQueue<>();
    private final CaseBook known = new CaseBook();
    private final CaseBook accepted = new CaseBook();
    private final Map<String, Unexpected> unexpected = new LinkedHashMap<>();

    Workload(List<Organ> organs, List<Integer> years, LocalDate today, String clerkToken, String statisticianToken, Ledger ledger,
            List<AppInstance> instances) {
        this.organs = organs;
        this.years = years;
        this.today = today;
        this.clerkToken = clerkToken;
        this.statisticianToken = statisticianToken;
        this.ledger = ledger;
        this.instances = instances;
    }

    /** The share of each kind of operation from now on (weights). */
    synchronized void mix(Map<Operation, Integer> weights) {
        mix.clear();
        mix.putAll(weights);
        mixTotal = weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized Operation pick(Random rnd) {
        int r = rnd.nextInt(mixTotal);
        for (Map.Entry<Operation, Integer> e : mix.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    // ---- intakes ---------------------------------------------------------------------------------------------

    Organ intakeOrgan(Random rnd) {
        return rnd.nextBoolean() ? organs.get(0) : organs.get(1 + rnd.nextInt(organs.size() - 1));
    }

    LocalDate receivedDate(Random rnd) {
        int year = years.get(rnd.nextInt(years.size()));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return first.plusDays(rnd.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }

    /** An application as a clerk enters it; the request id goes into the act's document number, stored on the case. */
    static String application(long organId, long respondentId, LocalDate received, String requestId) {
        LocalDate act = received.minusDays(20);
        return "{\"organId\":" + organId + ",\"receivedDate\":\"" + received + "\",\"channel\":\"IN_PERSON\","
                + "\"applicants\":[{\"kind\":\"NATURAL_PERSON\",\"name\":\"王建国\",\"idType\":\"RESIDENT_ID_CARD\","
                + "\"idNumber\":\"11010519491231002X\",\"phone\":\"13912345678\",\"address\":\"江苏省太仓市城厢镇人民路1号\"}],"
                + "\"respondentId\":" + respondentId + ",\"actCategory\":\"ADMINISTRATIVE_PENALTY\",\"actDomain\":\"MARKET_REGULATION\","
                + "\"actDescription\":\"行政处罚决定\",\"actDocumentNumber\":\"" + requestId + "\",\"actDate\":\"" + act + "\","
                + "\"request\":\"请求撤销行政处罚决定\"}";
    }

    void created(KnownCase c) {
        known.add(c);
        toAccept.add(c);
    }

    // ---- cases for reads and steps -----------------------------------------------------------------------------

    KnownCase anyCase(Random rnd) {
        return known.pick(rnd);
    }

    KnownCase nextToAccept() {
        return toAccept.poll();
    }

    void giveBack(KnownCase c) {
        toAccept.add(c);
    }

    void accepted(KnownCase c) {
        accepted.add(c);
    }

    KnownCase anyAccepted(Random rnd) {
        return accepted.pick(rnd);
    }

    // ---- answers worth showing ---------------------------------------------------------------------------------

    /** Counts an unexpected answer by phase, request (ids left out), status and problem code; keeps the first body. */
    void unexpected(String phase, String method, String path, int status, String body) {
        String code = "";
        if (body != null) {
            Matcher m = PROBLEM_CODE.matcher(body);
            code = m.find() ? " " + m.group(1) : "";
        }
        String key = phase + ": " + method + " " + path.replaceAll("/\\d+", "/{id}") + " -> " + status + code;
        synchronized (unexpected) {
            Unexpected u = unexpected.computeIfAbsent(key, k -> new Unexpected(body));
            u.count++;
        }
    }

    List<String> unexpectedAnswers() {
        List<String> out = new ArrayList<>();
        synchronized (unexpected) {
            unexpected.forEach((k, u) -> out.add(String.format(Locale.ROOT, "%6d × %s%n           first: %s", u.count, k, u.firstBody)));
        }
        return out;
    }

    private static final Pattern PROBLEM_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private static final class Unexpected {
        final String firstBody;
        long count;

        Unexpected(String body) {
            String b = body == null ? "" : body.replaceAll("\\s+", " ");
            this.firstBody = b.length() > 400 ? b.substring(0, 400) + "…" : b;
        }
    }

    /** A growing list to pick from at random. */
    private static final class CaseBook {
        private final List<KnownCase> cases = new ArrayList<>();

        synchronized void add(KnownCase c) {
            cases.add(c);
        }

        synchronized KnownCase pick(Random rnd) {
            return cases.isEmpty() ? null : cases.get(rnd.nextInt(cases.size()));
        }

        synchronized int size() {
            return cases.size();
        }
    }
}
