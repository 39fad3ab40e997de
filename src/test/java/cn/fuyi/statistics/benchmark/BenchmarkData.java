package cn.fuyi.statistics.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jboss.logging.Logger;

/**
 * Generates a province's worth of reconsideration cases straight into the database with JDBC batches (not through
 * the API): one province, 13 cities, 100 counties, their respondents, and cases received 2019–2024 with the shares
 * reports show (about 80 % accepted, 15 % not accepted, 5 % abandoned after a correction notice; most decisions
 * uphold, about 13 % correct; some heard, some followed by an opinion letter). Seeded, so every run loads the same data.
 */
final class BenchmarkData {

    private static final Logger LOG = Logger.getLogger(BenchmarkData.class);

    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    static final String[] CATEGORIES = { "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_COMPULSION", "ADMINISTRATIVE_LICENSING",
            "ADMINISTRATIVE_CONFIRMATION", "EXPROPRIATION", "STATE_COMPENSATION", "WORK_INJURY_RECOGNITION", "INFORMATION_DISCLOSURE",
            "COMPLAINT_HANDLING", "FAILURE_TO_PERFORM", "ADMINISTRATIVE_AGREEMENT", "OTHER" };
    static final int[] CATEGORY_WEIGHTS = { 30, 8, 5, 6, 6, 2, 8, 15, 10, 6, 2, 2 };
    static final String[] DOMAINS = { "PUBLIC_SECURITY", "MARKET_REGULATION", "NATURAL_RESOURCES", "HOUSING_CONSTRUCTION",
            "HUMAN_RESOURCES", "HEALTH", "ECOLOGY_ENVIRONMENT", "TRANSPORT", "URBAN_MANAGEMENT", "EDUCATION", "AGRICULTURE", "OTHER" };
    static final int[] DOMAIN_WEIGHTS = { 30, 12, 12, 10, 10, 4, 4, 6, 6, 2, 2, 2 };
    static final String[] DECISIONS = { "UPHOLD", "REJECT_REQUEST", "TERMINATION", "MEDIATION", "REVOKE", "CONFIRM_ILLEGAL",
            "ALTER", "ORDER_PERFORMANCE", "PARTIAL_REVOKE", "DISMISS_APPLICATION" };
    static final int[] DECISION_WEIGHTS = { 44, 15, 15, 8, 6, 4, 1, 2, 2, 3 };
    /** Cases received per year relative to 2019, growing as the national figures did. */
    static final double[] YEAR_WEIGHTS = { 0.8, 0.8, 0.9, 1.0, 1.1, 1.4 };

    /** The organ tree: weights say what share of the cases each organ receives. */
    record Organs(long province, List<Long> cities, List<Long> counties, Map<Long, List<Long>> respondents, Map<Long, Integer> weights) {
    }

    private BenchmarkData() {
    }

    /** The organ tree of an earlier load into the same database, or {@code null} when there is none. */
    static Organs existing(Connection c) throws SQLException {
        Map<Long, List<Long>> respondents = new HashMap<>();
        Map<Long, Integer> weights = new HashMap<>();
        long province = 0;
        List<Long> cities = new ArrayList<>();
        List<Long> counties = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, code FROM organ WHERE code LIKE 'bench-%' ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String code = rs.getString(2);
                if (code.equals("bench-p")) {
                    province = id;
                    weights.put(id, 50);
                } else if (code.startsWith("bench-c")) {
                    cities.add(id);
                    weights.put(id, 20);
                } else {
                    counties.add(id);
                    weights.put(id, 7);
                }
            }
        }
        if (province == 0) {
            return null;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT r.organ_id, r.id FROM respondent r JOIN organ o ON o.id = r.organ_id WHERE o.code LIKE 'bench-%' ORDER BY r.id")) {
            while (rs.next()) {
                respondents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return new Organs(province, cities, counties, respondents, weights);
    }

    static Organs loadOrgans(Connection c) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Map<Long, List<Long>> respondents = new HashMap<>();
        Map<Long, Integer> weights = new HashMap<>();
        long province = organ(c, "bench-p", "基准省人民政府", null, "PROVINCE", now);
        weights.put(province, 50);
        respondents.put(province, respondents(c, province, "基准省", 13, 0, 27, now));
        List<Long> cities = new ArrayList<>();
        List<Long> counties = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            long city = organ(c, "bench-c" + i, "基准" + i + "市人民政府", province, "CITY", now);
            cities.add(city);
            weights.put(city, 20);
            respondents.put(city, respondents(c, city, "基准" + i + "市", 0, 5, 25, now));
        }
        for (int i = 1; i <= 100; i++) {
            long city = cities.get((i - 1) % cities.size());
            long county = organ(c, "bench-k" + i, "基准" + i + "县人民政府", city, "COUNTY", now);
            counties.add(county);
            weights.put(county, 7);
            respondents.put(county, respondents(c, county, "基准" + i + "县", 8, 0, 17, now));
        }
        c.commit();
        return new Organs(province, cities, counties, respondents, weights);
    }

    private static long organ(Connection c, String code, String name, Long parent, String level, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organ (code, name, short_name, parent_id, level, case_number_pattern,"
                + " active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, name);
            ps.setObject(4, parent);
            ps.setString(5, level);
            ps.setString(6, code + "〔{year}〕{seq}号");
            ps.setTimestamp(7, now);
            ps.setTimestamp(8, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<Long> respondents(Connection c, long organ, String place, int townships, int lower, int departments,
            Timestamp now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO respondent (organ_id, name, kind, active, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, TRUE, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int n = 0;
            for (int i = 0; i < townships + lower + departments + 1; i++) {
                String kind = i < townships ? "TOWNSHIP_GOVERNMENT" : i < townships + lower ? "LOWER_GOVERNMENT"
                        : i < townships + lower + departments ? "GOVERNMENT_DEPARTMENT" : "AUTHORISED_ORGANISATION";
                ps.setLong(1, organ);
                ps.setString(2, place + kind.toLowerCase() + (++n));
                ps.setString(3, kind);
                ps.setTimestamp(4, now);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Inserts {@code count} cases and their hearings, correction notices and opinion letters; returns the time taken in ms. */
    static long loadCases(Connection c, Organs organs, int count, long seed) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<Long> organIds = new ArrayList<>(organs.weights().keySet());
        organIds.sort(Long::compare);
        int[] organWeights = organIds.stream().mapToInt(organs.weights()::get).toArray();
        Map<String, Integer> sequences = new HashMap<>();
        long firstId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM reconsideration_case")) {
            rs.next();
            firstId = rs.getLong(1);
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Statement st = c.createStatement()) {
            st.execute("SET unique_checks = 0");
            st.execute("SET foreign_key_checks = 0");
        }
        String caseSql = "INSERT INTO reconsideration_case (id, organ_id, case_year, case_seq, case_number, rule_set, state, received_date,"
                + " channel, respondent_id, act_category, act_domain, act_description, request_text, review_start_date, accepted_date,"
                + " acceptance_kind, not_accepted_date, not_accepted_reason, abandoned_date, procedure_type, concluded_date, decision_type,"
                + " termination_ground, indirect_correction, served_date, publication_status, published_date, non_publication_reason,"
                + " decision_due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement cases = c.prepareStatement(caseSql);
                PreparedStatement hearings = c.prepareStatement("INSERT INTO hearing (case_id, status, notice_date, scheduled_date,"
                        + " place, held_date) VALUES (?, 'HELD', ?, ?, '听证室', ?)");
                PreparedStatement corrections = c.prepareStatement("INSERT INTO correction_request (case_id, requested_date,"
                        + " notice_received_date, items, received_date, abandoned_date) VALUES (?, ?, ?, '补正材料', ?, ?)");
                PreparedStatement letters = c.prepareStatement("INSERT INTO opinion_letter (case_id, respondent_id, issued_date, subject,"
                        + " answered_date) VALUES (?, ?, ?, '规范执法', ?)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                long organ = organIds.get(pick(random, organWeights));
                List<Long> rs = organs.respondents().get(organ);
                long respondent = rs.get(random.nextInt(rs.size()));
                LocalDate received = receivedDate(random);
                int year = received.getYear();
                int seq = sequences.merge(organ + "/" + year, 1, Integer::sum);
                double outcome = random.nextDouble();
                boolean correctionRequested = outcome >= 0.80 && outcome < 0.85 || random.nextDouble() < 0.06;
                LocalDate accepted = null;
                LocalDate notAccepted = null;
                LocalDate abandoned = null;
                String state;
                if (outcome < 0.80) {
                    accepted = received.plusDays(correctionRequested ? 10 : 1 + random.nextInt(7));
                    state = "IN_REVIEW";
                } else if (outcome < 0.85) {
                    abandoned = received.plusDays(20 + random.nextInt(10));
                    state = "ABANDONED";
                } else {
                    notAccepted = received.plusDays(1 + random.nextInt(6));
                    state = "NOT_ACCEPTED";
                }
                if (accepted != null && accepted.isAfter(LAST) || notAccepted != null && notAccepted.isAfter(LAST)
                        || abandoned != null && abandoned.isAfter(LAST)) {
                    accepted = null;
                    notAccepted = null;
                    abandoned = null;
                    state = correctionRequested ? "AWAITING_CORRECTION" : "RECEIVED";
                }
                LocalDate concluded = null;
                LocalDate due = null;
                String decision = null;
                String ground = null;
                boolean indirect = false;
                String publication = null;
                LocalDate published = null;
                if (accepted != null) {
                    due = accepted.plusDays(random.nextDouble() < 0.1 ? 90 : 60);
                    LocalDate end = accepted.plusDays(15 + (long) (random.nextDouble() * random.nextDouble() * 90));
                    if (!end.isAfter(LAST) && random.nextDouble() < 0.99) {
                        concluded = end;
                        state = "SERVED";
                        decision = DECISIONS[pick(random, DECISION_WEIGHTS)];
                        if (decision.equals("TERMINATION")) {
                            ground = random.nextBoolean() ? "WITHDRAWN_AFTER_SETTLEMENT" : "WITHDRAWN";
                            indirect = random.nextDouble() < 0.2;
                        } else if (decision.equals("MEDIATION")) {
                            indirect = random.nextDouble() < 0.3;
                        }
                        double p = random.nextDouble();
                        publication = p < 0.9 ? "PUBLISHED" : p < 0.95 ? "NOT_PUBLISHED" : null;
                        published = "PUBLISHED".equals(publication) ? concluded.plusDays(7) : null;
                    }
                }
                int k = 1;
                cases.setLong(k++, id);
                cases.setLong(k++, organ);
                cases.setInt(k++, year);
                cases.setInt(k++, seq);
                cases.setString(k++, "B" + organ + "-" + year + "-" + seq);
                cases.setString(k++, year < 2024 ? "ARL_2017" : "ARL_2023");
                cases.setString(k++, state);
                cases.setDate(k++, Date.valueOf(received));
                cases.setString(k++, random.nextBoolean() ? "IN_PERSON" : "POST");
                cases.setLong(k++, respondent);
                cases.setString(k++, CATEGORIES[pick(random, CATEGORY_WEIGHTS)]);
                cases.setString(k++, DOMAINS[pick(random, DOMAIN_WEIGHTS)]);
                cases.setString(k++, "行政行为");
                cases.setString(k++, "请求撤销");
                cases.setDate(k++, Date.valueOf(correctionRequested && accepted != null ? received.plusDays(8) : received));
                cases.setDate(k++, date(accepted));
                cases.setString(k++, accepted == null ? null : random.nextDouble() < 0.02 ? "DEEMED" : "DECIDED");
                cases.setDate(k++, date(notAccepted));
                cases.setString(k++, notAccepted == null ? null : "不属于受理范围");
                cases.setDate(k++, date(abandoned));
                cases.setString(k++, accepted == null ? null : "ORDINARY");
                cases.setDate(k++, date(concluded));
                cases.setString(k++, decision);
                cases.setString(k++, ground);
                cases.setBoolean(k++, indirect);
                cases.setDate(k++, date(concluded == null ? null : concluded.plusDays(2)));
                cases.setString(k++, publication);
                cases.setDate(k++, date(published));
                cases.setString(k++, "NOT_PUBLISHED".equals(publication) ? "涉及个人隐私" : null);
                cases.setDate(k++, date(due));
                cases.setTimestamp(k++, now);
                cases.setTimestamp(k, now);
                cases.addBatch();
                if (correctionRequested && (accepted != null || abandoned != null)) {
                    corrections.setLong(1, id);
                    corrections.setDate(2, Date.valueOf(received.plusDays(2)));
                    corrections.setDate(3, Date.valueOf(received.plusDays(3)));
                    corrections.setDate(4, accepted == null ? null : Date.valueOf(received.plusDays(8)));
                    corrections.setDate(5, date(abandoned));
                    corrections.addBatch();
                }
                if (accepted != null && random.nextDouble() < 0.03) {
                    LocalDate held = accepted.plusDays(25);
                    if (!held.isAfter(LAST) && (concluded == null || !held.isAfter(concluded))) {
                        hearings.setLong(1, id);
                        hearings.setDate(2, Date.valueOf(accepted.plusDays(10)));
                        hearings.setDate(3, Date.valueOf(held));
                        hearings.setDate(4, Date.valueOf(held));
                        hearings.addBatch();
                    }
                }
                if (concluded != null && random.nextDouble() < 0.01 && !concluded.plusDays(10).isAfter(LAST)) {
                    LocalDate answered = concluded.plusDays(50);
                    letters.setLong(1, id);
                    letters.setLong(2, respondent);
                    letters.setDate(3, Date.valueOf(concluded.plusDays(10)));
                    letters.setDate(4, answered.isAfter(LAST) || random.nextDouble() < 0.3 ? null : Date.valueOf(answered));
                    letters.addBatch();
                }
                if ((i + 1) % 2000 == 0 || i == count - 1) {
                    cases.executeBatch();
                    corrections.executeBatch();
                    hearings.executeBatch();
                    letters.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    LOG.infof("benchmark data: %,d cases loaded", i + 1);
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET unique_checks = 1");
            st.execute("SET foreign_key_checks = 1");
            for (String table : List.of("reconsideration_case", "hearing", "correction_request", "opinion_letter", "respondent", "organ")) {
                st.execute("ANALYZE TABLE " + table);
            }
        }
        c.commit();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The hook for lawsuits: once the litigation tables exist (migration V4), this inserts {@code count} lawsuits,
     * about one in five linked through {@code lawsuit.reconsideration_case_id} to a concluded reconsideration case
     * and the rest brought directly, with sessions and head appearances, so that the benchmark times the litigation
     * statistics too. Until then there is no table to fill and it does nothing.
     */
    static long loadLawsuits(Connection c, int count, long seed) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'lawsuit'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                LOG.infof("benchmark data: no lawsuit table yet, the %,d lawsuits are not generated", count);
                return 0;
            }
        }
        throw new IllegalStateException("The lawsuit table exists: write its generator in BenchmarkData.loadLawsuits (seed " + seed + ")");
    }

    private static LocalDate receivedDate(Random random) {
        double total = 0;
        for (double w : YEAR_WEIGHTS) {
            total += w;
        }
        double r = random.nextDouble() * total;
        int y = 0;
        while (r >= YEAR_WEIGHTS[y]) {
            r -= YEAR_WEIGHTS[y++];
        }
        LocalDate start = LocalDate.of(FIRST.getYear() + y, 1, 1);
        return start.plusDays(random.nextInt(start.lengthOfYear()));
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            if (r < weights[i]) {
                return i;
            }
            r -= weights[i];
        }
        throw new IllegalStateException();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
