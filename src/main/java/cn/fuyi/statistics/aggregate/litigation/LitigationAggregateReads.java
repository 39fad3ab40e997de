package cn.fuyi.statistics.aggregate.litigation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.statistics.Count;

/**
 * The litigation counts of a scope and a period of whole months read from the aggregates: the month rows of the
 * scope's organs, minus the cells the projector last counted for the lawsuits and recommendations it has not yet
 * integrated (a feed event after its position, or one not yet sequenced), plus what those subjects count for now,
 * read from their rows. The answer is therefore the row-level figure of {@code LitigationSql} whatever the
 * projector's lag. Called inside the report's transaction, so every read is of one snapshot.
 */
@ApplicationScoped
public class LitigationAggregateReads {

    @Inject
    EntityManager em;
    @Inject
    LitigationProjector projector;
    @Inject
    Contributions contributions;
    @ConfigProperty(name = "fuyi.statistics.litigation.aggregates.enabled", defaultValue = "true")
    boolean enabled;

    /**
     * The counts, or {@code null} when the aggregates cannot answer (switched off, never built, a period not of whole
     * months, or no organ in scope): the caller then counts the rows.
     */
    public Map<Count, Long> totals(List<Long> organIds, java.time.LocalDate from, java.time.LocalDate to,
            Map<Outcome, Map<Instance, Long>> outcomes) {
        List<Cell> cells = cells(organIds, from, to, false);
        return cells == null ? null : Measures.counts(cells, YearMonth.from(from), YearMonth.from(to), outcomes);
    }

    /**
     * The counts per organ of the scope that has any (the breakdown by organ), or {@code null} as for
     * {@link #totals}.
     */
    public Map<Long, Map<Count, Long>> perOrgan(List<Long> organIds, java.time.LocalDate from, java.time.LocalDate to) {
        List<Cell> cells = cells(organIds, from, to, true);
        if (cells == null) {
            return null;
        }
        Map<Long, List<Cell>> byOrgan = new java.util.TreeMap<>();
        for (Cell c : cells) {
            byOrgan.computeIfAbsent(c.organId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, Map<Count, Long>> result = new java.util.LinkedHashMap<>();
        byOrgan.forEach((organ, list) -> result.put(organ, Measures.counts(list, YearMonth.from(from), YearMonth.from(to), null)));
        return result;
    }

    /** The cells that make the period's counts, the not yet integrated subjects taken out and put back as they are now. */
    private List<Cell> cells(List<Long> organIds, java.time.LocalDate from, java.time.LocalDate to, boolean perOrgan) {
        if (!enabled || organIds.isEmpty() || !Measures.wholeMonths(from, to)) {
            return null;
        }
        Long watermark = projector.watermark();
        if (watermark == null) {
            return null;
        }
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        List<Cell> cells = new ArrayList<>();
        String organ = perOrgan ? "organ_id, " : "";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + organ + "month, measure, SUM(n) FROM lit_agg_month WHERE organ_id IN (:organs)"
                + " AND month <= :last AND (month >= :first OR measure = :closed OR measure LIKE :filed) GROUP BY " + organ + "month, measure")
                .setParameter("organs", organIds).setParameter("first", java.sql.Date.valueOf(first.atDay(1)))
                .setParameter("last", java.sql.Date.valueOf(last.atDay(1))).setParameter("closed", Measures.CLOSED)
                .setParameter("filed", Measures.FILED + "%").getResultList();
        int k = perOrgan ? 1 : 0;
        for (Object[] r : rows) {
            cells.add(new Cell(perOrgan ? Contributions.number(r[0]) : 0, YearMonth.from(Contributions.date(r[k])), (String) r[k + 1],
                    Contributions.number(r[k + 2])));
        }
        Set<Subject> dirty = projector.dirtySince(watermark);
        if (!dirty.isEmpty()) {
            Set<Long> organs = new HashSet<>(organIds);
            for (Cell c : projector.stored(dirty)) {
                if (organs.contains(c.organId())) {
                    cells.add(new Cell(c.organId(), c.month(), c.measure(), -c.n()));
                }
            }
            for (List<Cell> now : contributions.of(dirty).values()) {
                for (Cell c : now) {
                    if (organs.contains(c.organId())) {
                        cells.add(c);
                    }
                }
            }
        }
        return cells;
    }
}
