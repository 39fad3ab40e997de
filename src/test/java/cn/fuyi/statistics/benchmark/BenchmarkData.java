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
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * Generates a province's worth of reconsideration cases straight into the database with JDBC batches (not through
 * the API): one province, 13 cities, 100 counties, their respondents, and cases received 2019–2024 with the shares
 * reports show (about 80 % accepted, 15 % not accepted, 5 % abandoned after a correction notice; most decisions
 * uphold, about 13 % correct; some heard, some followed by an opinion letter), then lawsuits against the same organs
 * (first instances, appeals and retrials, court sessions with who appeared, recommendations). Seeded, so every run
 * loads the same data.
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

    /** Does the database hold lawsuits already (an earlier load that included them)? */
    static boolean hasLawsuits(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM lawsuit)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static final String[] FIRST_OUTCOMES = { "REJECT_CLAIMS", "DISMISS_SUIT", "WITHDRAWAL_APPROVED", "REVOKE", "PARTIAL_REVOKE",
            "ORDER_PERFORMANCE", "ORDER_PAYMENT", "CONFIRM_ILLEGAL", "CONFIRM_INVALID", "ALTER", "AGREEMENT_ORDER", "DEEMED_WITHDRAWN",
            "MEDIATION", "TERMINATION" };
    /** National shares in tenths of a percent: half the claims rejected, a fifth dismissed, 12 % withdrawn, 14 % lost. */
    static final int[] FIRST_OUTCOME_WEIGHTS = { 500, 200, 120, 50, 15, 25, 5, 30, 5, 3, 7, 20, 10, 10 };
    static final String[] APPEAL_OUTCOMES = { "APPEAL_REJECTED", "AMENDED_ON_APPEAL", "REMANDED", "WITHDRAWAL_APPROVED",
            "DEEMED_WITHDRAWN", "DISMISS_SUIT" };
    static final int[] APPEAL_OUTCOME_WEIGHTS = { 80, 6, 3, 8, 2, 1 };
    static final String[] RETRIAL_OUTCOMES = { "REJECT_CLAIMS", "DISMISS_SUIT", "REVOKE", "WITHDRAWAL_APPROVED" };
    static final int[] RETRIAL_OUTCOME_WEIGHTS = { 70, 15, 8, 7 };
    /** First-instance judgments on the merits; of these all but REJECT_CLAIMS are losses. */
    private static final List<String> JUDGMENTS = List.of("REJECT_CLAIMS", "REVOKE", "PARTIAL_REVOKE", "ORDER_PERFORMANCE",
            "ORDER_PAYMENT", "CONFIRM_ILLEGAL", "CONFIRM_INVALID", "ALTER", "AGREEMENT_ORDER");
    static final String[] COUNSEL = { "PUBLIC_LAWYER", "LEGAL_ADVISER", "EXTERNAL_LAWYER", "NONE" };
    static final int[] COUNSEL_WEIGHTS = { 35, 35, 20, 10 };
    /** The organ as co-defendant is usually represented by its legal adviser. */
    static final int[] ORGAN_COUNSEL_WEIGHTS = { 30, 60, 0, 10 };
    static final String[] HEAD_RANKS = { "PRINCIPAL", "DEPUTY", "OTHER_LEADER" };
    static final int[] HEAD_RANK_WEIGHTS = { 30, 60, 10 };
    static final String[] HEAD_POSITIONS = { "局长", "副局长", "党组成员" };
    static final String[] ABSENCE_REASONS = { "DUTY_NO_ONE_ELSE", "NONE_GIVEN", "OTHER", "ACCIDENT" };
    static final int[] ABSENCE_REASON_WEIGHTS = { 50, 30, 15, 5 };
    /** Share of appearances at which an agency head came, by the session's year: rising after 法释〔2020〕3号 (2020-07-01). */
    static final double[] HEAD_APPEARED = { 0.72, 0.80, 0.86, 0.88, 0.90, 0.92 };
    private static final String[] SURNAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" };

    /** A court: the one an organ's first-instance suits go to, and the one above it for appeals and retrials. */
    private record Court(String name, String code, Court above) {
    }

    /** One generated lawsuit, held until all are generated so that ids follow the filing dates. */
    private static final class Suit {
        long id;
        long organ;
        String instance;
        Suit previous;
        Court court;
        long caseId;
        long respondent;
        boolean organDefendant;
        String category;
        String domain;
        String counsel;
        String plaintiffKind;
        boolean simplified;
        LocalDate filed;
        String outcome;
        LocalDate outcomeDate;
        LocalDate outcomeServed;
        boolean orderToRedo;
        boolean withdrawnAfterActChanged;
        String state;
        LocalDate finalDate;
    }

    /**
     * Inserts {@code count} lawsuits against the organs and their respondents, spread like the cases (organ weights,
     * growth over 2019–2024): about 85 % first instance, 13 % appeals of an earlier first instance of the same organ
     * filed after its outcome was served, 2 % retrials; about 30 % follow a reconsideration case of the organ concluded
     * shortly before. Outcomes with national shares, court sessions with who appeared for each defendant (a few
     * appearances corrected, the old record kept as superseded), and a few thousand judicial and procuratorial
     * recommendations. Ids are given in filing order. Returns the time taken in ms.
     */
    static long loadLawsuits(Connection c, Organs organs, int count, long seed) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<Long> organIds = new ArrayList<>(organs.weights().keySet());
        organIds.sort(Long::compare);
        int[] organWeights = organIds.stream().mapToInt(organs.weights()::get).toArray();
        Map<Long, Court> courts = firstInstanceCourts(c);
        Map<Long, long[]> concluded = new HashMap<>();
        for (long organ : organIds) {
            concluded.put(organ, concludedCases(c, organ));
        }

        int appeals = (int) Math.round(count * 0.13);
        int retrials = (int) Math.round(count * 0.02);
        List<Suit> suits = new ArrayList<>(count);
        for (int i = 0; i < count - appeals - retrials; i++) {
            Suit s = new Suit();
            s.organ = organIds.get(pick(random, organWeights));
            s.instance = "FIRST";
            s.court = courts.get(s.organ);
            s.filed = receivedDate(random);
            List<Long> rs = organs.respondents().get(s.organ);
            s.respondent = rs.get(random.nextInt(rs.size()));
            s.organDefendant = random.nextDouble() < 0.13;
            s.category = CATEGORIES[pick(random, CATEGORY_WEIGHTS)];
            s.domain = DOMAINS[pick(random, DOMAIN_WEIGHTS)];
            s.counsel = COUNSEL[pick(random, COUNSEL_WEIGHTS)];
            double p = random.nextDouble();
            s.plaintiffKind = p < 0.85 ? "NATURAL_PERSON" : p < 0.97 ? "LEGAL_PERSON" : "OTHER_ORGANISATION";
            s.simplified = random.nextDouble() < 0.1;
            if (random.nextDouble() < 0.31) {
                s.caseId = concludedShortlyBefore(concluded.get(s.organ), s.filed, random);
            }
            decide(s, random);
            suits.add(s);
        }
        followCases(c, suits, random);

        // appeals of first-instance judgments and appealable rulings, filed after the outcome was served
        List<Suit> appealable = new ArrayList<>();
        for (Suit s : suits) {
            if (s.outcomeServed != null && appealDays(s) > 0 && !s.outcomeServed.plusDays(10).isAfter(LAST)) {
                appealable.add(s);
            }
        }
        Collections.shuffle(appealable, random);
        for (Suit previous : appealable.subList(0, Math.min(appeals, appealable.size()))) {
            Suit a = continuation(previous, "APPEAL", previous.court.above(), random);
            a.filed = min(previous.outcomeServed.plusDays(10 + random.nextInt(31)), LAST);
            previous.state = "APPEALED";
            previous.finalDate = null;
            decide(a, random);
            suits.add(a);
        }
        // retrials of final outcomes, in the court above the one that decided
        List<Suit> reopenable = new ArrayList<>();
        for (Suit s : suits) {
            if ("FINAL".equals(s.state) && !s.outcomeServed.plusDays(60).isAfter(LAST)) {
                reopenable.add(s);
            }
        }
        Collections.shuffle(reopenable, random);
        for (Suit previous : reopenable.subList(0, Math.min(retrials, reopenable.size()))) {
            Suit r = continuation(previous, "RETRIAL", previous.court.above() == null ? previous.court : previous.court.above(), random);
            r.filed = min(previous.outcomeServed.plusDays(60 + random.nextInt(300)), LAST);
            decide(r, random);
            suits.add(r);
        }

        suits.sort(Comparator.comparing((Suit s) -> s.filed));
        long firstId = nextId(c, "lawsuit");
        for (int i = 0; i < suits.size(); i++) {
            suits.get(i).id = firstId + i;
        }
        long[] counts = insertLawsuits(c, suits, random);
        int recommendations = insertRecommendations(c, suits, organIds, organWeights, organs, count * 3 / 200, random);
        try (Statement st = c.createStatement()) {
            for (String table : List.of("lawsuit", "lawsuit_plaintiff", "lawsuit_defendant", "court_session", "session_appearance",
                    "recommendation")) {
                st.execute("ANALYZE TABLE " + table);
            }
        }
        c.commit();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("benchmark data: %,d lawsuits (%,d first instance, %,d appeals, %,d retrials; %,d following a case), %,d court"
                + " sessions, %,d appearance records, %,d recommendations loaded in %,d s", suits.size(), counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5], recommendations, ms / 1000);
        return ms;
    }

    /** The first-instance court of every organ of the bench province, each linked to the courts above it. */
    private static Map<Long, Court> firstInstanceCourts(Connection c) throws SQLException {
        Court high = new Court("基准省高级人民法院", "基", new Court("最高人民法院", "最高法", null));
        Map<Long, String> codes = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, code, parent_id FROM organ WHERE code LIKE 'bench-%'")) {
            while (rs.next()) {
                codes.put(rs.getLong(1), rs.getString(2));
                parents.put(rs.getLong(1), rs.getLong(3));
            }
        }
        Map<Long, Court> intermediate = new HashMap<>();
        Map<Long, Court> first = new HashMap<>();
        for (Map.Entry<Long, String> o : codes.entrySet()) {
            if (o.getValue().startsWith("bench-c")) {
                int city = Integer.parseInt(o.getValue().substring("bench-c".length()));
                Court court = new Court("基准" + city + "市中级人民法院", String.format("基%02d", city), high);
                intermediate.put(o.getKey(), court);
                first.put(o.getKey(), new Court("基准" + city + "市城区人民法院", String.format("基%02d01", city), court));
            } else if (o.getValue().equals("bench-p")) {
                first.put(o.getKey(), new Court("基准省会中级人民法院", "基00", high));
            }
        }
        for (Map.Entry<Long, String> o : codes.entrySet()) {
            if (o.getValue().startsWith("bench-k")) {
                int county = Integer.parseInt(o.getValue().substring("bench-k".length()));
                first.put(o.getKey(), new Court("基准" + county + "县人民法院", "基" + (8100 + county),
                        intermediate.get(parents.get(o.getKey()))));
            }
        }
        return first;
    }

    /** The organ's concluded cases as (concluded day << 32 | id), in that order: one range of the concluded index. */
    private static long[] concludedCases(Connection c, long organ) throws SQLException {
        long[] found = new long[1024];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, concluded_date FROM reconsideration_case WHERE organ_id = ?"
                + " AND concluded_date IS NOT NULL ORDER BY concluded_date, id")) {
            ps.setLong(1, organ);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = rs.getDate(2).toLocalDate().toEpochDay() << 32 | rs.getLong(1);
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** A case concluded 5 to 30 days before the suit was filed (15 days to sue after service, ALL 45), or 0 if none. */
    private static long concludedShortlyBefore(long[] cases, LocalDate filed, Random random) {
        int from = -Arrays.binarySearch(cases, filed.minusDays(30).toEpochDay() << 32) - 1;
        int to = -Arrays.binarySearch(cases, filed.minusDays(4).toEpochDay() << 32) - 1;
        return from == to ? 0 : cases[from + random.nextInt(to - from)] & 0xFFFF_FFFFL;
    }

    /**
     * A suit following a case is against that case's respondent about the same act; when the organ upheld the act or
     * rejected the request the organ is usually a co-defendant (ALL 26).
     */
    private static void followCases(Connection c, List<Suit> suits, Random random) throws SQLException {
        List<Suit> following = suits.stream().filter(s -> s.caseId != 0).toList();
        Map<Long, String[]> cases = new HashMap<>();
        for (int i = 0; i < following.size(); i += 1000) {
            String ids = following.subList(i, Math.min(i + 1000, following.size())).stream().map(s -> String.valueOf(s.caseId))
                    .collect(Collectors.joining(","));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, respondent_id, act_category, act_domain,"
                    + " decision_type FROM reconsideration_case WHERE id IN (" + ids + ")")) {
                while (rs.next()) {
                    cases.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
                }
            }
        }
        for (Suit s : following) {
            String[] k = cases.get(s.caseId);
            s.respondent = Long.parseLong(k[0]);
            s.category = k[1];
            s.domain = k[2];
            s.organDefendant = ("UPHOLD".equals(k[3]) || "REJECT_REQUEST".equals(k[3])) ? random.nextDouble() < 0.85
                    : random.nextDouble() < 0.05;
        }
    }

    /** The next instance of a suit: same organ, parties and act, in the given court. */
    private static Suit continuation(Suit previous, String instance, Court court, Random random) {
        Suit s = new Suit();
        s.organ = previous.organ;
        s.instance = instance;
        s.previous = previous;
        s.court = court;
        s.caseId = previous.caseId;
        s.respondent = previous.respondent;
        s.organDefendant = previous.organDefendant;
        s.category = previous.category;
        s.domain = previous.domain;
        s.counsel = COUNSEL[pick(random, COUNSEL_WEIGHTS)];
        s.plaintiffKind = previous.plaintiffKind;
        return s;
    }

    /**
     * The outcome 2 to 7 months after filing (1 to 3 for an appeal), more of them late than early; about one suit in ten
     * still open years later, and none decided after the data's last day. The state follows: decided while the appeal
     * window is open, final after it.
     */
    private static void decide(Suit s, Random random) {
        boolean open = random.nextDouble() < 0.10;
        double late = Math.sqrt(random.nextDouble());
        LocalDate date = s.instance.equals("APPEAL") ? s.filed.plusDays(30 + (long) (late * 60)) : s.filed.plusDays(60 + (long) (late * 150));
        String outcome = switch (s.instance) {
            case "FIRST" -> FIRST_OUTCOMES[pick(random, FIRST_OUTCOME_WEIGHTS)];
            case "APPEAL" -> APPEAL_OUTCOMES[pick(random, APPEAL_OUTCOME_WEIGHTS)];
            default -> RETRIAL_OUTCOMES[pick(random, RETRIAL_OUTCOME_WEIGHTS)];
        };
        LocalDate served = date.plusDays(3 + random.nextInt(8));
        boolean flag = random.nextDouble() < 0.3;
        if (open || date.isAfter(LAST)) {
            s.state = "ACTIVE";
            return;
        }
        s.outcome = outcome;
        s.outcomeDate = date;
        s.orderToRedo = (outcome.equals("REVOKE") || outcome.equals("PARTIAL_REVOKE")) && flag;
        s.withdrawnAfterActChanged = outcome.equals("WITHDRAWAL_APPROVED") && flag;
        s.outcomeServed = served.isAfter(LAST) ? null : served;
        LocalDate fin = s.outcomeServed == null ? null : s.outcomeServed.plusDays(appealDays(s));
        if (fin == null || fin.isAfter(LAST)) {
            s.state = "DECIDED";
        } else {
            s.state = "FINAL";
            s.finalDate = fin;
        }
    }

    /** Days to appeal after service: 15 for a first-instance judgment, 10 for a dismissal, none otherwise. */
    private static int appealDays(Suit s) {
        if (!s.instance.equals("FIRST") || s.outcome == null) {
            return 0;
        }
        return JUDGMENTS.contains(s.outcome) ? 15 : s.outcome.equals("DISMISS_SUIT") ? 10 : 0;
    }

    /**
     * Writes the suits with their plaintiff, defendants, sessions and appearances; returns the numbers of first
     * instances, appeals, retrials, suits following a case, sessions and appearance records.
     */
    private static long[] insertLawsuits(Connection c, List<Suit> suits, Random random) throws SQLException {
        long[] counts = new long[6];
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long plaintiffId = nextId(c, "lawsuit_plaintiff");
        long defendantId = nextId(c, "lawsuit_defendant");
        long sessionId = nextId(c, "court_session");
        long appearanceId = nextId(c, "session_appearance");
        Map<String, Integer> sequences = new HashMap<>();
        try (Statement st = c.createStatement()) {
            st.execute("SET unique_checks = 0");
            st.execute("SET foreign_key_checks = 0");
        }
        try (PreparedStatement lawsuits = c.prepareStatement("INSERT INTO lawsuit (id, organ_id, court, court_case_number, instance,"
                + " previous_lawsuit_id, reconsideration_case_id, state, act_category, act_domain, act_description, claims, filed_date,"
                + " served_date, simplified, counsel_type, counsel_name, report_due_date, reported_date, reported_by, defence_date,"
                + " outcome, order_to_redo, withdrawn_after_act_changed, outcome_date, outcome_served_date, outcome_summary,"
                + " final_date, next_deadline_kind, next_due_date, version, created_at, updated_at, created_by) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'bench')");
                PreparedStatement plaintiffs = c.prepareStatement("INSERT INTO lawsuit_plaintiff (id, lawsuit_id, position, kind, name,"
                        + " id_type) VALUES (?, ?, 1, ?, ?, ?)");
                PreparedStatement defendants = c.prepareStatement("INSERT INTO lawsuit_defendant (id, lawsuit_id, position,"
                        + " respondent_id, organ_id) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement sessions = c.prepareStatement("INSERT INTO court_session (id, lawsuit_id, session_date, court_room)"
                        + " VALUES (?, ?, ?, ?)");
                PreparedStatement appearances = c.prepareStatement("INSERT INTO session_appearance (id, session_id, defendant_id,"
                        + " revision, superseded, head_appeared, head_name, head_position, head_rank, head_spoke,"
                        + " head_identity_defective, court_notified_head, absence_reason, entrusted_staff, counsel_name, counsel_type,"
                        + " correction_reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'bench')")) {
            for (int i = 0; i < suits.size(); i++) {
                Suit s = suits.get(i);
                counts[s.instance.equals("FIRST") ? 0 : s.instance.equals("APPEAL") ? 1 : 2]++;
                counts[3] += s.caseId != 0 ? 1 : 0;
                String kind = s.instance.equals("FIRST") ? "行初" : s.instance.equals("APPEAL") ? "行终" : "行再";
                int year = s.filed.getYear();
                int seq = sequences.merge(s.court.name() + year + kind, 1, Integer::sum);
                LocalDate served = ifNotAfterLast(s.filed.plusDays(3 + random.nextInt(5)));
                LocalDate reported = served == null ? null : ifNotAfterLast(served.plusDays(1 + random.nextInt(7)));
                LocalDate defence = served == null ? null : ifNotAfterLast(served.plusDays(5 + random.nextInt(10)));
                String deadline = null;
                LocalDate due = null;
                if (s.state.equals("ACTIVE") && served != null) {
                    deadline = defence == null ? "DEFENCE" : "TRIAL";
                    due = defence == null ? served.plusDays(15) : s.filed.plusMonths(s.instance.equals("APPEAL") ? 3 : 6);
                } else if (s.state.equals("DECIDED") && s.outcomeServed != null) {
                    deadline = "APPEAL_WINDOW";
                    due = s.outcomeServed.plusDays(appealDays(s));
                }
                int k = 1;
                lawsuits.setLong(k++, s.id);
                lawsuits.setLong(k++, s.organ);
                lawsuits.setString(k++, s.court.name());
                lawsuits.setString(k++, "（" + year + "）" + s.court.code() + kind + seq + "号");
                lawsuits.setString(k++, s.instance);
                lawsuits.setObject(k++, s.previous == null ? null : s.previous.id);
                lawsuits.setObject(k++, s.caseId == 0 ? null : s.caseId);
                lawsuits.setString(k++, s.state);
                lawsuits.setString(k++, s.category);
                lawsuits.setString(k++, s.domain);
                lawsuits.setString(k++, "被诉行政行为");
                lawsuits.setString(k++, "请求撤销被诉行政行为");
                lawsuits.setDate(k++, Date.valueOf(s.filed));
                lawsuits.setDate(k++, date(served));
                lawsuits.setBoolean(k++, s.simplified);
                lawsuits.setString(k++, s.counsel);
                lawsuits.setString(k++, s.counsel.equals("NONE") ? null : "代理人" + (s.id % 97));
                lawsuits.setDate(k++, date(served == null ? null : served.plusDays(5)));
                lawsuits.setDate(k++, date(reported));
                lawsuits.setString(k++, reported == null ? null : "bench");
                lawsuits.setDate(k++, date(defence));
                lawsuits.setString(k++, s.outcome);
                lawsuits.setBoolean(k++, s.orderToRedo);
                lawsuits.setBoolean(k++, s.withdrawnAfterActChanged);
                lawsuits.setDate(k++, date(s.outcomeDate));
                lawsuits.setDate(k++, date(s.outcomeServed));
                lawsuits.setString(k++, s.outcome == null ? null : "裁判结果");
                lawsuits.setDate(k++, date(s.finalDate));
                lawsuits.setString(k++, deadline);
                lawsuits.setDate(k++, date(due));
                lawsuits.setTimestamp(k++, now);
                lawsuits.setTimestamp(k, now);
                lawsuits.addBatch();

                plaintiffs.setLong(1, plaintiffId++);
                plaintiffs.setLong(2, s.id);
                plaintiffs.setString(3, s.plaintiffKind);
                plaintiffs.setString(4, s.plaintiffKind.equals("NATURAL_PERSON") ? SURNAMES[(int) (s.id % 10)] + "某" + (s.id % 1000)
                        : "基准实业有限公司" + (s.id % 1000));
                plaintiffs.setString(5, s.plaintiffKind.equals("NATURAL_PERSON") ? "RESIDENT_ID_CARD" : "UNIFIED_SOCIAL_CREDIT_CODE");
                plaintiffs.addBatch();

                long respondentDefendant = defendantId++;
                defendants.setLong(1, respondentDefendant);
                defendants.setLong(2, s.id);
                defendants.setInt(3, 1);
                defendants.setLong(4, s.respondent);
                defendants.setObject(5, null);
                defendants.addBatch();
                long organDefendant = 0;
                if (s.organDefendant) {
                    organDefendant = defendantId++;
                    defendants.setLong(1, organDefendant);
                    defendants.setLong(2, s.id);
                    defendants.setInt(3, 2);
                    defendants.setObject(4, null);
                    defendants.setLong(5, s.organ);
                    defendants.addBatch();
                }

                for (LocalDate day : sessionDates(s, random)) {
                    counts[4]++;
                    long session = sessionId++;
                    sessions.setLong(1, session);
                    sessions.setLong(2, s.id);
                    sessions.setDate(3, Date.valueOf(day));
                    sessions.setString(4, "第" + (1 + random.nextInt(6)) + "法庭");
                    sessions.addBatch();
                    for (long defendant : organDefendant == 0 ? new long[] { respondentDefendant }
                            : new long[] { respondentDefendant, organDefendant }) {
                        String counsel = defendant == organDefendant ? COUNSEL[pick(random, ORGAN_COUNSEL_WEIGHTS)]
                                : random.nextDouble() < 0.9 ? s.counsel : COUNSEL[pick(random, COUNSEL_WEIGHTS)];
                        double pHead = HEAD_APPEARED[Math.min(day.getYear() - FIRST.getYear(), HEAD_APPEARED.length - 1)];
                        boolean appeared = random.nextDouble() < pHead;
                        int rank = pick(random, HEAD_RANK_WEIGHTS);
                        boolean spoke = random.nextDouble() < 0.8;
                        boolean defective = random.nextDouble() < 0.01;
                        boolean notified = random.nextDouble() < 0.4;
                        String absence = ABSENCE_REASONS[pick(random, ABSENCE_REASON_WEIGHTS)];
                        Timestamp recorded = Timestamp.valueOf(day.atTime(18, 0));
                        if (random.nextDouble() < 0.02) {
                            // corrected later: the first record said the opposite about the head, and other counsel
                            String before = counsel.equals("PUBLIC_LAWYER") || counsel.equals("LEGAL_ADVISER") ? "EXTERNAL_LAWYER" : "PUBLIC_LAWYER";
                            appearance(appearances, appearanceId++, session, defendant, 1, true, !appeared, 1, true, false, notified,
                                    absence, before, null, recorded);
                            appearance(appearances, appearanceId++, session, defendant, 2, false, appeared, rank, spoke, defective,
                                    notified, absence, counsel, "更正出庭情况", Timestamp.valueOf(day.plusDays(3).atTime(10, 0)));
                            counts[5] += 2;
                        } else {
                            appearance(appearances, appearanceId++, session, defendant, 1, false, appeared, rank, spoke, defective,
                                    notified, absence, counsel, null, recorded);
                            counts[5]++;
                        }
                    }
                }
                if ((i + 1) % 2000 == 0 || i == suits.size() - 1) {
                    lawsuits.executeBatch();
                    plaintiffs.executeBatch();
                    defendants.executeBatch();
                    sessions.executeBatch();
                    appearances.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 50_000 == 0) {
                    LOG.infof("benchmark data: %,d lawsuits loaded", i + 1);
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET unique_checks = 1");
            st.execute("SET foreign_key_checks = 1");
        }
        return counts;
    }

    /**
     * Sessions for about three suits in four: nearly every suit decided by judgment, fewer of those dismissed or
     * withdrawn, some appeals heard on the papers. One to three, from two weeks after filing to the outcome (or half a
     * year on while open), none after the data's last day.
     */
    private static List<LocalDate> sessionDates(Suit s, Random random) {
        double p = s.outcome == null ? 0.8 : !s.instance.equals("FIRST") ? 0.65 : JUDGMENTS.contains(s.outcome) ? 0.95 : 0.5;
        double r = random.nextDouble();
        int n = r < 0.70 ? 1 : r < 0.92 ? 2 : 3;
        LocalDate from = s.filed.plusDays(15);
        LocalDate until = s.outcomeDate != null ? s.outcomeDate : min(s.filed.plusDays(180), LAST);
        if (until.isBefore(from)) {
            if (s.outcomeDate == null) {
                return List.of();
            }
            from = s.filed;
        }
        if (random.nextDouble() >= p) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        long span = until.toEpochDay() - from.toEpochDay() + 1;
        for (int i = 0; i < n; i++) {
            days.add(from.plusDays((long) (random.nextDouble() * span)));
        }
        days.sort(null);
        return days;
    }

    private static void appearance(PreparedStatement ps, long id, long session, long defendant, int revision, boolean superseded,
            boolean appeared, int rank, boolean spoke, boolean defective, boolean notified, String absence, String counsel,
            String correction, Timestamp recorded) throws SQLException {
        int k = 1;
        ps.setLong(k++, id);
        ps.setLong(k++, session);
        ps.setLong(k++, defendant);
        ps.setInt(k++, revision);
        ps.setBoolean(k++, superseded);
        ps.setBoolean(k++, appeared);
        ps.setString(k++, appeared ? SURNAMES[(int) (defendant % 10)] + "某某" : null);
        ps.setString(k++, appeared ? HEAD_POSITIONS[rank] : null);
        ps.setString(k++, appeared ? HEAD_RANKS[rank] : null);
        ps.setBoolean(k++, appeared && spoke);
        ps.setBoolean(k++, appeared && defective);
        ps.setBoolean(k++, notified);
        ps.setString(k++, appeared || !notified ? null : absence);
        ps.setString(k++, "工作人员甲、工作人员乙");
        ps.setString(k++, counsel.equals("NONE") ? null : "代理人" + (defendant % 97));
        ps.setString(k++, counsel);
        ps.setString(k++, correction);
        ps.setTimestamp(k, recorded);
        ps.addBatch();
    }

    /**
     * Judicial recommendations (mostly about a suit, sent after its outcome) and procuratorial ones (fewer about a
     * suit), answered within about two months in most cases.
     */
    private static int insertRecommendations(Connection c, List<Suit> suits, List<Long> organIds, int[] organWeights, Organs organs,
            int count, Random random) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Map<String, Integer> sequences = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recommendation (organ_id, kind, issuer, document_number, lawsuit_id,"
                + " respondent_id, addressee, subject, received_date, answer_due_date, answered_date, answer_summary, version,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                boolean judicial = random.nextDouble() < 0.65;
                Suit s = suits.get(random.nextInt(suits.size()));
                LocalDate received = s.outcomeDate == null ? null : s.outcomeDate.plusDays(10 + random.nextInt(50));
                boolean aboutSuit = random.nextDouble() < (judicial ? 0.8 : 0.4) && received != null && !received.isAfter(LAST);
                long organ;
                long respondent;
                if (aboutSuit) {
                    organ = s.organ;
                    respondent = s.respondent;
                } else {
                    received = receivedDate(random);
                    organ = organIds.get(pick(random, organWeights));
                    List<Long> rs = organs.respondents().get(organ);
                    respondent = rs.get(random.nextInt(rs.size()));
                }
                String issuer = judicial ? aboutSuit ? s.court.name() : "基准省高级人民法院" : "基准省人民检察院";
                int seq = sequences.merge(issuer + received.getYear(), 1, Integer::sum);
                LocalDate answered = received.plusDays(20 + random.nextInt(60));
                boolean answeredYet = random.nextDouble() < 0.85 && !answered.isAfter(LAST);
                int k = 1;
                ps.setLong(k++, organ);
                ps.setString(k++, judicial ? "JUDICIAL" : "PROCURATORIAL");
                ps.setString(k++, issuer);
                ps.setString(k++, (judicial ? "（" + received.getYear() + "）司建" : "检行建〔" + received.getYear() + "〕") + seq + "号");
                ps.setObject(k++, aboutSuit ? s.id : null);
                ps.setLong(k++, respondent);
                ps.setString(k++, "被建议单位");
                ps.setString(k++, judicial ? "行政机关负责人出庭应诉" : "规范行政执法");
                ps.setDate(k++, Date.valueOf(received));
                ps.setDate(k++, Date.valueOf(received.plusMonths(2)));
                ps.setDate(k++, answeredYet ? Date.valueOf(answered) : null);
                ps.setString(k++, answeredYet ? "已整改" : null);
                ps.setTimestamp(k++, now);
                ps.setTimestamp(k, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        return count;
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LocalDate ifNotAfterLast(LocalDate d) {
        return d.isAfter(LAST) ? null : d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
