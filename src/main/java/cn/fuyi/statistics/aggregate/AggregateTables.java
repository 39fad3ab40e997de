package cn.fuyi.statistics.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * Reads and writes the aggregate tables of V31 in the caller's transaction: the month and year buckets, the cases as
 * last counted, the lawsuits' links, and the projection's place in the feed ({@code statistics_projection}, row
 * {@value #NAME}).
 */
final class AggregateTables {

    static final String NAME = "RECONSIDERATION";

    /** The feed types that change reconsideration figures without naming a case: every bucket is recounted. */
    static final String RECOUNT_ALL = "CASE_DEADLINES_RECOMPUTED";

    /** Where the projection stands: the feed position integrated, and when it was last rebuilt (null: never). */
    record State(long lastSeq, Instant rebuiltAt, Instant updatedAt) {
        boolean built() {
            return rebuiltAt != null;
        }
    }

    private AggregateTables() {
    }

    static State state(EntityManager em, boolean lock) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_seq, rebuilt_at, updated_at FROM statistics_projection WHERE name = '"
                + NAME + "'" + (lock ? " FOR UPDATE" : "")).getSingleResult();
        return new State(((Number) row[0]).longValue(), instant(row[1]), instant(row[2]));
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) o;
    }

    static void advance(EntityManager em, long seq, boolean rebuilt) {
        em.createNativeQuery("UPDATE statistics_projection SET last_seq = ?1, updated_at = UTC_TIMESTAMP(6)"
                + (rebuilt ? ", rebuilt_at = UTC_TIMESTAMP(6)" : "") + " WHERE name = '" + NAME + "'").setParameter(1, seq).executeUpdate();
    }

    /** The newest feed position sequenced (0 for none). */
    static long feedHead(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM change_event").getSingleResult()).longValue();
    }

    /** A feed entry as the projection reads it. */
    record Entry(long seq, String type, String subjectType, Long subjectId) {
    }

    /** The sequenced entries after {@code after}, in feed order, at most {@code limit}. */
    static List<Entry> entriesAfter(EntityManager em, long after, int limit) {
        List<Entry> list = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT seq, type, subject_type, subject_id FROM change_event WHERE seq > ?1 ORDER BY seq")
                .setParameter(1, after).setMaxResults(limit).getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue()));
        }
        return list;
    }

    /**
     * The entries not integrated yet: committed but not sequenced, or sequenced after {@code after}. Only those that can
     * change a reconsideration figure (a case, a lawsuit's link, a recomputation of every case's deadlines).
     */
    static List<Entry> pending(EntityManager em, long after) {
        List<Entry> list = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT COALESCE(seq, 0), type, subject_type, subject_id FROM change_event"
                + " WHERE (seq IS NULL OR seq > ?1) AND subject_type IN ('RECONSIDERATION_CASE', 'LAWSUIT', 'SYSTEM')")
                .setParameter(1, after).getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue()));
        }
        return list;
    }

    /**
     * The reconsideration cases the entries touch: the cases named, and for a lawsuit both the case it follows now and
     * the one it followed when last counted.
     */
    static Set<Long> casesTouched(EntityManager em, Collection<Entry> entries) {
        Set<Long> cases = new LinkedHashSet<>();
        Set<Long> lawsuits = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.subjectId() == null) {
                continue;
            }
            if ("RECONSIDERATION_CASE".equals(e.subjectType())) {
                cases.add(e.subjectId());
            } else if ("LAWSUIT".equals(e.subjectType())) {
                lawsuits.add(e.subjectId());
            }
        }
        if (!lawsuits.isEmpty()) {
            for (Object o : em.createNativeQuery("SELECT reconsideration_case_id FROM lawsuit WHERE id IN (?1) AND reconsideration_case_id IS NOT NULL"
                    + " UNION SELECT case_id FROM statistics_rec_lawsuit WHERE lawsuit_id IN (?1)").setParameter(1, List.copyOf(lawsuits)).getResultList()) {
                cases.add(((Number) o).longValue());
            }
        }
        return cases;
    }

    static Set<Long> lawsuitsTouched(Collection<Entry> entries) {
        Set<Long> lawsuits = new HashSet<>();
        entries.stream().filter(e -> "LAWSUIT".equals(e.subjectType()) && e.subjectId() != null).forEach(e -> lawsuits.add(e.subjectId()));
        return lawsuits;
    }

    /** The server's clock, as the rows' stamps read it; read before the transaction's first read of a table. */
    static java.time.LocalDateTime serverNow(EntityManager em) {
        Object o = em.createNativeQuery("SELECT NOW(6)").getSingleResult();
        return o instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) o;
    }

    /** When the writer last swept the stamped rows (null: never). */
    static java.time.LocalDateTime sweptAt(EntityManager em) {
        Object o = em.createNativeQuery("SELECT swept_at FROM statistics_rec_sweep WHERE name = '" + NAME + "'").getSingleResult();
        return o == null ? null : o instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) o;
    }

    static void swept(EntityManager em, java.time.LocalDateTime at) {
        em.createNativeQuery("UPDATE statistics_rec_sweep SET swept_at = ?1 WHERE name = '" + NAME + "'")
                .setParameter(1, java.sql.Timestamp.valueOf(at)).executeUpdate();
    }

    /**
     * The cases whose row changed since they were counted without (yet) a feed entry saying so: stamped since
     * {@code since}, and with a stamp other than the one they were counted at (or never counted). An index range over
     * the stamps, then one primary-key look-up per row of that range.
     */
    static Set<Long> changedWithoutEntry(EntityManager em, java.time.LocalDateTime since) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object o : em.createNativeQuery("SELECT c.id FROM reconsideration_case c LEFT JOIN statistics_rec_case p ON p.case_id = c.id"
                + " WHERE c.stat_touched_at >= ?1 AND (p.case_id IS NULL OR p.touched_at <> c.stat_touched_at)")
                .setParameter(1, java.sql.Timestamp.valueOf(since)).getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    /** First day of the month of a SQL date, NULL staying NULL. */
    static String monthOf(String date) {
        return "DATE_SUB(" + date + ", INTERVAL DAYOFMONTH(" + date + ") - 1 DAY)";
    }

    private static String rowMonths() {
        List<String> cols = new ArrayList<>();
        for (Flow f : Flow.values()) {
            cols.add(monthOf(f.date()));
        }
        return String.join(", ", cols);
    }

    private static String projectionMonths() {
        List<String> cols = new ArrayList<>();
        for (Flow f : Flow.values()) {
            cols.add(f.projectionColumn());
        }
        return String.join(", ", cols);
    }

    /**
     * The buckets the cases are in: as last counted ({@code statistics_rec_case}) and as their rows say now. Both,
     * because a change moves a case out of one bucket and into another.
     */
    static Set<Key> keysOf(EntityManager em, Collection<Long> caseIds) {
        Set<Key> keys = new HashSet<>();
        if (caseIds.isEmpty()) {
            return keys;
        }
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            addKeys(keys, em.createNativeQuery("SELECT organ_id, " + projectionMonths() + " FROM statistics_rec_case WHERE case_id IN (?1)")
                    .setParameter(1, part).getResultList());
            addKeys(keys, em.createNativeQuery("SELECT c.organ_id, " + rowMonths() + " FROM reconsideration_case c WHERE c.id IN (?1)")
                    .setParameter(1, part).getResultList());
        }
        return keys;
    }

    private static void addKeys(Set<Key> keys, List<?> rows) {
        Flow[] flows = Flow.values();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long organ = ((Number) r[0]).longValue();
            for (int i = 0; i < flows.length; i++) {
                LocalDate month = date(r[i + 1]);
                if (month != null) {
                    keys.add(new Key(organ, month, flows[i]));
                }
            }
        }
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    /**
     * The cases as their rows say in this transaction's snapshot, replacing what was kept of them (a case no longer
     * there is forgotten). Read with a plain (snapshot) read and written as values: an INSERT … SELECT would read the
     * latest rows instead, under shared locks, and could keep a later state than the one just counted.
     */
    static void rememberCases(EntityManager em, Collection<Long> caseIds) {
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createNativeQuery("DELETE FROM statistics_rec_case WHERE case_id IN (?1)").setParameter(1, part).executeUpdate();
            copy(em, em.createNativeQuery("SELECT c.id, c.organ_id, " + rowMonths() + ", c.stat_touched_at FROM reconsideration_case c"
                    + " WHERE c.id IN (?1)").setParameter(1, part).getResultList(), CASE_COLUMNS);
        }
    }

    static void rememberLawsuits(EntityManager em, Collection<Long> lawsuitIds) {
        if (lawsuitIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(lawsuitIds);
        em.createNativeQuery("DELETE FROM statistics_rec_lawsuit WHERE lawsuit_id IN (?1)").setParameter(1, ids).executeUpdate();
        copy(em, em.createNativeQuery("SELECT id, reconsideration_case_id FROM lawsuit WHERE id IN (?1) AND reconsideration_case_id IS NOT NULL")
                .setParameter(1, ids).getResultList(), LAWSUIT_COLUMNS);
    }

    /** Every case and lawsuit link as the rows say in this snapshot (a rebuild), read in pages of the primary key. */
    static void rememberEverything(EntityManager em) {
        em.createNativeQuery("DELETE FROM statistics_rec_case").executeUpdate();
        long after = 0;
        while (true) {
            List<?> rows = em.createNativeQuery("SELECT c.id, c.organ_id, " + rowMonths() + ", c.stat_touched_at FROM reconsideration_case c"
                    + " WHERE c.id > ?1 ORDER BY c.id").setParameter(1, after).setMaxResults(10000).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            copy(em, rows, CASE_COLUMNS);
            after = ((Number) ((Object[]) rows.get(rows.size() - 1))[0]).longValue();
        }
        em.createNativeQuery("DELETE FROM statistics_rec_lawsuit").executeUpdate();
        after = 0;
        while (true) {
            List<?> rows = em.createNativeQuery("SELECT id, reconsideration_case_id FROM lawsuit WHERE id > ?1 AND reconsideration_case_id IS NOT NULL"
                    + " ORDER BY id").setParameter(1, after).setMaxResults(10000).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            copy(em, rows, LAWSUIT_COLUMNS);
            after = ((Number) ((Object[]) rows.get(rows.size() - 1))[0]).longValue();
        }
    }

    private static final String CASE_COLUMNS = "statistics_rec_case (case_id, organ_id, " + projectionMonths() + ", touched_at)";
    private static final String LAWSUIT_COLUMNS = "statistics_rec_lawsuit (lawsuit_id, case_id)";

    /** Inserts the rows read, as literal values, 1,000 to a statement. */
    private static void copy(EntityManager em, List<?> rows, String into) {
        List<String> values = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            List<String> v = new ArrayList<>();
            for (Object x : r) {
                v.add(literal(x));
            }
            values.add("(" + String.join(", ", v) + ")");
            if (values.size() == 1000) {
                em.createNativeQuery("INSERT INTO " + into + " VALUES " + String.join(", ", values)).executeUpdate();
                values.clear();
            }
        }
        if (!values.isEmpty()) {
            em.createNativeQuery("INSERT INTO " + into + " VALUES " + String.join(", ", values)).executeUpdate();
        }
    }

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static String literal(Object x) {
        if (x == null) {
            return "NULL";
        }
        if (x instanceof Number n) {
            return Long.toString(n.longValue());
        }
        if (x instanceof java.sql.Timestamp t) {
            return "TIMESTAMP '" + STAMP.format(t.toLocalDateTime()) + "'";
        }
        if (x instanceof java.time.LocalDateTime t) {
            return "TIMESTAMP '" + STAMP.format(t) + "'";
        }
        LocalDate d = date(x);
        return Recount.sqlDate(d);
    }

    /**
     * Replaces the month buckets named by their recount (a bucket absent from {@code counted} is now empty) and the
     * year buckets above them by the sums of their months.
     */
    static void replace(EntityManager em, Collection<Key> keys, Map<Key, Map<String, Long>> counted) {
        Set<String> years = new LinkedHashSet<>();
        Map<String, List<Key>> byOrganFlow = new HashMap<>();
        for (Key k : keys) {
            byOrganFlow.computeIfAbsent(k.organId() + "/" + k.flow(), x -> new ArrayList<>()).add(k);
            years.add(k.organId() + "/" + k.flow().name() + "/" + k.month().getYear());
        }
        for (List<Key> group : byOrganFlow.values()) {
            Key first = group.get(0);
            List<String> months = group.stream().map(k -> Recount.sqlDate(k.month())).distinct().toList();
            em.createNativeQuery("DELETE FROM statistics_rec_bucket WHERE organ_id = " + first.organId() + " AND grain = 'M' AND bucket IN ("
                    + String.join(", ", months) + ") AND flow = '" + first.flow().name() + "'").executeUpdate();
        }
        insert(em, "M", counted);
        for (String y : years) {
            String[] p = y.split("/");
            LocalDate start = LocalDate.of(Integer.parseInt(p[2]), 1, 1);
            String where = "organ_id = " + p[0] + " AND flow = '" + p[1] + "'";
            em.createNativeQuery("DELETE FROM statistics_rec_bucket WHERE " + where + " AND grain = 'Y' AND bucket = " + Recount.sqlDate(start))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO statistics_rec_bucket (organ_id, grain, bucket, flow, measure, n) SELECT organ_id, 'Y', "
                    + Recount.sqlDate(start) + ", flow, measure, SUM(n) FROM statistics_rec_bucket WHERE " + where + " AND grain = 'M' AND bucket"
                    + " BETWEEN " + Recount.sqlDate(start) + " AND " + Recount.sqlDate(start.plusMonths(11)) + " GROUP BY organ_id, flow, measure")
                    .executeUpdate();
        }
    }

    /** Every bucket replaced by a full recount (a rebuild): the months, then the years as their sums. */
    static void replaceAll(EntityManager em, Map<Key, Map<String, Long>> counted) {
        em.createNativeQuery("DELETE FROM statistics_rec_bucket").executeUpdate();
        insert(em, "M", counted);
        em.createNativeQuery("INSERT INTO statistics_rec_bucket (organ_id, grain, bucket, flow, measure, n) SELECT organ_id, 'Y',"
                + " MAKEDATE(YEAR(bucket), 1), flow, measure, SUM(n) FROM statistics_rec_bucket WHERE grain = 'M'"
                + " GROUP BY organ_id, YEAR(bucket), flow, measure").executeUpdate();
    }

    private static void insert(EntityManager em, String grain, Map<Key, Map<String, Long>> counted) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<Key, Map<String, Long>> e : counted.entrySet()) {
            Key k = e.getKey();
            for (Map.Entry<String, Long> m : e.getValue().entrySet()) {
                if (m.getValue() != 0) {
                    values.add("(" + k.organId() + ", '" + grain + "', " + Recount.sqlDate(k.month()) + ", '" + k.flow().name() + "', '"
                            + m.getKey().replace("'", "''") + "', " + m.getValue() + ")");
                }
            }
            if (values.size() >= 1000) {
                flush(em, values);
            }
        }
        flush(em, values);
    }

    private static void flush(EntityManager em, List<String> values) {
        insert(em, "statistics_rec_bucket (organ_id, grain, bucket, flow, measure, n)", values);
    }

    /** One multi-row INSERT of the rendered {@code values} into {@code into} (table and columns); empties the list. */
    static void insert(EntityManager em, String into, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO " + into + " VALUES " + String.join(", ", values)).executeUpdate();
        values.clear();
    }

    /** The stored month buckets named, each as its measures. */
    static Map<Key, Map<String, Long>> stored(EntityManager em, Collection<Key> keys) {
        Map<Key, Map<String, Long>> result = new HashMap<>();
        Map<Long, Set<String>> byOrgan = new HashMap<>();
        for (Key k : keys) {
            byOrgan.computeIfAbsent(k.organId(), o -> new LinkedHashSet<>()).add(Recount.sqlDate(k.month()));
        }
        Set<Key> wanted = new HashSet<>(keys);
        for (Map.Entry<Long, Set<String>> e : byOrgan.entrySet()) {
            for (Object o : em.createNativeQuery("SELECT bucket, flow, measure, n FROM statistics_rec_bucket WHERE organ_id = " + e.getKey()
                    + " AND grain = 'M' AND bucket IN (" + String.join(", ", e.getValue()) + ")").getResultList()) {
                Object[] r = (Object[]) o;
                Key k = new Key(e.getKey(), date(r[0]), Flow.valueOf((String) r[1]));
                if (wanted.contains(k)) {
                    result.computeIfAbsent(k, x -> new HashMap<>()).put((String) r[2], ((Number) r[3]).longValue());
                }
            }
        }
        return result;
    }
}
