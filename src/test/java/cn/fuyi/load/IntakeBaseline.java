package cn.fuyi.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-written JDBC baseline of an intake: the statements POST /api/v1/reconsiderations sends to the database,
 * found with the server's general log while posting one intake, sent over plain JDBC from a fixed set of
 * connections (one per thread, DriverManager, the application's Connector/J properties), at the same concurrency.
 * What it leaves out is what the application adds around the database: HTTP, JSON, validation, security, Hibernate,
 * the connection pool, and the sequencer's work after commit (one UPDATE per audit record and per feed event, in
 * batches). It writes into a copy of the schema ({@value Database#BASELINE_SCHEMA}) so that its cases stay out of
 * the reconciliation.
 *
 * <p>The statements of one intake, in order, as the general log shows them (write path of commit 8ebdec4):
 * <ol>
 * <li>{@code SET autocommit=0}; the organ, the respondent and the two code-list entries (act category, domain) by
 * key;</li>
 * <li>{@code SELECT 1 FROM case_number_sequence …} (only a year's first intake then inserts the row in a short
 * transaction of its own), {@code UPDATE case_number_sequence SET last_value = last_value + 1 …}, {@code SELECT
 * last_value …};</li>
 * <li>{@code INSERT INTO reconsideration_case} (every column), the case's parties read (to delete them one by one:
 * none for a new case), {@code INSERT INTO case_party} (the applicant), {@code SELECT MAX(seq) FROM case_event …},
 * {@code INSERT INTO case_event};</li>
 * <li>{@code INSERT INTO audit_record} and {@code INSERT INTO change_event}, without position or hash; commit;</li>
 * <li>{@code SET autocommit=1} and, for the answer: opinion letters, organ, respondent, every code-list entry, the
 * parties (twice), correction requests, suspensions, excluded periods, hearings, opinion letters of the case.</li>
 * </ol>
 */
final class IntakeBaseline {

    private final Database db;
    private final Workload work;
    private final AtomicLong retries = new AtomicLong();
    private final AtomicReference<String> errors = new AtomicReference<>();

    IntakeBaseline(Database db, Workload work) {
        this.db = db;
        this.work = work;
    }

    /** The baseline schema: every table of the application's schema, empty, with the reference data copied. */
    void prepare() throws SQLException {
        try (Connection c = db.connectLikeTheApplication(Database.BASELINE_SCHEMA); Statement st = c.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + Database.SCHEMA + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                String ddl;
                try (ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + Database.SCHEMA + "." + t)) {
                    rs.next();
                    ddl = rs.getString(2);
                }
                st.execute("DROP TABLE IF EXISTS " + t);
                st.execute(ddl);
            }
            for (String t : List.of("organ", "respondent", "code_item", "sequencer_state")) {
                st.execute("INSERT INTO " + t + " SELECT * FROM " + Database.SCHEMA + "." + t);
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    /** {@code clients} threads, each with its own connection, send intakes for {@code seconds}. */
    void run(PhaseStats stats, int clients, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    try (Connection c = db.connectLikeTheApplication(Database.BASELINE_SCHEMA)) {
                        Writer w = new Writer(c, thread);
                        while (System.nanoTime() < deadline) {
                            long start = System.nanoTime();
                            // a deadlock or lock wait timeout is retried, as a careful hand-written loop would; the
                            // latency counts every attempt
                            for (int attempt = 1;; attempt++) {
                                try {
                                    w.intake();
                                    stats.record(Operation.JDBC_INTAKE, Outcome.OK, System.nanoTime() - start);
                                    break;
                                } catch (SQLException e) {
                                    if (!c.getAutoCommit()) {
                                        c.rollback();
                                    }
                                    if (!isTransient(e) || attempt == 10) {
                                        stats.record(Operation.JDBC_INTAKE, Outcome.SERVER_ERROR, System.nanoTime() - start);
                                        errors.compareAndSet(null, e.toString());
                                        break;
                                    }
                                    retries.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        stats.finish();
    }

    /** Deadlocks and lock wait timeouts (retried) since the last call, and the first error not retried. */
    String retriesAndErrors() {
        String first = errors.getAndSet(null);
        return retries.getAndSet(0) + " retried" + (first == null ? "" : ", first error: " + first);
    }

    String describe() {
        return "JDBC baseline: the statements of one intake (see IntakeBaseline), one transaction each, one connection per thread,"
                + " into a copy of the schema; deadlocks retried";
    }

    private static boolean isTransient(SQLException e) {
        return e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || "40001".equals(e.getSQLState());
    }

    /** One thread's connection and statements. */
    private final class Writer {
        private final Connection c;
        private final Random rnd;
        private final PreparedStatement organ;
        private final PreparedStatement respondent;
        private final PreparedStatement codeItem;
        private final PreparedStatement numberExists;
        private final PreparedStatement numberNext;
        private final PreparedStatement numberRead;
        private final PreparedStatement insertCase;
        private final PreparedStatement parties;
        private final PreparedStatement insertParty;
        private final PreparedStatement lastEvent;
        private final PreparedStatement insertEvent;
        private final PreparedStatement insertAudit;
        private final PreparedStatement insertFeed;
        private final List<PreparedStatement> answer = new ArrayList<>();
        private final PreparedStatement allCodes;

        Writer(Connection c, int thread) throws SQLException {
            this.c = c;
            this.rnd = new Random(thread * 31L + System.nanoTime());
            organ = c.prepareStatement("select id, active, case_number_pattern, code, created_at, level, name, parent_id, short_name,"
                    + " updated_at, version from organ where id = ?");
            respondent = c.prepareStatement("select id, active, created_at, credit_code, kind, name, organ_id, updated_at, version"
                    + " from respondent where id = ?");
            codeItem = c.prepareStatement("select id, active, code, created_at, label_en, label_zh, list_name, organ_id, sort_order,"
                    + " updated_at, version from code_item where list_name = ? and code = ? limit 1");
            numberExists = c.prepareStatement("SELECT 1 FROM case_number_sequence WHERE organ_id = ? AND year = ?");
            numberNext = c.prepareStatement("UPDATE case_number_sequence SET last_value = last_value + 1 WHERE organ_id = ? AND year = ?");
            numberRead = c.prepareStatement("SELECT last_value FROM case_number_sequence WHERE organ_id = ? AND year = ?");
            insertCase = c.prepareStatement("insert into reconsideration_case (abandoned_date, acceptance_kind, accepted_date,"
                    + " act_category, act_date, act_description, act_document_number, act_domain, act_known_date, amount, case_number,"
                    + " case_seq, case_year, channel, clerk, clerk_name, compensation_requested, competent_organ, concluded_date,"
                    + " conversion_approved_by, converted_date, copy_received_date, copy_sent_date, created_at, created_by,"
                    + " decision_approved_by, decision_due_date, decision_summary, decision_type, extension_approved_by, extension_date,"
                    + " extension_days, extension_reason, facts_and_reasons, indirect_correction, next_deadline_kind, next_due_date,"
                    + " non_publication_reason, not_accepted_date, not_accepted_reason, order_to_redo, organ_id, procedure_type,"
                    + " publication_place, publication_status, published_date, received_date, reply_received_date, request_text,"
                    + " respondent_id, review_start_date, rule_set, served_date, simplified_ground, state, termination_ground, updated_at,"
                    + " version) values (null, null, null, 'ADMINISTRATIVE_PENALTY', ?, '行政处罚决定', ?, 'MARKET_REGULATION', null, null,"
                    + " ?, ?, ?, 'IN_PERSON', null, null, 0, null, null, null, null, null, null, ?, 'load.jdbc', null, null, null, null,"
                    + " null, null, null, null, null, 0, 'ACCEPTANCE_REVIEW', ?, null, null, null, 0, ?, null, null, null, null, ?, null,"
                    + " '请求撤销行政处罚决定', ?, ?, 'ARL_2023', null, null, 'RECEIVED', null, ?, 0)", Statement.RETURN_GENERATED_KEYS);
            parties = c.prepareStatement("select id, address, agent_kind, case_id, id_number, id_type, kind, legal_representative, name,"
                    + " phone, position, role from case_party where case_id = ?");
            insertParty = c.prepareStatement("insert into case_party (address, agent_kind, case_id, id_number, id_type, kind,"
                    + " legal_representative, name, phone, position, role) values ('江苏省太仓市城厢镇人民路1号', null, ?,"
                    + " '11010519491231002X', 'RESIDENT_ID_CARD', 'NATURAL_PERSON', null, '王建国', '13912345678', 0, 'APPLICANT')");
            lastEvent = c.prepareStatement("select max(seq) from case_event where case_id = ?");
            insertEvent = c.prepareStatement("insert into case_event (actor, actor_name, case_id, details, event_date, from_state, reason,"
                    + " recorded_at, seq, to_state, transition) values ('load.jdbc', '负载基线', ?, ?, ?, null, null, ?, ?, 'RECEIVED', 'RECEIVE')");
            insertAudit = c.prepareStatement("INSERT INTO audit_record (occurred_at, username, display_name, roles, organ_id, subject_type,"
                    + " subject_id, operation, changes, reason, request_id, client_address)"
                    + " VALUES (?, 'load.jdbc', '负载基线', 'clerk', ?, 'RECONSIDERATION_CASE', ?, 'RECEIVE', ?, null, ?, '127.0.0.1')");
            insertFeed = c.prepareStatement("INSERT INTO change_event (occurred_at, organ_id, respondent_id, type, subject_type,"
                    + " subject_id, payload) VALUES (?, ?, ?, 'CASE_RECEIVED', 'RECONSIDERATION_CASE', ?, ?)");
            for (String table : List.of("opinion_letter", "case_party", "case_party", "correction_request", "case_suspension",
                    "case_excluded_period", "hearing", "opinion_letter")) {
                answer.add(c.prepareStatement("select * from " + table + " where case_id = ? order by id"));
            }
            allCodes = c.prepareStatement("select id, active, code, created_at, label_en, label_zh, list_name, organ_id, sort_order,"
                    + " updated_at, version from code_item");
        }

        void intake() throws SQLException {
            Workload.Organ o = work.intakeOrgan(rnd);
            long respondentId = o.respondents().get(rnd.nextInt(o.respondents().size()));
            LocalDate received = work.receivedDate(rnd);
            int year = received.getYear();
            String requestId = "jdbc-" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36);
            LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            Timestamp now = Timestamp.valueOf(at);
            String micros = at.format(DATETIME_6);

            c.setAutoCommit(false);
            query(organ, o.id());
            query(respondent, respondentId);
            codeItem.setString(1, "ACT_CATEGORY");
            codeItem.setString(2, "ADMINISTRATIVE_PENALTY");
            drain(codeItem.executeQuery());
            codeItem.setString(1, "DOMAIN");
            codeItem.setString(2, "MARKET_REGULATION");
            drain(codeItem.executeQuery());

            numberExists.setLong(1, o.id());
            numberExists.setInt(2, year);
            boolean exists;
            try (ResultSet rs = numberExists.executeQuery()) {
                exists = rs.next();
            }
            if (!exists) {
                // the application does this on a second connection, in a transaction of its own; here on a short-lived one
                try (Connection other = db.connectLikeTheApplication(Database.BASELINE_SCHEMA);
                        PreparedStatement ps = other.prepareStatement(
                                "INSERT IGNORE INTO case_number_sequence (organ_id, year, last_value) VALUES (?, ?, 0)")) {
                    ps.setLong(1, o.id());
                    ps.setInt(2, year);
                    ps.executeUpdate();
                }
            }
            numberNext.setLong(1, o.id());
            numberNext.setInt(2, year);
            numberNext.executeUpdate();
            numberRead.setLong(1, o.id());
            numberRead.setInt(2, year);
            int seq;
            try (ResultSet rs = numberRead.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
            String number = o.numberPrefix() + "〔" + year + "〕" + seq + "号";

            insertCase.setObject(1, received.minusDays(20));
            insertCase.setString(2, requestId);
            insertCase.setString(3, number);
            insertCase.setInt(4, seq);
            insertCase.setInt(5, year);
            insertCase.setTimestamp(6, now);
            insertCase.setObject(7, received.plusDays(7));
            insertCase.setLong(8, o.id());
            insertCase.setObject(9, received);
            insertCase.setLong(10, respondentId);
            insertCase.setObject(11, received);
            insertCase.setTimestamp(12, now);
            insertCase.executeUpdate();
            long caseId;
            try (ResultSet keys = insertCase.getGeneratedKeys()) {
                keys.next();
                caseId = keys.getLong(1);
            }
            query(parties, caseId);
            insertParty.setLong(1, caseId);
            insertParty.executeUpdate();
            query(lastEvent, caseId);
            insertEvent.setLong(1, caseId);
            insertEvent.setString(2, "{\"caseNumber\":\"" + number + "\",\"channel\":\"IN_PERSON\",\"ruleSet\":\"ARL_2023\"}");
            insertEvent.setObject(3, received);
            insertEvent.setTimestamp(4, now);
            insertEvent.setInt(5, 1);
            insertEvent.executeUpdate();

            insertAudit.setString(1, micros);
            insertAudit.setLong(2, o.id());
            insertAudit.setLong(3, caseId);
            insertAudit.setString(4, CHANGES.replace("{number}", number).replace("{organ}", String.valueOf(o.id()))
                    .replace("{received}", received.toString()).replace("{request}", requestId));
            insertAudit.setString(5, requestId);
            insertAudit.executeUpdate();
            insertFeed.setString(1, micros);
            insertFeed.setLong(2, o.id());
            insertFeed.setLong(3, respondentId);
            insertFeed.setLong(4, caseId);
            insertFeed.setString(5, "{\"caseNumber\":\"" + number + "\",\"transition\":\"RECEIVE\",\"toState\":\"RECEIVED\",\"date\":\""
                    + received + "\"}");
            insertFeed.executeUpdate();
            c.commit();

            // what the answer reads, after the commit, each statement on its own
            c.setAutoCommit(true);
            query(organ, o.id());
            query(respondent, respondentId);
            drain(allCodes.executeQuery());
            for (PreparedStatement ps : answer) {
                query(ps, caseId);
            }
        }


        private void query(PreparedStatement ps, long id) throws SQLException {
            ps.setLong(1, id);
            drain(ps.executeQuery());
        }

        private void drain(ResultSet rs) throws SQLException {
            try (rs) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    /** The audit record's changes as the application writes them for an intake: every field from nothing to its value. */
    private static final String CHANGES = "{\"actCategory\":{\"before\":null,\"after\":\"ADMINISTRATIVE_PENALTY\"},"
            + "\"actDescription\":{\"before\":null,\"after\":\"行政处罚决定\"},\"actDocumentNumber\":{\"before\":null,\"after\":\"{request}\"},"
            + "\"actDomain\":{\"before\":null,\"after\":\"MARKET_REGULATION\"},\"caseNumber\":{\"before\":null,\"after\":\"{number}\"},"
            + "\"channel\":{\"before\":null,\"after\":\"IN_PERSON\"},\"compensationRequested\":{\"before\":null,\"after\":false},"
            + "\"createdBy\":{\"before\":null,\"after\":\"load.jdbc\"},\"indirectCorrection\":{\"before\":null,\"after\":false},"
            + "\"nextDeadlineKind\":{\"before\":null,\"after\":\"ACCEPTANCE_REVIEW\"},\"orderToRedo\":{\"before\":null,\"after\":false},"
            + "\"organId\":{\"before\":null,\"after\":{organ}},\"receivedDate\":{\"before\":null,\"after\":\"{received}\"},"
            + "\"request\":{\"before\":null,\"after\":\"请求撤销行政处罚决定\"},\"ruleSet\":{\"before\":null,\"after\":\"ARL_2023\"},"
            + "\"state\":{\"before\":null,\"after\":\"RECEIVED\"}}";

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

}
