package cn.fuyi.statistics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.StatisticsQueries;
import cn.fuyi.statistics.aggregate.AggregateViews.DifferenceView;

/**
 * The events a reconsideration report counts by their own dates ({@link StatisticsQueries#events}: hearings held,
 * opinion letters, committee referrals, normative document reviews, stays) and the one-per-case sets dated in the
 * period ({@link StatisticsQueries#periodSets}: correction notices, complaints to the superior organ), kept per case,
 * kind and calendar month with the case's organ ({@code statistics_rec_event}, V35).
 *
 * <p>The event tables name no organ: counted from the rows, an organ's year read every event of the year in every
 * organ and looked its case up. Kept here, a report reads only its organs' rows over its whole months: the sum of
 * {@code n} for an event count, the number of distinct cases for a set (a case with three notices in the period is one
 * case, so sets are not summed over months but counted over the case rows). What a report cannot take from here is
 * counted from the rows with the same conditions as {@link StatisticsQueries}: the partial months at the period's ends,
 * and the cases not integrated yet (their stored rows are left out and their events read from the rows instead). So
 * every figure equals the row-level one.
 *
 * <p>The writer ({@link ReconsiderationProjector}) replaces the rows of every case it recounts, in the same
 * transaction as its buckets, and a rebuild replaces them all: a replay only recounts again. Every write of these
 * tables is a step of the case (feed subject RECONSIDERATION_CASE); rows changed in SQL need a rebuild, as the
 * buckets do.
 */
final class EventAggregates {

    /** What is kept: one kind per count, each the count's own table, date and condition. */
    enum Kind {
        HEARINGS_HELD(Count.HEARINGS_HELD, "hearing", "e.held_date", "e.status = 'HELD'", false),
        HEARINGS_HEAD(Count.HEARINGS_RESPONDENT_HEAD_ATTENDED, "hearing", "e.held_date",
                "e.status = 'HELD' AND e.respondent_head_attended = TRUE", false),
        OPINION_ISSUED(Count.OPINION_LETTERS_ISSUED, "opinion_letter", "e.issued_date", null, false),
        OPINION_ANSWERED(Count.OPINION_LETTERS_ANSWERED, "opinion_letter", "e.answered_date", null, false),
        COMMITTEE(Count.COMMITTEE_REFERRALS, "committee_referral", "e.referred_date", null, false),
        COMMITTEE_MANDATORY(Count.COMMITTEE_REFERRALS_MANDATORY, "committee_referral", "e.referred_date",
                "e.ground IN (" + StatisticsQueries.mandatoryCommitteeGrounds() + ")", false),
        NORMATIVE_REVIEWED(Count.NORMATIVE_DOCUMENTS_REVIEWED, "normative_document_review", "e.result_date", null, false),
        NORMATIVE_STOPPED(Count.NORMATIVE_DOCUMENTS_STOPPED, "normative_document_review", "e.result_date", "e.result = 'UNLAWFUL'", false),
        STAYS_GRANTED(Count.STAYS_GRANTED, "stay_of_execution", "e.decided_date", "e.granted = TRUE", false),
        /** Cases with a correction notice dated in the period (ARL 31; one per case). */
        CORRECTIONS(Count.CORRECTION_REQUESTED, "correction_request", "e.requested_date", null, true),
        /** Cases with a complaint to the superior organ dated in the period (ARL 35; one per case). */
        COMPLAINTS(Count.SUPERIOR_COMPLAINTS, "superior_complaint", "e.complained_date", null, true);

        final Count count;
        final String table;
        final String date;
        final String condition;
        /** A set of cases (counted once however many events), not a count of events. */
        final boolean perCase;

        Kind(Count count, String table, String date, String condition, boolean perCase) {
            this.count = count;
            this.table = table;
            this.date = date;
            this.condition = condition;
            this.perCase = perCase;
        }

        /** The kind's events joined to their cases ({@code e}, {@code c}), with the kind's condition. */
        String from() {
            return " FROM " + table + " e JOIN reconsideration_case c ON c.id = e.case_id WHERE " + date + " IS NOT NULL"
                    + (condition == null ? "" : " AND " + condition);
        }
    }

    /** Above this many cases not integrated, a report counts the events from the rows instead. */
    static final int MAX_PENDING = 5000;

    private EventAggregates() {
    }

    // ---- the writer ----------------------------------------------------------------------------------------------

    /** The rows of every kind of the cases matching {@code caseFilter} (on {@code e.case_id}), one grouped query. */
    private static String grouped(String caseFilter) {
        List<String> parts = new ArrayList<>();
        for (Kind k : Kind.values()) {
            String month = AggregateTables.monthOf(k.date);
            parts.add("SELECT '" + k.name() + "', e.case_id, c.organ_id, " + month + ", COUNT(*)" + k.from() + " AND " + caseFilter
                    + " GROUP BY e.case_id, c.organ_id, " + month);
        }
        return String.join(" UNION ALL ", parts);
    }

    /** The cases' rows replaced by what their rows say in this transaction's snapshot (a case with no event has none). */
    static void recount(EntityManager em, Collection<Long> caseIds) {
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createNativeQuery("DELETE FROM statistics_rec_event WHERE case_id IN (?1)").setParameter(1, part).executeUpdate();
            insert(em, em.createNativeQuery(grouped("e.case_id IN (?1)")).setParameter(1, part).getResultList());
        }
    }

    /** Every row replaced by a recount from the rows, read in ranges of case ids (a rebuild). */
    static long rebuild(EntityManager em) {
        em.createNativeQuery("DELETE FROM statistics_rec_event").executeUpdate();
        long max = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM reconsideration_case").getSingleResult()).longValue();
        long rows = 0;
        for (long from = 0; from <= max; from += 50_000) {
            List<?> r = em.createNativeQuery(grouped("e.case_id BETWEEN " + from + " AND " + (from + 49_999))).getResultList();
            insert(em, r);
            rows += r.size();
        }
        return rows;
    }

    /**
     * The grouped rows read, then written back: not one {@code INSERT … SELECT}, because under REPEATABLE READ that
     * takes shared locks on every event and case row it reads until the commit (a rebuild would stop every case write
     * for minutes), while a plain SELECT reads the snapshot without locking.
     */
    private static void insert(EntityManager em, List<?> rows) {
        List<String> values = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            values.add("('" + r[0] + "', " + ((Number) r[1]).longValue() + ", " + ((Number) r[2]).longValue() + ", "
                    + Recount.sqlDate(AggregateTables.date(r[3])) + ", " + ((Number) r[4]).longValue() + ")");
            if (values.size() == 1000) {
                flush(em, values);
            }
        }
        flush(em, values);
    }

    private static void flush(EntityManager em, List<String> values) {
        AggregateTables.insert(em, "statistics_rec_event (kind, case_id, organ_id, month, n)", values);
    }

    // ---- a report ------------------------------------------------------------------------------------------------

    /**
     * The event counts and the one-per-case sets of the organs over the period, equal to {@link StatisticsQueries#events}
     * and {@link StatisticsQueries#periodSets}; {@code null} when the period holds no whole month or too many cases are
     * not integrated (the caller then counts from the rows).
     */
    static Map<Count, Long> counts(EntityManager em, List<Long> organs, Period period, Set<Long> pending) {
        LocalDate firstMonth = period.from().withDayOfMonth(1);
        LocalDate wholeFrom = period.from().getDayOfMonth() == 1 ? period.from() : firstMonth.plusMonths(1);
        LocalDate lastMonth = period.to().withDayOfMonth(1);
        LocalDate wholeTo = period.to().equals(lastMonth.plusMonths(1).minusDays(1)) ? lastMonth : lastMonth.minusMonths(1);
        if (wholeFrom.isAfter(wholeTo) || pending.size() > MAX_PENDING || organs.isEmpty()) {
            return null;
        }
        LocalDate wholeEnd = wholeTo.plusMonths(1).minusDays(1);
        List<LocalDate[]> ends = new ArrayList<>();
        if (period.from().isBefore(wholeFrom)) {
            ends.add(new LocalDate[] { period.from(), wholeFrom.minusDays(1) });
        }
        if (period.to().isAfter(wholeEnd)) {
            ends.add(new LocalDate[] { wholeEnd.plusDays(1), period.to() });
        }
        String stored = "s.organ_id IN (:organs) AND s.month BETWEEN " + Recount.sqlDate(wholeFrom) + " AND " + Recount.sqlDate(wholeTo)
                + (pending.isEmpty() ? "" : " AND s.case_id NOT IN (:pending)");
        Map<Count, Long> result = new EnumMap<>(Count.class);
        List<Kind> sums = new ArrayList<>();
        for (Kind k : Kind.values()) {
            result.put(k.count, 0L);
            if (!k.perCase) {
                sums.add(k);
            }
        }
        // the event counts of the whole months: one range of the index per organ and kind
        String kinds = sums.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        for (Object o : bind(em.createNativeQuery("SELECT s.kind, SUM(s.n) FROM statistics_rec_event s WHERE s.kind IN (" + kinds + ") AND "
                + stored + " GROUP BY s.kind"), organs, pending).getResultList()) {
            Object[] r = (Object[]) o;
            result.merge(Kind.valueOf((String) r[0]).count, Recount.number(r[1]), Long::sum);
        }
        // what the rows count: the partial months at the ends, and the cases not integrated over the whole months
        List<String> fromRows = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<String> ors = new ArrayList<>();
            for (LocalDate[] e : ends) {
                ors.add(k.date + " BETWEEN " + Recount.sqlDate(e[0]) + " AND " + Recount.sqlDate(e[1]));
            }
            if (!pending.isEmpty()) {
                ors.add("(e.case_id IN (:pending) AND " + k.date + " BETWEEN " + Recount.sqlDate(wholeFrom) + " AND " + Recount.sqlDate(wholeEnd) + ")");
            }
            String rows = ors.isEmpty() ? null : k.from() + " AND c.organ_id IN (:organs) AND (" + String.join(" OR ", ors) + ")";
            if (k.perCase) {
                // one per case: the cases of the stored months and those the rows add, each once
                String sql = "SELECT s.case_id FROM statistics_rec_event s WHERE s.kind = '" + k.name() + "' AND " + stored;
                fromRows.add(rows == null ? "(SELECT COUNT(DISTINCT s.case_id) FROM statistics_rec_event s WHERE s.kind = '" + k.name() + "' AND "
                        + stored + ")" : "(SELECT COUNT(*) FROM (" + sql + " UNION SELECT e.case_id" + rows + ") x)");
            } else if (rows != null) {
                fromRows.add("(SELECT COUNT(*)" + rows + ")");
            } else {
                fromRows.add("0");
            }
        }
        Object result1 = bind(em.createNativeQuery("SELECT " + String.join(", ", fromRows)), organs, pending).getSingleResult();
        Object[] r = result1 instanceof Object[] a ? a : new Object[] { result1 };
        int i = 0;
        for (Kind k : Kind.values()) {
            result.merge(k.count, Recount.number(r[i++]), Long::sum);
        }
        return result;
    }

    private static Query bind(Query q, List<Long> organs, Set<Long> pending) {
        q.setParameter("organs", organs);
        if (!pending.isEmpty()) {
            q.setParameter("pending", List.copyOf(pending));
        }
        return q;
    }

    // ---- reconciliation ------------------------------------------------------------------------------------------

    /** One organ's events of one kind in one month. */
    record Bucket(long organId, Kind kind, LocalDate month) {
    }

    /**
     * Compares every stored (organ, kind, month) with its recount from the rows, leaving out those holding a case not
     * integrated yet, and adds each difference (flow {@code EVENTS}, the count's id as measure, the number of events
     * stored and counted, and the cases whose stored events differ from their rows). Returns the buckets compared.
     */
    static long compare(EntityManager em, Set<Long> notIntegrated, List<DifferenceView> differences, int max) {
        Map<Bucket, Long> counted = new HashMap<>();
        for (Kind k : Kind.values()) {
            String month = AggregateTables.monthOf(k.date);
            for (Object o : em.createNativeQuery("SELECT c.organ_id, " + month + ", COUNT(*)" + k.from() + " GROUP BY c.organ_id, " + month)
                    .getResultList()) {
                Object[] r = (Object[]) o;
                counted.put(new Bucket(((Number) r[0]).longValue(), k, AggregateTables.date(r[1])), Recount.number(r[2]));
            }
        }
        return compare(em, stored(em, notIntegrated), counted, false, differences, max);
    }

    /**
     * The kinds' events as read from their tables alone, without their cases: per event its kind, case and the
     * {@code TO_DAYS} of its date. A reconciliation whose passes over the cases learn each case's organ counts them by
     * organ with {@link #countByOrgan} instead of joining every event to its case (at 4 M cases the join of 390,000
     * correction notices with their cases took the server 6 s).
     */
    static long[] events(EntityManager em) {
        long[][] list = { new long[3 * 1024] };
        int[] n = { 0 };
        for (Kind k : Kind.values()) {
            Streams.forEachBinary(em, "SELECT e.case_id, TO_DAYS(" + k.date + ") FROM " + k.table + " e WHERE " + k.date + " IS NOT NULL"
                    + (k.condition == null ? "" : " AND " + k.condition), rs -> {
                        if (n[0] + 3 > list[0].length) {
                            list[0] = java.util.Arrays.copyOf(list[0], list[0].length * 2);
                        }
                        list[0][n[0]++] = k.ordinal();
                        list[0][n[0]++] = rs.getLong(1);
                        list[0][n[0]++] = rs.getLong(2);
                    });
        }
        return java.util.Arrays.copyOf(list[0], n[0]);
    }

    /** The events of {@link #events} counted per organ, kind and month; an event whose case has no organ is left out. */
    static long compareByOrgan(EntityManager em, Stored stored, long[] events, java.util.function.LongUnaryOperator organOf,
            List<DifferenceView> differences, int max) {
        Map<Bucket, Long> counted = new HashMap<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < events.length; i += 3) {
            long organ = organOf.applyAsLong(events[i + 1]);
            if (organ == 0) {
                continue;
            }
            int month = RowScan.monthOfDay((int) events[i + 2]);
            counted.merge(new Bucket(organ, kinds[(int) events[i]], LocalDate.of(month / 12, month % 12 + 1, 1)), 1L, Long::sum);
        }
        return compare(em, stored, counted, true, differences, max);
    }

    /** The stored buckets, and those holding a case not integrated yet (left out of the comparison). */
    record Stored(Map<Bucket, Long> buckets, Set<Bucket> skipped) {
    }

    /** Reads {@link Stored} in this transaction. */
    static Stored stored(EntityManager em, Set<Long> notIntegrated) {
        Map<Bucket, Long> stored = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT organ_id, kind, month, SUM(n) FROM statistics_rec_event GROUP BY organ_id, kind, month")
                .getResultList()) {
            Object[] r = (Object[]) o;
            stored.put(new Bucket(((Number) r[0]).longValue(), Kind.valueOf((String) r[1]), AggregateTables.date(r[2])), Recount.number(r[3]));
        }
        Set<Bucket> skipped = new HashSet<>();
        List<Long> ids = List.copyOf(notIntegrated);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Object o : em.createNativeQuery("SELECT kind, case_id, organ_id, month, n FROM statistics_rec_event WHERE case_id IN (?1)"
                    + " UNION ALL " + grouped("e.case_id IN (?1)")).setParameter(1, part).getResultList()) {
                Object[] r = (Object[]) o;
                skipped.add(new Bucket(((Number) r[2]).longValue(), Kind.valueOf((String) r[0]), AggregateTables.date(r[3])));
            }
        }
        return new Stored(stored, skipped);
    }

    /**
     * Compares the stored buckets with {@code counted}; with {@code lookAgain} (counted partly from another snapshot),
     * a bucket that differs is counted again in this transaction's snapshot first.
     */
    private static long compare(EntityManager em, Stored kept, Map<Bucket, Long> counted, boolean lookAgain,
            List<DifferenceView> differences, int max) {
        Map<Bucket, Long> stored = kept.buckets();
        Set<Bucket> skipped = kept.skipped();
        Set<Bucket> keys = new HashSet<>(stored.keySet());
        keys.addAll(counted.keySet());
        long compared = 0;
        for (Bucket b : keys.stream().sorted(Comparator.comparing(Bucket::organId).thenComparing(Bucket::month).thenComparing(Bucket::kind)).toList()) {
            if (skipped.contains(b)) {
                continue;
            }
            compared++;
            long s = stored.getOrDefault(b, 0L);
            long c = counted.getOrDefault(b, 0L);
            if (s != c && lookAgain) {
                c = countAgain(em, b);
            }
            if (s != c && differences.size() < max) {
                differences.add(new DifferenceView(b.organId(), "EVENTS", "M", Recount.month(b.month().getYear(), b.month().getMonthValue()),
                        b.kind().count.id(), s, c, casesBehind(em, b)));
            }
        }
        return compared;
    }

    /** One bucket's events counted from the rows in this transaction's snapshot. */
    private static long countAgain(EntityManager em, Bucket b) {
        String range = " BETWEEN " + Recount.sqlDate(b.month()) + " AND " + Recount.sqlDate(b.month().plusMonths(1).minusDays(1));
        return Recount.number(em.createNativeQuery("SELECT COUNT(*)" + b.kind().from() + " AND c.organ_id = " + b.organId() + " AND "
                + b.kind().date + range).getSingleResult());
    }

    /** The cases whose stored events of the bucket differ from their rows', in id order, at most 100. */
    private static List<Long> casesBehind(EntityManager em, Bucket b) {
        String range = " BETWEEN " + Recount.sqlDate(b.month()) + " AND " + Recount.sqlDate(b.month().plusMonths(1).minusDays(1));
        Map<Long, Long> rows = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT e.case_id, COUNT(*)" + b.kind().from() + " AND c.organ_id = " + b.organId() + " AND "
                + b.kind().date + range + " GROUP BY e.case_id").getResultList()) {
            Object[] r = (Object[]) o;
            rows.put(((Number) r[0]).longValue(), Recount.number(r[1]));
        }
        Map<Long, Long> kept = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT case_id, n FROM statistics_rec_event WHERE organ_id = " + b.organId() + " AND kind = '"
                + b.kind().name() + "' AND month = " + Recount.sqlDate(b.month())).getResultList()) {
            Object[] r = (Object[]) o;
            kept.put(((Number) r[0]).longValue(), Recount.number(r[1]));
        }
        Set<Long> cases = new java.util.TreeSet<>(rows.keySet());
        cases.addAll(kept.keySet());
        return cases.stream().filter(id -> !rows.getOrDefault(id, 0L).equals(kept.getOrDefault(id, 0L))).limit(100).toList();
    }
}
