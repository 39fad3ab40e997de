package cn.fuyi.statistics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.statistics.Anchor;
import cn.fuyi.statistics.Count;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.StatisticsQueries;
import cn.fuyi.statistics.StatisticsQueries.CaseCounts;
import cn.fuyi.statistics.aggregate.AggregateTables.Entry;
import cn.fuyi.statistics.aggregate.AggregateTables.State;
import cn.fuyi.statistics.aggregate.Recount.Key;

/**
 * The case counts of a scope and period read from the aggregates, equal by construction to the row-level figures of
 * {@link StatisticsQueries#totals} (the reference, used when the aggregates are switched off, were never built, or a
 * recomputation of every case is not integrated yet). A report reads, in the caller's transaction and so one snapshot:
 *
 * <ul>
 * <li>the whole months of the period from the buckets, whole years from the year buckets;</li>
 * <li>the buckets of the cases not integrated yet (feed entries after the projection's position, or not sequenced,
 * and rows changed without a feed entry since the writer's last sweep): their stored value is taken out and their
 * recount from the rows put in, so a figure is never stale;</li>
 * <li>the partial months at the period's ends from the rows, with the counts' own conditions for the period;</li>
 * <li>the stocks from cumulative flows (domain README §4, 上期结转 and 期末未审结): carried over in = accepted before the
 * first day − exited before it, pending = carried over in + accepted − exited in the period, where a case exits on the
 * later of its acceptance and conclusion ({@link Flow#EXITED});</li>
 * <li>the concluded cases accepted before the period ({@link Count#CONCLUDED_CARRIED_OVER}) from the concluded buckets'
 * breakdown by month accepted, the cases accepted in the first partial month from the rows;</li>
 * <li>the counts of period-dependent case sets (correction notices, complaints to the superior organ, one per case
 * whatever the number of notices) as the distinct cases of the organs' kept case-months ({@link EventAggregates}),
 * and with {@link #totalsWithEvents} the event counts (hearings held, opinion letters …) as their sums; the partial
 * months and the cases not integrated from the rows.</li>
 * </ul>
 */
@ApplicationScoped
public class ReconsiderationAggregates {

    @Inject
    EntityManager em;
    @Inject
    StatisticsQueries queries;
    @Inject
    ReconsiderationProjector projector;

    @ConfigProperty(name = "fuyi.statistics.aggregates.enabled", defaultValue = "true")
    boolean enabled;

    /** The counts as {@link StatisticsQueries#totals} gives them, from the aggregates where they can answer. */
    public CaseCounts totals(Scope scope, Period period) {
        return read(scope, period, false);
    }

    /**
     * The counts of {@link #totals} and the event counts of {@link StatisticsQueries#events} (hearings held, opinion
     * letters, committee referrals, reviews, stays), all from the aggregates where they can answer.
     */
    public CaseCounts totalsWithEvents(Scope scope, Period period) {
        return read(scope, period, true);
    }

    private CaseCounts read(Scope scope, Period period, boolean events) {
        if (!enabled || scope.organIds().isEmpty()) {
            return fromRows(scope, period, events);
        }
        State state = AggregateTables.state(em, false);
        if (!state.built()) {
            return fromRows(scope, period, events);
        }
        java.time.LocalDateTime horizon = projector.sweepHorizon(AggregateTables.sweptAt(em));
        List<Entry> pending = AggregateTables.pending(em, state.lastSeq());
        if (horizon == null || pending.stream().anyMatch(e -> AggregateTables.RECOUNT_ALL.equals(e.type()))) {
            return fromRows(scope, period, events);
        }
        return new Reading(scope, period, notIntegrated(em, pending, horizon), events).counts();
    }

    /**
     * One count of cases over a period of whole months from the buckets alone (the total of a drill-down list), equal
     * to the row-level count of {@link Count#membership()}: the whole months' sum, the buckets of the cases not
     * integrated recounted. {@code null} when the buckets cannot answer it alone: a count that is no flow's measure
     * (the stocks, the cases concluded and carried over, the period's sets), a period that does not start on a month's
     * first day and end on a month's last, or the aggregates switched off, never built or behind a recount of
     * everything.
     */
    public Long count(Scope scope, Period period, Count count) {
        Flow flow = java.util.Arrays.stream(Flow.values()).filter(f -> f.counts().contains(count)).findFirst().orElse(null);
        LocalDate lastMonth = period.to().withDayOfMonth(1);
        if (flow == null || !enabled || scope.organIds().isEmpty() || period.from().getDayOfMonth() != 1
                || !period.to().equals(lastMonth.plusMonths(1).minusDays(1))) {
            return null;
        }
        State state = AggregateTables.state(em, false);
        if (!state.built()) {
            return null;
        }
        java.time.LocalDateTime horizon = projector.sweepHorizon(AggregateTables.sweptAt(em));
        List<Entry> pending = AggregateTables.pending(em, state.lastSeq());
        if (horizon == null || pending.stream().anyMatch(e -> AggregateTables.RECOUNT_ALL.equals(e.type()))) {
            return null;
        }
        return new Reading(scope, period, notIntegrated(em, pending, horizon), false).one(flow, count.id());
    }

    private CaseCounts fromRows(Scope scope, Period period, boolean events) {
        CaseCounts totals = queries.totals(scope, period);
        if (events) {
            totals.counts().putAll(queries.events(scope, period));
        }
        return totals;
    }

    /**
     * The cases the aggregates may hold other than their rows say: those of feed entries not integrated, and those
     * whose row changed without a feed entry since the writer's last sweep.
     */
    static Set<Long> notIntegrated(EntityManager em, List<Entry> pending, java.time.LocalDateTime horizon) {
        Set<Long> cases = new java.util.LinkedHashSet<>(AggregateTables.casesTouched(em, pending));
        cases.addAll(AggregateTables.changedWithoutEntry(em, horizon));
        return cases;
    }

    /** Whether reports read the aggregates (fuyi.statistics.aggregates.enabled). */
    public boolean enabled() {
        return enabled;
    }

    /** One report's reading: the period cut into whole months (from buckets) and partial ends (from rows). */
    private final class Reading {
        private final Scope scope;
        private final Period period;
        private final Set<Long> pending;
        /** Whether the event counts are read too. */
        private final boolean events;
        /** The one flow read ({@link #one}), or null: all of them. */
        private Flow only;
        private final LocalDate firstMonth;
        /** The whole months of the period, first and last (first after last: none). */
        private final LocalDate wholeFrom;
        private final LocalDate wholeTo;
        /** flow → measure → n, over the period. */
        private final Map<Flow, Map<String, Long>> flows = new EnumMap<>(Flow.class);
        /** The cases accepted and exited before the period's first day. */
        private long acceptedBefore;
        private long exitedBefore;
        /** The concluded cases of the whole months accepted in the period's first month, before its first day. */
        private long concludedCarriedOverInWhole;

        Reading(Scope scope, Period period, Set<Long> pending, boolean events) {
            this.scope = scope;
            this.period = period;
            this.pending = pending;
            this.events = events;
            this.firstMonth = period.from().withDayOfMonth(1);
            this.wholeFrom = period.from().getDayOfMonth() == 1 ? period.from() : firstMonth.plusMonths(1);
            LocalDate lastMonth = period.to().withDayOfMonth(1);
            this.wholeTo = period.to().equals(lastMonth.plusMonths(1).minusDays(1)) ? lastMonth : lastMonth.minusMonths(1);
            for (Flow f : Flow.values()) {
                flows.put(f, new HashMap<>());
            }
        }

        private boolean hasWhole() {
            return !wholeFrom.isAfter(wholeTo);
        }

        private boolean inWhole(LocalDate month) {
            return hasWhole() && !month.isBefore(wholeFrom) && !month.isAfter(wholeTo);
        }

        CaseCounts counts() {
            if (hasWhole()) {
                readWholeMonths();
            }
            readStockBefore();
            correctNotIntegrated();
            readEnds();
            return assemble();
        }

        /** One flow's measure over the whole months the period consists of, its buckets holding a case not integrated recounted. */
        long one(Flow flow, String measure) {
            only = flow;
            readWholeMonths(" AND b.flow = '" + flow.name() + "' AND b.measure = '" + measure.replace("'", "''") + "'");
            correctNotIntegrated();
            return flows.get(flow).getOrDefault(measure, 0L);
        }

        private void readWholeMonths() {
            readWholeMonths("");
        }

        private void readWholeMonths(String filter) {
            List<String> years = new ArrayList<>();
            List<String> months = new ArrayList<>();
            LocalDate m = wholeFrom;
            while (!m.isAfter(wholeTo)) {
                if (m.getMonthValue() == 1 && !m.plusMonths(11).isAfter(wholeTo)) {
                    years.add(Recount.sqlDate(m));
                    m = m.plusYears(1);
                } else {
                    months.add(Recount.sqlDate(m));
                    m = m.plusMonths(1);
                }
            }
            List<String> ranges = new ArrayList<>();
            if (!years.isEmpty()) {
                ranges.add("(b.grain = 'Y' AND b.bucket IN (" + String.join(", ", years) + "))");
            }
            if (!months.isEmpty()) {
                ranges.add("(b.grain = 'M' AND b.bucket IN (" + String.join(", ", months) + "))");
            }
            for (Object o : organs(em.createNativeQuery("SELECT b.flow, b.measure, SUM(b.n) FROM statistics_rec_bucket b WHERE b.organ_id IN (:organs)"
                    + " AND (" + String.join(" OR ", ranges) + ")" + filter + " GROUP BY b.flow, b.measure")).getResultList()) {
                Object[] r = (Object[]) o;
                add(Flow.valueOf((String) r[0]), (String) r[1], Recount.number(r[2]));
            }
        }

        /** Accepted and exited before the first month of the period, from the buckets. */
        private void readStockBefore() {
            LocalDate yearStart = firstMonth.withDayOfYear(1);
            for (Object o : organs(em.createNativeQuery("SELECT b.flow, SUM(b.n) FROM statistics_rec_bucket b WHERE b.organ_id IN (:organs)"
                    + " AND ((b.grain = 'Y' AND b.bucket < " + Recount.sqlDate(yearStart) + ") OR (b.grain = 'M' AND b.bucket >= "
                    + Recount.sqlDate(yearStart) + " AND b.bucket < " + Recount.sqlDate(firstMonth) + "))"
                    + " AND ((b.flow = 'ACCEPTED' AND b.measure = '" + Count.ACCEPTED.id() + "') OR (b.flow = 'EXITED' AND b.measure = '"
                    + Flow.EXITED_MEASURE + "')) GROUP BY b.flow")).getResultList()) {
                Object[] r = (Object[]) o;
                if (Flow.ACCEPTED.name().equals(r[0])) {
                    acceptedBefore += Recount.number(r[1]);
                } else {
                    exitedBefore += Recount.number(r[1]);
                }
            }
        }

        /**
         * The buckets read above that hold a case not integrated yet: their stored figures out, their recount from the
         * rows in. The cases are those of the pending feed entries; their buckets are where they were last counted and
         * where their rows put them now.
         */
        private void correctNotIntegrated() {
            if (pending.isEmpty()) {
                return;
            }
            Set<Long> organs = Set.copyOf(scope.organIds());
            List<Key> keys = AggregateTables.keysOf(em, pending).stream()
                    .filter(k -> organs.contains(k.organId()))
                    .filter(k -> only == null || k.flow() == only)
                    .filter(k -> inWhole(k.month()) || (k.flow() == Flow.ACCEPTED || k.flow() == Flow.EXITED) && k.month().isBefore(firstMonth))
                    .toList();
            if (keys.isEmpty()) {
                return;
            }
            Map<Key, Map<String, Long>> stored = AggregateTables.stored(em, keys);
            Map<Key, Map<String, Long>> counted = Recount.of(em, keys);
            for (Key k : keys) {
                Map<String, Long> delta = new HashMap<>();
                counted.getOrDefault(k, Map.of()).forEach((m, n) -> delta.merge(m, n, Long::sum));
                stored.getOrDefault(k, Map.of()).forEach((m, n) -> delta.merge(m, -n, Long::sum));
                if (inWhole(k.month())) {
                    // the breakdown by month accepted is corrected with the rest and read in assemble()
                    delta.forEach((m, n) -> add(k.flow(), m, n));
                } else if (k.flow() == Flow.ACCEPTED) {
                    acceptedBefore += delta.getOrDefault(Count.ACCEPTED.id(), 0L);
                } else {
                    exitedBefore += delta.getOrDefault(Flow.EXITED_MEASURE, 0L);
                }
            }
        }

        /** The n of a concluded bucket's measure if it counts cases accepted before the period's first month. */
        private long carriedOver(String measure, long n) {
            if (!measure.startsWith(Flow.ACCEPTED_MONTH)) {
                return 0;
            }
            String month = measure.substring(Flow.ACCEPTED_MONTH.length());
            return month.compareTo(Recount.month(firstMonth.getYear(), firstMonth.getMonthValue())) < 0 ? n : 0;
        }

        /**
         * The partial months at the period's ends, from the rows with the counts' own conditions for this period; the
         * cases accepted (and exited) in the first month before the period's first day; and those of them concluded in
         * the whole months.
         */
        private void readEnds() {
            List<String> ends = new ArrayList<>();
            if (!hasWhole()) {
                ends.add(range(period.from(), period.to()));
            } else {
                if (period.from().isBefore(wholeFrom)) {
                    ends.add(range(period.from(), wholeFrom.minusDays(1)));
                }
                LocalDate afterWhole = wholeTo.plusMonths(1);
                if (!period.to().isBefore(afterWhole)) {
                    ends.add(range(afterWhole, period.to()));
                }
            }
            if (!ends.isEmpty()) {
                for (Flow f : Flow.values()) {
                    List<Count> counts = f.anchor() == null ? List.of() : Count.ofSource(Count.Source.CASE).stream()
                            .filter(c -> c.anchor() == f.anchor()).toList();
                    String d = f.date();
                    String where = "c.organ_id IN (:organs) AND (" + ends.stream().map(r -> d + r).collect(Collectors.joining(" OR ")) + ")";
                    if (f == Flow.EXITED) {
                        where = "c.organ_id IN (:organs) AND (" + ends.stream().map(r -> "c.accepted_date" + r + " OR c.concluded_date" + r)
                                .collect(Collectors.joining(" OR ")) + ") AND (" + ends.stream().map(r -> d + r).collect(Collectors.joining(" OR ")) + ")";
                    }
                    Recount.Select s = Recount.select(f, counts, where, false, false);
                    Map<String, Long> m = flows.get(f);
                    for (Object o : query(s.sql()).getResultList()) {
                        Object[] row = o instanceof Object[] a ? a : new Object[] { o };
                        Map<String, Long> part = new HashMap<>();
                        s.add(row, 0, part);
                        part.forEach((k, v) -> m.merge(k, v, Long::sum));
                    }
                }
            }
            if (period.from().getDayOfMonth() != 1) {
                String before = range(firstMonth, period.from().minusDays(1));
                String whole = hasWhole() ? "c.concluded_date" + range(wholeFrom, wholeTo.plusMonths(1).minusDays(1)) : "1 = 0";
                Object[] r = (Object[]) query("SELECT COUNT(CASE WHEN c.accepted_date" + before + " THEN 1 END), COUNT(CASE WHEN "
                        + Flow.EXITED.date() + before + " THEN 1 END), COUNT(CASE WHEN c.accepted_date" + before + " AND " + whole + " THEN 1 END)"
                        + " FROM reconsideration_case c WHERE c.organ_id IN (:organs) AND (c.accepted_date" + before + " OR c.concluded_date" + before
                        + ")").getSingleResult();
                acceptedBefore += Recount.number(r[0]);
                exitedBefore += Recount.number(r[1]);
                concludedCarriedOverInWhole += Recount.number(r[2]);
            }
        }

        private String range(LocalDate a, LocalDate b) {
            return " BETWEEN " + Recount.sqlDate(a) + " AND " + Recount.sqlDate(b);
        }

        private CaseCounts assemble() {
            Map<Count, Long> counts = new EnumMap<>(Count.class);
            for (Count c : Count.ofSource(Count.Source.CASE)) {
                counts.put(c, 0L);
            }
            for (Flow f : Flow.values()) {
                if (f.anchor() == null) {
                    continue;
                }
                for (Count c : Count.ofSource(Count.Source.CASE)) {
                    if (c.anchor() == f.anchor()) {
                        counts.put(c, flows.get(f).getOrDefault(c.id(), 0L));
                    }
                }
            }
            long carriedOverInWhole = concludedCarriedOverInWhole;
            for (Map.Entry<String, Long> e : flows.get(Flow.CONCLUDED).entrySet()) {
                carriedOverInWhole += carriedOver(e.getKey(), e.getValue());
            }
            counts.merge(Count.CONCLUDED_CARRIED_OVER, carriedOverInWhole, Long::sum);
            long carried = acceptedBefore - exitedBefore;
            counts.put(Count.CARRIED_OVER_IN, carried);
            counts.put(Count.PENDING, carried + counts.get(Count.ACCEPTED) - flows.get(Flow.EXITED).getOrDefault(Flow.EXITED_MEASURE, 0L));
            Map<Count, Long> kept = EventAggregates.counts(em, scope.organIds(), period, pending);
            if (kept == null) {
                counts.putAll(queries.periodSets(scope, period));
                if (events) {
                    counts.putAll(queries.events(scope, period));
                }
            } else {
                // the sets are counts of cases, the rest of events; the events only when asked
                kept.forEach((c, n) -> {
                    if (events || c.source() == Count.Source.CASE) {
                        counts.put(c, n);
                    }
                });
            }
            counts.put(Count.RESOLVED, counts.get(Count.CONCLUDED) - counts.get(Count.FOLLOWED_BY_LAWSUIT));

            Map<DecisionType, Long> decisions = new EnumMap<>(DecisionType.class);
            for (DecisionType t : DecisionType.values()) {
                decisions.put(t, flows.get(Flow.CONCLUDED).getOrDefault(Flow.DECISION + t.name(), 0L));
            }
            Map<Long, Long> byRespondent = new HashMap<>();
            flows.get(Flow.RECEIVED).forEach((m, n) -> {
                if (m.startsWith(Flow.RESPONDENT) && n > 0) {
                    byRespondent.put(Long.parseLong(m.substring(Flow.RESPONDENT.length())), n);
                }
            });
            Set<Anchor> problems = EnumSet.noneOf(Anchor.class);
            for (Flow f : Flow.values()) {
                if (f.checked() && flows.get(f).getOrDefault(Flow.SUSPECT_MEASURE, 0L) > 0) {
                    problems.add(f.anchor());
                }
            }
            return new CaseCounts(null, counts, decisions, problems, byRespondent);
        }

        private void add(Flow f, String measure, long n) {
            flows.get(f).merge(measure, n, Long::sum);
        }

        private Query organs(Query q) {
            return q.setParameter("organs", scope.organIds());
        }

        private Query query(String sql) {
            Query q = em.createNativeQuery(sql).setParameter("organs", scope.organIds());
            if (sql.contains(":from")) {
                q.setParameter("from", period.from());
            }
            if (sql.contains(":to")) {
                q.setParameter("to", period.to());
            }
            return q;
        }
    }
}
