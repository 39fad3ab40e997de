package cn.fuyi.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Sorting;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.security.Masking;
import cn.fuyi.statistics.api.StatisticsViews.FigureCase;
import cn.fuyi.statistics.api.StatisticsViews.FigureCasesView;
import cn.fuyi.statistics.api.StatisticsViews.FigureLawsuit;
import cn.fuyi.statistics.api.StatisticsViews.FigureLawsuitsView;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;

/**
 * Which cases stand behind a figure (drill-down): the cases a count of source CASE counts, or the numerator's or the
 * denominator's cases of a rate, read with the count's own {@link Count#membership()} so that the list is exactly
 * what the figure counts, never a second copy of its SQL. Paged, limited to the scope, applicants' names masked for
 * users who do not see personal data.
 */
@ApplicationScoped
public class FigureCases {

    /** The fields a list behind a figure may be sorted by. */
    static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    static {
        SORTABLE.put("caseNumber", "c.case_number");
        SORTABLE.put("receivedDate", "c.received_date");
        SORTABLE.put("acceptedDate", "c.accepted_date");
        SORTABLE.put("concludedDate", "c.concluded_date");
        SORTABLE.put("organId", "c.organ_id");
        SORTABLE.put("id", "c.id");
    }

    @Inject
    EntityManager em;
    @Inject
    cn.fuyi.statistics.aggregate.ReconsiderationAggregates aggregates;

    /** The count a request names: {@code count=id}, or {@code rate=id} with {@code part} and the rate's variant. */
    public record Target(Count count, Metric rate, Metric.Variant variant, String part) {
    }

    /** Resolves count or rate+part to the count whose cases are listed; anything else is a 400 saying what is wrong. */
    public static Target target(String countId, String rateId, String part, Variants variants) {
        return target(countId, rateId, part, variants, false);
    }

    /** The same for the reconsideration statistics or ({@code litigation}) for the litigation statistics. */
    public static Target target(String countId, String rateId, String part, Variants variants, boolean litigation) {
        if ((countId == null) == (rateId == null)) {
            throw ApiException.badRequest("STATISTICS_FIGURE_REQUIRED");
        }
        if (countId != null) {
            if (part != null) {
                throw ApiException.badRequest("STATISTICS_PART_WITHOUT_RATE");
            }
            Count c = Count.byId(countId).filter(x -> x.drillable() && x.litigation() == litigation).orElseThrow(() -> ApiException
                    .badRequest("STATISTICS_COUNT_NOT_LISTABLE", countId, listable(litigation)));
            return new Target(c, null, null, null);
        }
        Metric m = Metric.byId(rateId).filter(r -> r.litigation() == litigation).orElseThrow(() -> ApiException.badRequest(
                "STATISTICS_RATE_UNKNOWN", rateId, Metric.of(litigation).stream().map(Metric::id).toList()));
        Metric.Variant v = variants.of(m);
        if (!"numerator".equals(part) && !"denominator".equals(part)) {
            throw ApiException.badRequest("STATISTICS_PART_UNKNOWN", part == null ? "" : part);
        }
        Count c = "numerator".equals(part) ? v.numerator() : v.denominator();
        if (!c.drillable()) {
            // a per-session or per-notice variant counts sessions or notices, not lawsuits
            throw ApiException.badRequest("STATISTICS_COUNT_NOT_LISTABLE", c.id(), listable(litigation));
        }
        return new Target(c, m, v, part);
    }

    private static List<String> listable(boolean litigation) {
        return java.util.Arrays.stream(Count.values()).filter(c -> c.drillable() && c.litigation() == litigation).map(Count::id).toList();
    }

    /** One page of the cases behind the target's count, in one snapshot with its total. */
    @Transactional
    public FigureCasesView list(Scope scope, Period period, Target target, PageRequest page, boolean maskNames) {
        Count count = target.count();
        // across the whole deployment the list of every organ restricts nothing; left out, it no longer costs the
        // optimizer a range per organ on every index of the cases (longer than the count itself at a million cases)
        String restriction = scope.wholeDeployment() ? "" : scope.sql();
        String where = " FROM reconsideration_case c WHERE (" + count.membership() + ")" + restriction;
        Long kept = aggregates.count(scope, period, count);
        long total = kept != null ? kept : ((Number) query("SELECT COUNT(*)" + where, scope, period).getSingleResult()).longValue();
        // by id unless asked otherwise: the primary key's order lets a page stop reading once it is full
        String order = Sorting.orderBy(page.sort(), SORTABLE, "id", "c.id ASC");
        List<?> rows = query("SELECT c.id, c.case_number, c.organ_id, o.name, c.state, c.received_date, c.accepted_date,"
                + " c.concluded_date, c.decision_type, c.respondent_id, r.name FROM reconsideration_case c"
                + " JOIN organ o ON o.id = c.organ_id JOIN respondent r ON r.id = c.respondent_id"
                + " WHERE (" + count.membership() + ")" + restriction + order, scope, period)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Long> ids = rows.stream().map(o -> ((Number) ((Object[]) o)[0]).longValue()).toList();
        Map<Long, List<String>> applicants = applicants(ids, maskNames);
        List<FigureCase> items = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            DecisionType type = r[8] == null ? null : DecisionType.valueOf((String) r[8]);
            items.add(new FigureCase(id, (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4], date(r[5]),
                    date(r[6]), date(r[7]), type, type == null ? null : type.labelZh(), ((Number) r[9]).longValue(), (String) r[10],
                    applicants.getOrDefault(id, List.of())));
        }
        return new FigureCasesView(StatisticsService.scope(scope), StatisticsService.period(period), count.id(), count.nameZh(),
                count.definitionZh(), target.rate() == null ? null : target.rate().id(),
                target.variant() == null ? null : target.variant().id(), target.part(), total, PageResult.of(items, page, total));
    }

    /** The fields a list of lawsuits behind a figure may be sorted by. */
    static final Map<String, String> SUIT_SORTABLE = new LinkedHashMap<>();
    static {
        SUIT_SORTABLE.put("courtCaseNumber", "l.court_case_number");
        SUIT_SORTABLE.put("filedDate", "l.filed_date");
        SUIT_SORTABLE.put("outcomeDate", "l.outcome_date");
        SUIT_SORTABLE.put("organId", "l.organ_id");
        SUIT_SORTABLE.put("id", "l.id");
    }

    /** One page of the lawsuits behind a litigation count, read with the count's own condition (LitigationSql). */
    @Transactional
    public FigureLawsuitsView lawsuits(Scope scope, Period period, Target target, PageRequest page, boolean maskNames) {
        Count count = target.count();
        String behind = LitigationSql.lawsuitsBehind(count, scope);
        long total = ((Number) query("SELECT COUNT(*) FROM (" + behind + ") b", scope, period).getSingleResult()).longValue();
        String order = Sorting.orderBy(page.sort(), SUIT_SORTABLE, "id", "l.id ASC");
        List<?> rows = query("SELECT l.id, l.court, l.court_case_number, l.organ_id, o.name, l.instance, l.filed_date, l.outcome,"
                + " l.outcome_date FROM lawsuit l JOIN organ o ON o.id = l.organ_id WHERE l.id IN (" + behind + ")" + order, scope, period)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Long> ids = rows.stream().map(o -> ((Number) ((Object[]) o)[0]).longValue()).toList();
        Map<Long, List<String>> plaintiffs = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object o : em.createNativeQuery("SELECT p.lawsuit_id, p.name, p.kind FROM lawsuit_plaintiff p WHERE p.lawsuit_id IN (:ids)"
                    + " ORDER BY p.lawsuit_id, p.position").setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) o;
                boolean person = "NATURAL_PERSON".equals(r[2]);
                plaintiffs.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(maskNames && person ? Masking.name((String) r[1]) : (String) r[1]);
            }
        }
        List<FigureLawsuit> items = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            Instance instance = Instance.valueOf((String) r[5]);
            Outcome outcome = r[7] == null ? null : Outcome.valueOf((String) r[7]);
            items.add(new FigureLawsuit(id, (String) r[1], (String) r[2], ((Number) r[3]).longValue(), (String) r[4], instance,
                    instance.labelZh(), date(r[6]), outcome, outcome == null ? null : outcome.labelZh(), date(r[8]),
                    plaintiffs.getOrDefault(id, List.of())));
        }
        return new FigureLawsuitsView(StatisticsService.scope(scope), StatisticsService.period(period), count.id(), count.nameZh(),
                count.definitionZh(), target.rate() == null ? null : target.rate().id(),
                target.variant() == null ? null : target.variant().id(), target.part(), total, PageResult.of(items, page, total));
    }

    /** Ids are read in chunks of this many, in id order, so that no result set holds a province's cases at once. */
    private static final int ID_CHUNK = 50_000;

    /** The ids of every case behind a count, ascending (what a frozen report keeps). */
    public long[] ids(Scope scope, Period period, Count count) {
        long[] ids = new long[1024];
        int n = 0;
        long after = 0;
        while (true) {
            List<?> chunk = query("SELECT c.id FROM reconsideration_case c WHERE (" + count.membership() + ")" + scope.sql()
                    + " AND c.id > :after ORDER BY c.id", scope, period).setParameter("after", after).setMaxResults(ID_CHUNK)
                    .getResultList();
            for (Object o : chunk) {
                if (n == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = ((Number) o).longValue();
            }
            if (chunk.size() < ID_CHUNK) {
                return java.util.Arrays.copyOf(ids, n);
            }
            after = ids[n - 1];
        }
    }

    /** The ids of every lawsuit behind a litigation count, ascending (what a frozen report keeps). */
    public long[] lawsuitIds(Scope scope, Period period, Count count) {
        String behind = LitigationSql.lawsuitsBehind(count, scope);
        long[] ids = new long[1024];
        int n = 0;
        long after = 0;
        while (true) {
            List<?> chunk = query("SELECT b.id FROM (" + behind + ") b WHERE b.id > :after ORDER BY b.id", scope, period).setParameter("after", after).setMaxResults(ID_CHUNK)
                    .getResultList();
            for (Object o : chunk) {
                if (n == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = ((Number) o).longValue();
            }
            if (chunk.size() < ID_CHUNK) {
                return java.util.Arrays.copyOf(ids, n);
            }
            after = ids[n - 1];
        }
    }

    /** The court case numbers of the lawsuits named, by id. */
    public Map<Long, String> courtCaseNumbers(java.util.Collection<Long> ids) {
        Map<Long, String> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object o : em.createNativeQuery("SELECT l.id, l.court_case_number FROM lawsuit l WHERE l.id IN (:ids)")
                .setParameter("ids", List.copyOf(ids)).getResultList()) {
            Object[] r = (Object[]) o;
            m.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return m;
    }

    /** The case numbers of the cases named, by id. */
    public Map<Long, String> caseNumbers(java.util.Collection<Long> ids) {
        Map<Long, String> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object o : em.createNativeQuery("SELECT c.id, c.case_number FROM reconsideration_case c WHERE c.id IN (:ids)")
                .setParameter("ids", List.copyOf(ids)).getResultList()) {
            Object[] r = (Object[]) o;
            m.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return m;
    }

    private Map<Long, List<String>> applicants(List<Long> ids, boolean mask) {
        Map<Long, List<String>> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object o : em.createNativeQuery("SELECT p.case_id, p.name, p.kind FROM case_party p WHERE p.case_id IN (:ids)"
                + " AND p.role = 'APPLICANT' ORDER BY p.case_id, p.position").setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) o;
            String name = (String) r[1];
            // a person's name is personal data; an organisation's is not
            boolean person = "NATURAL_PERSON".equals(r[2]);
            m.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(mask && person ? Masking.name(name) : name);
        }
        return m;
    }

    /** A native query binding only the parameters its SQL names (a count's condition need not read both ends). */
    private Query query(String sql, Scope scope, Period period) {
        Query q = em.createNativeQuery(sql);
        if (sql.contains(":from")) {
            q.setParameter("from", period.from());
        }
        if (sql.contains(":to")) {
            q.setParameter("to", period.to());
        }
        if (sql.contains(":organs")) {
            q.setParameter("organs", scope.organIds());
        }
        return q;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
