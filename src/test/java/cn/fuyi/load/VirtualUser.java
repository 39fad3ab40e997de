package cn.fuyi.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One clerk at a keyboard with no pause between requests: its own HTTP client (a kept-alive connection to one
 * instance), a request at a time. When its instance does not answer it moves on to the next one, as a load balancer
 * would send it there, and tries its own again 5 s later; the failed request is counted, never silently retried.
 */
final class VirtualUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long BACK_HOME_AFTER_NANOS = 5_000_000_000L;

    private final int number;
    private final Workload work;
    private final HttpClient http;
    private final Random rnd;
    private final int home;
    private int instance;
    private long awaySince;

    VirtualUser(int number, Workload work) {
        this.number = number;
        this.work = work;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        this.rnd = new Random(number * 7919L + System.nanoTime());
        this.home = number % work.instances.size();
        this.instance = home;
    }

    /** Sends requests of the workload's mix until the phase's deadline. */
    void run(PhaseStats stats) {
        while (System.nanoTime() < stats.deadline() && !Thread.currentThread().isInterrupted()) {
            Operation op = work.pick(rnd);
            switch (op) {
                case INTAKE -> intake(stats);
                case TRANSITION -> transition(stats);
                case READ -> read(stats);
                case WORKLIST -> worklist(stats);
                case STATISTICS -> statistics(stats);
                default -> throw new IllegalStateException(op.name());
            }
        }
    }

    // ---- operations ------------------------------------------------------------------------------------------

    void intake(PhaseStats stats) {
        Workload.Organ organ = work.intakeOrgan(rnd);
        long respondent = organ.respondents().get(rnd.nextInt(organ.respondents().size()));
        LocalDate received = work.receivedDate(rnd);
        String requestId = work.ledger.nextRequestId();
        Answer a = send(stats, Operation.INTAKE, request("/api/v1/reconsiderations", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(Workload.application(organ.id(), respondent, received, requestId))));
        long id = 0;
        String number = null;
        if (a.outcome == Outcome.OK) {
            try {
                JsonNode body = JSON.readTree(a.body);
                id = body.get("id").asLong();
                number = body.get("caseNumber").asText();
                work.created(new Workload.KnownCase(id, number, organ.id(), received));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("an intake answered 201 with an unreadable body: " + a.body, e);
            }
        }
        work.ledger.record(new Ledger.Attempt(requestId, Operation.INTAKE, null, a.forLedger(), id, number, organ.id(),
                received.getYear(), received));
    }

    /** Accepts a received case, or assigns a clerk to an accepted one: the ETag from an audited read, then If-Match. */
    void transition(PhaseStats stats) {
        boolean accept = rnd.nextBoolean();
        Workload.KnownCase c = accept ? work.nextToAccept() : work.anyAccepted(rnd);
        if (c == null) {
            accept = !accept;
            c = accept ? work.nextToAccept() : work.anyAccepted(rnd);
        }
        if (c == null) {
            intake(stats);
            return;
        }
        Answer read = readCase(stats, c);
        if (read.outcome != Outcome.OK) {
            if (accept) {
                work.giveBack(c);
            }
            return;
        }
        String step = accept ? "accept" : "assign-clerk";
        String body = accept ? "{\"date\":\"" + c.received() + "\"}"
                : "{\"clerk\":\"load.clerk" + number + "\",\"clerkName\":\"承办人" + number + "\"}";
        String requestId = work.ledger.nextRequestId();
        Answer a = send(stats, Operation.TRANSITION, request("/api/v1/reconsiderations/" + c.id() + "/transitions/" + step, requestId)
                .header("If-Match", read.etag).POST(HttpRequest.BodyPublishers.ofString(body)));
        work.ledger.record(new Ledger.Attempt(requestId, Operation.TRANSITION, step, a.forLedger(), c.id(), c.caseNumber(), c.organId(),
                c.received().getYear(), c.received()));
        if (a.outcome == Outcome.OK && accept) {
            work.accepted(c);
        } else if (accept && a.forLedger().notApplied() && a.outcome != Outcome.CONFLICT) {
            work.giveBack(c);
        }
    }

    void read(PhaseStats stats) {
        Workload.KnownCase c = work.anyCase(rnd);
        if (c == null) {
            intake(stats);
            return;
        }
        readCase(stats, c);
    }

    private Answer readCase(PhaseStats stats, Workload.KnownCase c) {
        String requestId = work.ledger.nextRequestId();
        Answer a = send(stats, Operation.READ, request("/api/v1/reconsiderations/" + c.id(), requestId).GET());
        // java.net.http sends a GET again by itself when its kept-alive connection broke; when that second attempt is
        // refused, the first may still have been served: for the ledger the answer was lost, not refused
        Outcome outcome = a.outcome == Outcome.REFUSED ? Outcome.NO_ANSWER : a.forLedger();
        work.ledger.record(new Ledger.Attempt(requestId, Operation.READ, null, outcome, c.id(), c.caseNumber(), c.organId(),
                c.received().getYear(), c.received()));
        return a;
    }

    void worklist(PhaseStats stats) {
        Workload.Organ organ = work.organs.get(rnd.nextInt(work.organs.size()));
        String query = switch (rnd.nextInt(3)) {
            case 0 -> "organId=" + organ.id() + "&state=RECEIVED&sort=-receivedDate&size=20";
            case 1 -> "organId=" + organ.id() + "&dueWithinDays=15&sort=nextDueDate&size=20";
            default -> {
                Workload.KnownCase c = work.anyCase(rnd);
                yield "q=" + URLEncoder.encode(c == null ? organ.numberPrefix() : c.caseNumber(), StandardCharsets.UTF_8) + "&size=20";
            }
        };
        send(stats, Operation.WORKLIST, request("/api/v1/reconsiderations?" + query, null).GET());
    }

    void statistics(PhaseStats stats) {
        Workload.Organ organ = work.organs.get(rnd.nextInt(work.organs.size()));
        int year = work.years.get(rnd.nextInt(work.years.size()));
        send(stats, Operation.STATISTICS, request("/api/v1/statistics/reconsideration?organId=" + organ.id() + "&year=" + year, null)
                .setHeader("Authorization", work.statisticianToken).GET());
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private record Answer(Outcome outcome, String body, String etag) {

        /**
         * The outcome as the ledger keeps it: what the answer says about whether the write took place. Fuyi answers a
         * connection lost while committing with 503 DATABASE_UNAVAILABLE, the change possibly saved, so that 503 is
         * as uncertain as no answer at all.
         */
        Outcome forLedger() {
            if (outcome == Outcome.UNAVAILABLE && body != null && body.contains("\"DATABASE_UNAVAILABLE\"")) {
                return Outcome.NO_ANSWER;
            }
            return outcome;
        }
    }

    private HttpRequest.Builder request(String pathAndQuery, String requestId) {
        if (instance != home && System.nanoTime() - awaySince > BACK_HOME_AFTER_NANOS) {
            // as a load balancer's health check would, send the user back to its own instance once in a while: a
            // restarted instance gets its share of the traffic again
            instance = home;
        }
        URI uri = work.instances.get(instance).base().resolve(pathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Content-Type", "application/json").setHeader("Authorization", work.clerkToken);
        if (requestId != null) {
            b.header("X-Request-Id", requestId);
        }
        return b;
    }

    private Answer send(PhaseStats stats, Operation op, HttpRequest.Builder b) {
        HttpRequest req = b.build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            Outcome outcome = Outcome.of(r.statusCode());
            stats.record(op, outcome, System.nanoTime() - start);
            if (outcome != Outcome.OK) {
                work.unexpected(stats.name, req.method(), req.uri().getPath(), r.statusCode(), r.body());
            }
            if (outcome == Outcome.UNAVAILABLE) {
                // as a well-behaved client: wait as long as Retry-After says (at most 2 s) before the next request
                pause(1000L * Math.min(2, r.headers().firstValueAsLong("Retry-After").orElse(0)) + 20);
            }
            return new Answer(outcome, r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            Outcome outcome = Outcome.of(e);
            stats.record(op, outcome, System.nanoTime() - start);
            // the instance is down or its connection broke: the next request goes to the next instance
            if (instance == home) {
                awaySince = System.nanoTime();
            }
            instance = (instance + 1) % work.instances.size();
            if (outcome == Outcome.REFUSED) {
                pause(50);
            }
            return new Answer(outcome, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.NO_ANSWER, null, null);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
