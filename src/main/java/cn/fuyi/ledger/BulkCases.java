package cn.fuyi.ledger;

import static cn.fuyi.ledger.CaseColumn.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.CaseEvent;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.acceptance.AcceptanceInputs;
import cn.fuyi.reconsideration.acceptance.AcceptanceReviewService;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.decision.DecisionInputs;
import cn.fuyi.reconsideration.decision.DecisionRules;
import cn.fuyi.reconsideration.decision.DecisionService;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.CaseNumbers;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.IntakeService;
import cn.fuyi.reconsideration.performance.Obligations;
import cn.fuyi.reconsideration.review.PartyOpinionService;

/**
 * The ledger import's bulk path for the common row — received, accepted or refused, decided, served, published —
 * that a new case reaches without any record beside the case itself. Each row is taken through the same steps as
 * {@link CaseImporter} takes it through the services, in memory: the step table ({@link Transition}), the steps' own
 * checks and facts (the static step bodies of the procedure services, {@link DecisionRules}), the deadlines
 * ({@code refreshDeadlines}, i.e. {@code CaseDeadlines}) and the feed payload of the engine, and the one audit record
 * of the import that {@link CaseImporter#write} leaves; then the
 * cases, parties, events, audit records, feed events and import rows of many rows are written with a few batched
 * inserts. A row with any other fact, or one the rules refuse here, is left to the engine path, which writes it or
 * reports the refusal exactly as before.
 */
@ApplicationScoped
public class BulkCases {

    /** The columns whose facts this path takes; a row with a value in any other column goes through the engine. */
    static final Set<CaseColumn> COVERED = EnumSet.of(CASE_NUMBER, RECEIVED, CHANNEL, APPLICANT, APPLICANT_KIND, RESPONDENT,
            CATEGORY, DOMAIN, ACT, ACT_DATE, ACT_KNOWN, REQUEST, CLERK, ACCEPTED, NOT_ACCEPTED, NOT_ACCEPTED_REASON, DECIDED,
            DECISION_TYPE, TERMINATION_GROUND, DECISION_REASON, SERVED, PUBLISHED, PUBLISHED_AT, NOT_PUBLISHED_REASON);

    /**
     * Decisions that need records beside the case (a mediation agreement, a withdrawal after settlement) or create
     * them (obligations), or take the dismissal step: the engine's.
     */
    static final Set<DecisionType> ENGINE_DECISIONS = EnumSet.of(DecisionType.DISMISS_APPLICATION, DecisionType.MEDIATION,
            DecisionType.ORDER_PERFORMANCE, DecisionType.AGREEMENT_ORDER, DecisionType.COMPENSATION_ORDER);

    @Inject
    IntakeService intake;
    @Inject
    ReconsiderationService cases;
    @Inject
    CaseNumbers numbers;
    @Inject
    AuditLog audit;
    @Inject
    EventRecorder events;
    @Inject
    TimeSource time;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;

    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    /** Cases this instance has written on the bulk path since it started (for logs and tests). */
    public long written() {
        return written.get();
    }

    /** Lookups remembered over a job's rows (respondents, whether a code may be used), and what earlier rows showed. */
    static final class Memo {
        final Map<Long, Respondent> respondents = new HashMap<>();
        final Map<String, Boolean> codes = new HashMap<>();
        /** The organ's cases terminated on a withdrawal, as the database had them when last loaded. */
        List<Withdrawn> saved = List.of();
        /** When {@link #saved} was loaded ({@link System#nanoTime}), or 0 before the first load. */
        long savedAt;
        /** The rows of this job so far that terminate a case on a withdrawal (the engine writes them). */
        final List<Withdrawn> inFile = new ArrayList<>();
    }

    /**
     * A case terminated on a withdrawal, as far as a later application may repeat it (ReapplicationCheck: same
     * respondent, the act by its date, an applicant in common; ledger rows carry no act number or ID number).
     */
    record Withdrawn(long respondentId, LocalDate actDate, Set<String> applicants) {

        boolean mayRepeat(CaseRow r) {
            return respondentId == r.respondentId && actDate != null && actDate.equals(r.date(ACT_DATE))
                    && r.applicants.stream().map(String::trim).anyMatch(applicants::contains);
        }
    }

    /** One row's case built in memory: the case as its last step left it, its parties, and what each step writes. */
    static final class Built {
        final CaseRow row;
        final ReconsiderationCase c;
        final List<CaseParty> parties;
        final CurrentUser.Provenance from;
        final List<CaseEvent> events = new ArrayList<>();
        /** The steps taken, in order, for the case's one audit record of its import ({@link AuditLog#imported}). */
        final List<String> steps = new ArrayList<>();
        final List<AuditLog.FeedEntry> feed = new ArrayList<>();

        Built(CaseRow row, ReconsiderationCase c, List<CaseParty> parties, CurrentUser.Provenance from) {
            this.row = row;
            this.c = c;
            this.parties = parties;
            this.from = from;
        }
    }

    /** The rule or condition that sends a row to the engine after all. */
    static final class ToEngine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ToEngine() {
            super(null, null, false, false);
        }
    }

    private record Step(LocalDate date, int order, Transition t, Function<ReconsiderationCase, EventData> body) {
    }

    /** Whether the row records only facts this path covers. */
    static boolean covers(CaseRow r) {
        for (CaseColumn c : r.text.keySet()) {
            if (!COVERED.contains(c)) {
                return false;
            }
        }
        for (CaseColumn c : r.dates.keySet()) {
            if (!COVERED.contains(c)) {
                return false;
            }
        }
        if (r.decisionType != null && ENGINE_DECISIONS.contains(r.decisionType)) {
            return false;
        }
        // a withdrawn case is what later applications are checked against (ReapplicationCheck): the engine's
        if (withdrawn(r)) {
            return false;
        }
        return !r.has(NOT_PUBLISHED_REASON) || r.date(SERVED) != null;
    }

    static boolean withdrawn(CaseRow r) {
        return r.decisionType == DecisionType.TERMINATION && (r.terminationGround == TerminationGround.WITHDRAWN
                || r.terminationGround == TerminationGround.WITHDRAWN_AFTER_SETTLEMENT);
    }

    /**
     * How long a job keeps the organ's withdrawn cases before it reads them again. The rows of the job itself are
     * followed in {@link Memo#inFile}; only a withdrawal entered through the API while the job runs is seen up to this
     * late (a row checked against it then goes to the engine, which records the ARL 74 ¶2 warning). Reading them for
     * every chunk cost a scan of the organ's cases each time (no index covers the termination ground), growing with
     * every chunk written: 38 s of a 100,000-row import.
     */
    static final long WITHDRAWN_REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    /**
     * Loads the organ's cases terminated on a withdrawal (usually few) for {@link #build} to check rows against, unless
     * they were loaded less than {@link #WITHDRAWN_REFRESH_NANOS} ago.
     */
    void loadWithdrawn(long organId, Memo memo) {
        long now = System.nanoTime();
        if (memo.savedAt != 0 && now - memo.savedAt < WITHDRAWN_REFRESH_NANOS) {
            return;
        }
        memo.savedAt = now == 0 ? 1 : now;
        Map<Long, Withdrawn> byCase = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT c.id, c.respondent_id, c.act_date, p.name FROM reconsideration_case c"
                + " JOIN case_party p ON p.case_id = c.id AND p.role = 'APPLICANT' WHERE c.organ_id = ?1"
                + " AND c.decision_type = 'TERMINATION' AND c.termination_ground IN ('WITHDRAWN', 'WITHDRAWN_AFTER_SETTLEMENT')")
                .setParameter(1, organId).getResultList()) {
            Object[] row = (Object[]) o;
            LocalDate act = row[2] == null ? null : row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            byCase.computeIfAbsent(((Number) row[0]).longValue(),
                    k -> new Withdrawn(((Number) row[1]).longValue(), act, new java.util.HashSet<>())).applicants().add((String) row[3]);
        }
        memo.saved = List.copyOf(byCase.values());
    }

    /** Remembers a row of the file that terminates a case on a withdrawal, for the rows after it. */
    static void seen(CaseRow r, Memo memo) {
        if (withdrawn(r)) {
            memo.inFile.add(new Withdrawn(r.respondentId, r.date(ACT_DATE),
                    r.applicants.stream().map(String::trim).collect(java.util.stream.Collectors.toSet())));
        }
    }

    /** The row's case in memory, or null when the engine must take it (a refused step is reported from there). */
    Built build(ImportJob job, Organ organ, CaseRow r, Memo memo) {
        if (!covers(r)) {
            return null;
        }
        // one that may repeat a withdrawn case: the engine records the warning (rows of the file in their order)
        if (r.date(ACT_DATE) != null && (memo.saved.stream().anyMatch(w -> w.mayRepeat(r))
                || memo.inFile.stream().anyMatch(w -> w.mayRepeat(r)))) {
            return null;
        }
        try {
            return steps(job, organ, r, memo);
        } catch (ApiException | ToEngine e) {
            return null;
        }
    }

    private Built steps(ImportJob job, Organ organ, CaseRow r, Memo memo) {
        LocalDate today = time.today();
        CaseInputs.CaseDetailsInput in = CaseImporter.details(organ.id, r);
        // intake (IntakeService.receive)
        intake.validateDetails(in, id -> memo.respondents.computeIfAbsent(id, k -> Respondent.findById(k)),
                (list, code, organId) -> memo.codes.computeIfAbsent(list + ":" + code,
                        k -> IntakeService.codeUsable(list, code, organId)));
        ReconsiderationCase c = intake.draft(organ, in);
        int[] parsed = CaseNumberPattern.parse(organ.caseNumberPattern, r.caseNumber);
        if (parsed == null) {
            throw new ToEngine();
        }
        c.caseYear = parsed[0];
        c.caseSeq = parsed[1];
        c.caseNumber = r.caseNumber.strip();
        Built b = new Built(r, c, IntakeService.newParties(in), new CurrentUser.Provenance(job.id, job.fileName, r.row));
        // no act document number from a ledger, and no withdrawn case it may repeat (above): nothing repeated
        Map<String, Object> received = IntakeService.receivedDetails(c, List.of());
        event(b, Transition.RECEIVE, null, new EventData(in.receivedDate(), null, received));
        b.steps.add(Transition.RECEIVE.name());
        feed(b, Transition.RECEIVE, null, in.receivedDate());

        // the steps (CaseImporter.write): in the order they happened; on one day, in the order of the ledger's columns
        List<Step> steps = new ArrayList<>();
        add(steps, r, ACCEPTED, Transition.ACCEPT,
                x -> AcceptanceReviewService.accepted(x, new CaseInputs.DatedStep(r.date(ACCEPTED), null)));
        add(steps, r, NOT_ACCEPTED, Transition.NOT_ACCEPT, x -> AcceptanceReviewService.notAccepted(x,
                new AcceptanceInputs.NotAccept(r.date(NOT_ACCEPTED), r.text(NOT_ACCEPTED_REASON), null)));
        if (r.decisionType != null) {
            add(steps, r, DECIDED, Transition.CONCLUDE, x -> conclude(x, new DecisionInputs.Conclude(r.date(DECIDED),
                    r.decisionType, null, r.terminationGround, null, null, r.text(DECISION_REASON), null, null, null, null)));
        }
        add(steps, r, SERVED, Transition.SERVE, x -> DecisionService.served(x, new CaseInputs.DatedStep(r.date(SERVED), null)));
        add(steps, r, PUBLISHED, Transition.PUBLISH,
                x -> DecisionService.published(x, new DecisionInputs.Publish(r.date(PUBLISHED), r.text(PUBLISHED_AT))));
        if (r.has(NOT_PUBLISHED_REASON)) {
            steps.add(new Step(r.date(SERVED), NOT_PUBLISHED_REASON.ordinal(), Transition.RECORD_NOT_PUBLISHED,
                    x -> DecisionService.notPublished(x, new CaseInputs.ReasonedStep(r.date(SERVED), r.text(NOT_PUBLISHED_REASON)))));
        }
        steps.sort(Comparator.comparing(Step::date).thenComparingInt(Step::order));
        for (Step s : steps) {
            run(b, s.t(), s.body(), today);
        }
        return b;
    }

    /** DecisionService.conclude for a case with no other record: no suspension, hearing, mediation or referral. */
    private EventData conclude(ReconsiderationCase c, DecisionInputs.Conclude in) {
        DecisionRules.Asked asked = DecisionService.asked(in);
        Lifecycle.notBefore(Transition.CONCLUDE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
        DecisionRules.check(c, asked, null);
        // reads no record while no procedure is chosen, and none is on this path
        if (c.procedure != null) {
            throw new ToEngine();
        }
        PartyOpinionService.requireOpinionsHeard(c, in.decisionType());
        DecisionService.decided(c, in, asked, user.displayName());
        if (!Obligations.kinds(c).isEmpty()) {
            throw new ToEngine();
        }
        return DecisionService.concludedEvent(c, in, List.of());
    }

    private static void add(List<Step> steps, CaseRow r, CaseColumn date, Transition t, Function<ReconsiderationCase, EventData> body) {
        if (r.date(date) != null) {
            steps.add(new Step(r.date(date), date.ordinal(), t, body));
        }
    }

    /** LifecycleEngine.run on a case in memory: the step table, the step, its event, deadlines, feed event. */
    private void run(Built b, Transition t, Function<ReconsiderationCase, EventData> body, LocalDate today) {
        ReconsiderationCase c = b.c;
        Lifecycle.requireAllowed(c.state, t, Transition.allowedIn(c.state));
        CaseState from = c.state;
        EventData e = body.apply(c);
        Lifecycle.notInFuture(t, e.date(), today);
        c.moveTo(t.target(from), time.now());
        event(b, t, from, e);
        cases.refreshDeadlines(c);
        c.version++;
        b.steps.add(t.name());
        feed(b, t, from, e.date());
    }

    private void event(Built b, Transition t, CaseState from, EventData e) {
        CaseEvent ev = new CaseEvent();
        ev.transition = t;
        ev.fromState = from;
        ev.toState = t.target(from == null ? CaseState.RECEIVED : from);
        ev.seq = b.events.size() + 1;
        ev.eventDate = e.date();
        ev.recordedAt = time.now();
        ev.actor = user.username();
        ev.actorName = user.displayName();
        ev.reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().trim();
        ev.details = events.detailsJson(e.details(), b.from);
        b.events.add(ev);
    }

    private void feed(Built b, Transition t, CaseState from, LocalDate date) {
        ReconsiderationCase c = b.c;
        b.feed.add(new AuditLog.FeedEntry(time.now(), cases.feedType(t), SubjectType.RECONSIDERATION_CASE, null, c.organId,
                c.respondentId, cases.feedPayload(c, t, from, date)));
    }

    /**
     * Writes the built cases of one organ in the caller's transaction: cases, then (their ids read back by case
     * number) parties, events, audit records, feed events and import rows, each kind in one batched insert; the
     * organ's number counters raised past the highest imported number of each year.
     */
    void write(ImportJob job, List<Built> built, long[] nanos) {
        if (built.isEmpty()) {
            return;
        }
        audit.expect();
        Session session = em.unwrap(Session.class);
        long t0 = System.nanoTime();
        session.doWork(conn -> EntityRows.of(ReconsiderationCase.class).insert(conn, built.stream().map(x -> x.c).toList()));
        long t1 = System.nanoTime();
        nanos[0] += t1 - t0;
        Map<String, Long> ids = new HashMap<>();
        session.doWork(conn -> {
            StringBuilder sql = new StringBuilder("SELECT case_number, id FROM reconsideration_case WHERE organ_id = ? AND case_number IN (");
            for (int i = 0; i < built.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = conn.prepareStatement(sql.append(')').toString())) {
                ps.setLong(1, job.organId);
                for (int i = 0; i < built.size(); i++) {
                    ps.setString(i + 2, built.get(i).c.caseNumber);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        });
        long t2 = System.nanoTime();
        nanos[1] += t2 - t1;
        List<CaseParty> parties = new ArrayList<>();
        List<CaseEvent> evs = new ArrayList<>();
        List<AuditLog.Entry> audits = new ArrayList<>();
        List<AuditLog.FeedEntry> feed = new ArrayList<>();
        Map<Integer, Integer> lastSeq = new TreeMap<>();
        for (Built b : built) {
            Long id = ids.get(b.c.caseNumber);
            if (id == null) {
                throw new IllegalStateException("case " + b.c.caseNumber + " not found after insert");
            }
            b.c.id = id;
            b.parties.forEach(p -> p.caseId = id);
            parties.addAll(b.parties);
            b.events.forEach(e -> e.caseId = id);
            evs.addAll(b.events);
            // one record of the import (as CaseImporter.write gathers it): the case as its last step left it, the steps
            audits.add(new AuditLog.Entry(b.events.get(0).recordedAt, SubjectType.RECONSIDERATION_CASE, id, b.c.organId,
                    AuditLog.IMPORTED, AuditLog.imported(AuditLog.snapshot(b.c), b.steps), AuditLog.reason(null, b.from)));
            for (AuditLog.FeedEntry f : b.feed) {
                feed.add(new AuditLog.FeedEntry(f.at(), f.type(), f.subject(), id, f.organId(), f.respondentId(), f.payload()));
            }
            lastSeq.merge(b.c.caseYear, b.c.caseSeq, Math::max);
        }
        long t3 = System.nanoTime();
        nanos[2] += t3 - t2;
        session.doWork(conn -> {
            long ta = System.nanoTime();
            EntityRows.of(CaseParty.class).insert(conn, parties);
            long tb = System.nanoTime();
            nanos[3] += tb - ta;
            EntityRows.of(CaseEvent.class).insert(conn, evs);
            nanos[4] += System.nanoTime() - tb;
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO import_row (organ_id, ledger, record_key, record_id,"
                    + " job_id, row_no, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Built b : built) {
                    ps.setLong(1, job.organId);
                    ps.setString(2, job.ledger.name());
                    ps.setString(3, b.row.caseNumber);
                    ps.setLong(4, b.c.id);
                    ps.setLong(5, job.id);
                    ps.setLong(6, b.row.row);
                    ps.setString(7, b.row.hash);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        long t4 = System.nanoTime();
        audit.recordAll(audits);
        long t5 = System.nanoTime();
        audit.publishAll(feed);
        long t6 = System.nanoTime();
        lastSeq.forEach((year, seq) -> numbers.reserve(job.organId, year, seq));
        nanos[5] += t4 - t3 - 0;
        nanos[6] += t5 - t4;
        nanos[7] += t6 - t5;
        nanos[8] += System.nanoTime() - t6;
        written.addAndGet(built.size());
    }
}
