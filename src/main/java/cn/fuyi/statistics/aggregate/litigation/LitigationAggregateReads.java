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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT month, measure, SUM(n) FROM lit_agg_month WHERE organ_id IN (:organs)"
                + " AND month <= :last AND (month >= :first OR measure = :closed OR measure LIKE :filed) GROUP BY month, measure")
                .setParameter("organs", organIds).setParameter("first", java.sql.Date.valueOf(first.atDay(1)))
                .setParameter("last", java.sql.Date.valueOf(last.atDay(1))).setParameter("closed", Measures.CLOSED)
                .setParameter("filed", Measures.FILED + "%").getResultList();
        for (Object[] r : rows) {
            cells.add(new Cell(0, YearMonth.from(Contributions.date(r[0])), (String) r[1], Contributions.number(r[2])));
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
        return Measures.counts(cells, first, last, outcomes);
    }
}
