package cn.fuyi.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.fuyi.reconsideration.committee.CommitteeGround;
import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * Runs the statistics in the database: each count is a conditional aggregate ({@code SUM(CASE WHEN … THEN 1 ELSE 0
 * END)}) over the cases in scope, written from the definitions in {@link Count} and {@link DataQualityCheck}, grouped
 * by a {@link Dimension} where asked. No case is loaded into memory, except the few a data-quality warning names.
 */
@ApplicationScoped
public class StatisticsQueries {

    @Inject
    EntityManager em;

    /** The case counts of one group (the whole scope when there is no grouping). */
    public record CaseCounts(String key, Map<Count, Long> counts, Map<DecisionType, Long> decisions,
            Set<Anchor> problemAnchors, Map<Long, Long> receivedByRespondent) {
    }

    /**
     * The case counts, the concluded cases per decision type and the number of cases failing each data-quality check:
     * one query per {@link Anchor}, reading only the cases whose anchoring date is in range, plus one per case set.
     */
    public CaseCounts totals(Scope scope, Period period) {
        CaseCounts result = new CaseCounts(null, new EnumMap<>(Count.class), new EnumMap<>(DecisionType.class),
                EnumSet.noneOf(Anchor.class), new HashMap<>());
        for (Count c : Count.ofSource(Count.Source.CASE)) {
            result.counts().put(c, 0L);
        }
        for (Pass pass : passes(period)) {
            List<Anchor> anchors = pass.anchors();
            List<Count> counts = anchors.stream().flatMap(a -> scannedAt(a).stream()).toList();
            List<String> columns = new ArrayList<>();
            // one column per anchor says whether any of its cases fails a data-quality check; which ones, and which
            // cases, is asked only then
            List<Anchor> checked = new ArrayList<>();
            for (Anchor anchor : anchors) {
                List<String> parts = new ArrayList<>();
                for (DataQualityCheck d : DataQualityCheck.values()) {
                    for (DataQualityCheck.Part part : d.parts()) {
                        if (part.anchor() == anchor) {
                            parts.add("(" + part.residual() + ")");
                        }
                    }
                }
                if (!parts.isEmpty()) {
                    checked.add(anchor);
                    columns.add("COUNT(CASE WHEN " + (readsExactly(pass, anchor) ? "" : anchor.condition() + " AND ")
                            + "(" + String.join(" OR ", parts) + ") THEN 1 END)");
                }
            }
            // on the way, the concluded cases are grouped by decision type and the received ones by respondent:
            // the decisions by type and the respondents by kind cost no extra pass
            String group = anchors.contains(Anchor.CONCLUDED) ? "c.decision_type" : anchors.contains(Anchor.RECEIVED) ? "c.respondent_id" : null;
            List<?> rows = query(passAggregate(counts, columns, group, scope, pass, null), scope, period).getResultList();
            for (Object o : rows) {
                Object[] row = asRow(o);
                int i = group == null ? 0 : 1;
                for (Count c : counts) {
                    long n = number(row[i++]);
                    result.counts().merge(c, n, Long::sum);
                    if (c == Count.CONCLUDED && row[0] != null) {
                        result.decisions().merge(DecisionType.valueOf((String) row[0]), n, Long::sum);
                    }
                    if (c == Count.RECEIVED && n > 0) {
                        result.receivedByRespondent().merge(((Number) row[0]).longValue(), n, Long::sum);
                    }
                }
                for (Anchor anchor : checked) {
                    if (number(row[i++]) > 0) {
                        result.problemAnchors().add(anchor);
                    }
                }
            }
        }
        for (DecisionType t : DecisionType.values()) {
            result.decisions().putIfAbsent(t, 0L);
        }
        for (Map.Entry<String, List<Count>> set : driven().entrySet()) {
            Object[] r = asRow(query(driven(set.getKey(), set.getValue(), null, scope), scope, period).getSingleResult());
            for (int j = 0; j < set.getValue().size(); j++) {
                result.counts().put(set.getValue().get(j), number(r[j]));
            }
        }
        derive(result.counts());
        return result;
    }

    /**
     * The counts that are membership of a set depending on the period alone (the cases with a correction notice or a
     * complaint to the superior organ dated in it: one per case, however many), driven from those sets. The
     * aggregates cannot sum them over months, so they read them here.
     */
    public Map<Count, Long> periodSets(Scope scope, Period period) {
        Map<Count, Long> result = new EnumMap<>(Count.class);
        for (Map.Entry<String, List<Count>> set : driven().entrySet()) {
            List<Count> counts = set.getValue().stream().filter(c -> c.anchor() == null).toList();
            if (counts.isEmpty()) {
                continue;
            }
            Object[] r = asRow(query(driven(set.getKey(), counts, null, scope), scope, period).getSingleResult());
            for (int j = 0; j < counts.size(); j++) {
                result.put(counts.get(j), number(r[j]));
            }
        }
        return result;
    }

    /** The case counts of every value of the dimension that has a case in scope; the key is the value as text ("" for none). */
    public List<CaseCounts> grouped(Scope scope, Period period, Dimension by) {
        Map<String, Map<Count, Long>> groups = new LinkedHashMap<>();
        for (Pass pass : passes(period)) {
            List<Count> counts = pass.anchors().stream().flatMap(a -> scannedAt(a).stream()).toList();
            collect(groups, counts, query(passAggregate(counts, List.of(), by.column(), scope, pass, by), scope, period).getResultList());
        }
        for (Map.Entry<String, List<Count>> set : driven().entrySet()) {
            collect(groups, set.getValue(), query(driven(set.getKey(), set.getValue(), by, scope), scope, period).getResultList());
        }
        List<CaseCounts> result = new ArrayList<>();
        for (Map.Entry<String, Map<Count, Long>> g : groups.entrySet()) {
            Map<Count, Long> counts = new EnumMap<>(Count.class);
            for (Count c : Count.ofSource(Count.Source.CASE)) {
                counts.put(c, g.getValue().getOrDefault(c, 0L));
            }
            derive(counts);
            result.add(new CaseCounts(g.getKey(), counts, Map.of(), Set.of(), Map.of()));
        }
        return result;
    }

    private static void collect(Map<String, Map<Count, Long>> groups, List<Count> counts, List<?> rows) {
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            Map<Count, Long> m = groups.computeIfAbsent(row[0] == null ? "" : row[0].toString(), k -> new EnumMap<>(Count.class));
            for (int i = 0; i < counts.size(); i++) {
                m.merge(counts.get(i), number(row[i + 1]), Long::sum);
            }
        }
    }

    /** One query over the cases: the range it reads and the anchors whose counts it computes. */
    record Pass(String where, List<Anchor> anchors) {
    }

    /**
     * The queries over the cases, one range each. Every count's condition includes its anchor's, so a pass may read a
     * wider range than its anchors need without changing a figure; what differs is what is read. For a period of a
     * year or less, the cases accepted in it get a pass of their own and the stock is read over the concluded date
     * (open cases and those concluded from the first day on), so the cases closed in earlier years are never read.
     * Over a longer period most cases accepted by its end were accepted in it, so one pass over "accepted by the last
     * day" reads both more cheaply than two.
     */
    static List<Pass> passes(Period period) {
        boolean merged = period.to().isAfter(period.from().plusYears(1).minusDays(1));
        List<Pass> passes = new ArrayList<>();
        for (Anchor a : Anchor.values()) {
            if (merged && a == Anchor.ACCEPTED) {
                continue;
            }
            if (merged && a == Anchor.STOCK) {
                passes.add(new Pass("c.accepted_date <= :to", List.of(Anchor.ACCEPTED, Anchor.STOCK)));
            } else {
                passes.add(new Pass(a.condition(), List.of(a)));
            }
        }
        return passes;
    }

    /** The counts of cases at one anchor that are a condition on the case alone. */
    private static List<Count> scannedAt(Anchor anchor) {
        return Count.ofSource(Count.Source.CASE).stream().filter(c -> c.anchor() == anchor && c.caseSet().isEmpty()).toList();
    }

    /** The counts that need another table, by the query of the case ids they are driven from. */
    private static Map<String, List<Count>> driven() {
        Map<String, List<Count>> m = new LinkedHashMap<>();
        for (Count c : Count.ofSource(Count.Source.CASE)) {
            c.caseSet().ifPresent(set -> m.computeIfAbsent(set, k -> new ArrayList<>()).add(c));
        }
        return m;
    }

    /**
     * The counts driven from a set of case ids. Across every organ, counts that are membership of the set alone need
     * no case row at all.
     */
    private static String driven(String caseSet, List<Count> counts, Dimension by, Scope scope) {
        if (by == null && scope.wholeDeployment() && counts.stream().allMatch(c -> c.anchor() == null)) {
            return "SELECT " + String.join(", ", counts.stream().map(c -> "COUNT(*)").toList()) + " FROM (" + caseSet + ") x";
        }
        // a semi-join (IN) lets the optimizer drive from whichever side is smaller: the organ's cases or the set; when
        // every count is anchored, the anchors' ranges go into the WHERE too, so the organ's cases of the period can
        // drive (a set of tens of thousands of case ids is then probed, not read whole)
        String where = "c.id IN (" + caseSet + ")";
        if (counts.stream().allMatch(c -> c.anchor() != null)) {
            where += " AND (" + String.join(" OR ", counts.stream().map(c -> c.anchor().condition()).distinct().toList()) + ")";
        }
        List<Anchor> anchors = counts.stream().map(Count::anchor).filter(Objects::nonNull).distinct().toList();
        return passAggregate(counts, List.of(), by == null ? null : by.column(), scope, new Pass(where, anchors), by);
    }

    /** Counts that are differences of others. */
    private static void derive(Map<Count, Long> counts) {
        counts.put(Count.RESOLVED, counts.getOrDefault(Count.CONCLUDED, 0L) - counts.getOrDefault(Count.FOLLOWED_BY_LAWSUIT, 0L));
    }

    private static Object[] asRow(Object result) {
        return result instanceof Object[] a ? a : new Object[] { result };
    }

    /**
     * Hearing sessions held, opinion letters issued and answered, committee referrals, normative document reviews
     * concluded and stays granted in the period, by the dates of those events.
     */
    public Map<Count, Long> events(Scope scope, Period period) {
        String sql = "SELECT"
                + " (SELECT COUNT(*) FROM hearing h JOIN reconsideration_case c ON c.id = h.case_id"
                + " WHERE h.status = 'HELD' AND h.held_date BETWEEN :from AND :to" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id"
                + " WHERE o.issued_date BETWEEN :from AND :to" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM opinion_letter o JOIN reconsideration_case c ON c.id = o.case_id"
                + " WHERE o.answered_date BETWEEN :from AND :to" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM committee_referral r JOIN reconsideration_case c ON c.id = r.case_id"
                + " WHERE r.referred_date BETWEEN :from AND :to" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM committee_referral r JOIN reconsideration_case c ON c.id = r.case_id"
                + " WHERE r.referred_date BETWEEN :from AND :to AND r.ground IN (" + mandatoryCommitteeGrounds() + ")" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM normative_document_review n JOIN reconsideration_case c ON c.id = n.case_id"
                + " WHERE n.result_date BETWEEN :from AND :to" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM normative_document_review n JOIN reconsideration_case c ON c.id = n.case_id"
                + " WHERE n.result_date BETWEEN :from AND :to AND n.result = 'UNLAWFUL'" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM hearing h JOIN reconsideration_case c ON c.id = h.case_id"
                + " WHERE h.status = 'HELD' AND h.held_date BETWEEN :from AND :to AND h.respondent_head_attended = TRUE" + scope.sql() + "),"
                + " (SELECT COUNT(*) FROM stay_of_execution s JOIN reconsideration_case c ON c.id = s.case_id"
                + " WHERE s.decided_date BETWEEN :from AND :to AND s.granted = TRUE" + scope.sql() + ")";
        Object[] row = (Object[]) query(sql, scope, period).getSingleResult();
        Map<Count, Long> m = new EnumMap<>(Count.class);
        m.put(Count.HEARINGS_HELD, number(row[0]));
        m.put(Count.OPINION_LETTERS_ISSUED, number(row[1]));
        m.put(Count.OPINION_LETTERS_ANSWERED, number(row[2]));
        m.put(Count.COMMITTEE_REFERRALS, number(row[3]));
        m.put(Count.COMMITTEE_REFERRALS_MANDATORY, number(row[4]));
        m.put(Count.NORMATIVE_DOCUMENTS_REVIEWED, number(row[5]));
        m.put(Count.NORMATIVE_DOCUMENTS_STOPPED, number(row[6]));
        m.put(Count.HEARINGS_RESPONDENT_HEAD_ATTENDED, number(row[7]));
        m.put(Count.STAYS_GRANTED, number(row[8]));
        return m;
    }

    /**
     * The counts of mediation, settlement and the carrying out of decisions, agreements and opinion letters (ARL 73-79,
     * 85), each by the date of its own record, for the whole scope: one query of scalar subqueries.
     */
    public Map<Count, Long> carryingOut(Scope scope, Period period) {
        String obligations = " FROM performance_obligation o JOIN reconsideration_case c ON c.id = o.case_id WHERE ";
        String due = obligations + "o.source <> 'OPINION_LETTER' AND o.due_date BETWEEN :from AND :to";
        String letters = obligations + "o.source = 'OPINION_LETTER' AND o.due_date BETWEEN :from AND :to";
        String mediation = " FROM mediation m JOIN reconsideration_case c ON c.id = m.case_id WHERE ";
        String supervision = " FROM performance_supervision s JOIN reconsideration_case c ON c.id = s.case_id"
                + " WHERE s.taken_date BETWEEN :from AND :to AND s.kind = ";
        Map<Count, String> parts = new java.util.LinkedHashMap<>();
        parts.put(Count.OPINION_LETTERS_DUE, letters);
        parts.put(Count.OPINION_LETTERS_ANSWERED_ON_TIME, letters + " AND o.performed_date <= o.due_date");
        parts.put(Count.MEDIATION_AGREEMENTS, mediation + "m.kind = 'MEDIATION' AND m.effective_date BETWEEN :from AND :to");
        parts.put(Count.SETTLEMENTS, mediation + "m.kind = 'SETTLEMENT' AND m.agreement_date BETWEEN :from AND :to");
        parts.put(Count.MEDIATIONS_FAILED, mediation + "m.status IN ('FAILED', 'BACKED_OUT') AND m.ended_date BETWEEN :from AND :to");
        parts.put(Count.PERFORMANCE_DUE, due);
        parts.put(Count.PERFORMED_ON_TIME, due + " AND o.performed_date <= o.due_date");
        parts.put(Count.PERFORMED_LATE, due + " AND o.performed_date > o.due_date AND o.performed_date <= :to");
        parts.put(Count.NOT_PERFORMED, due + " AND (o.performed_date IS NULL OR o.performed_date > :to)");
        parts.put(Count.PERFORMANCE_PENDING, obligations + "o.source <> 'OPINION_LETTER' AND o.arose_date <= :to"
                + " AND (o.performed_date IS NULL OR o.performed_date > :to) AND (o.due_date IS NULL OR o.due_date > :to)");
        parts.put(Count.PERFORMANCE_ORDERS, supervision + "'ORDER_TO_PERFORM'");
        parts.put(Count.SUMMONSES, supervision + "'SUMMONS'");
        parts.put(Count.CIRCULARS, supervision + "'CIRCULAR_CRITICISM'");
        parts.put(Count.TRANSFERS, supervision + "'TRANSFER'");
        parts.put(Count.SUPERIOR_COPIES, " FROM superior_copy k JOIN reconsideration_case c ON c.id = k.case_id"
                + " WHERE k.copied_date BETWEEN :from AND :to");
        List<String> columns = new ArrayList<>();
        parts.values().forEach(from -> columns.add("(SELECT COUNT(*)" + from + scope.sql() + ")"));
        Object[] row = asRow(query("SELECT " + String.join(", ", columns), scope, period).getSingleResult());
        Map<Count, Long> m = new EnumMap<>(Count.class);
        int i = 0;
        for (Count c : parts.keySet()) {
            m.put(c, number(row[i++]));
        }
        return m;
    }

    /** The committee grounds {@link CommitteeGround#mandatory()} names, as a SQL list. */
    public static String mandatoryCommitteeGrounds() {
        return Arrays.stream(CommitteeGround.values()).filter(CommitteeGround::mandatory).map(g -> "'" + g.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** The kind of each respondent named. */
    public Map<Long, String> respondentKinds(java.util.Collection<Long> respondentIds) {
        Map<Long, String> m = new HashMap<>();
        if (respondentIds.isEmpty()) {
            return m;
        }
        for (Object o : em.createNativeQuery("SELECT r.id, r.kind FROM respondent r WHERE r.id IN (:ids)")
                .setParameter("ids", List.copyOf(respondentIds)).getResultList()) {
            Object[] row = (Object[]) o;
            m.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return m;
    }

    /** The cases failing a data-quality check, as (id, case number), in id order. */
    public List<Object[]> failing(Scope scope, Period period, DataQualityCheck check) {
        String sql = "SELECT c.id, c.case_number FROM reconsideration_case c WHERE (" + check.condition() + ")" + scope.sql()
                + " ORDER BY c.id";
        List<Object[]> rows = new ArrayList<>();
        for (Object o : query(sql, scope, period).getResultList()) {
            rows.add((Object[]) o);
        }
        return rows;
    }

    /**
     * Columns of low cardinality that a pass may group by on top of its own grouping: a count whose residual reads only
     * these (decision type, indirect correction, termination ground, publication status, acceptance kind) is then
     * evaluated once per group instead of once per case. The rows of a group are summed in Java.
     */
    static final Set<String> GROUPABLE = Set.of("c.decision_type", "c.indirect_correction", "c.termination_ground",
            "c.publication_status", "c.acceptance_kind");

    private static final Pattern COLUMN = Pattern.compile("\\bc\\.[a-z_]+");

    /** The case columns a condition reads. */
    static Set<String> columnsOf(String condition) {
        Set<String> columns = new TreeSet<>();
        Matcher m = COLUMN.matcher(condition);
        while (m.find()) {
            columns.add(m.group());
        }
        return columns;
    }

    /** The pass reads exactly the anchor's range, so the anchor's condition holds for every case it reads. */
    private static boolean readsExactly(Pass pass, Anchor anchor) {
        return pass.anchors().size() == 1 && pass.where().equals(anchor.condition());
    }

    /**
     * One pass: {@code SELECT [group,] <one column per count>, <extra columns> FROM cases WHERE pass AND scope GROUP BY
     * [group,] <groupable columns the residuals read>}. A count is {@code COUNT(*)} when the pass reads exactly its
     * anchor and it has no residual; {@code CASE WHEN residual THEN COUNT(…) ELSE 0 END} when its residual reads only
     * grouped columns (evaluated per group); otherwise {@code COUNT(CASE WHEN anchor AND residual THEN 1 END)}, the
     * anchor left out when the pass reads exactly its range.
     */
    private static String passAggregate(List<Count> counts, List<String> extra, String group, Scope scope, Pass pass, Dimension by) {
        Set<String> grouped = new TreeSet<>();
        List<String> columns = new ArrayList<>();
        for (Count c : counts) {
            String anchor = c.anchor() == null || readsExactly(pass, c.anchor()) ? null : c.anchor().condition();
            String residual = c.residual();
            if (residual != null && !residual.contains(":") && GROUPABLE.containsAll(columnsOf(residual))) {
                grouped.addAll(columnsOf(residual));
                columns.add("CASE WHEN " + residual + " THEN " + (anchor == null ? "COUNT(*)" : "COUNT(CASE WHEN " + anchor + " THEN 1 END)")
                        + " ELSE 0 END");
            } else if (residual == null) {
                columns.add(anchor == null ? "COUNT(*)" : "COUNT(CASE WHEN " + anchor + " THEN 1 END)");
            } else {
                columns.add("COUNT(CASE WHEN " + (anchor == null ? "" : anchor + " AND ") + "(" + residual + ") THEN 1 END)");
            }
        }
        columns.addAll(extra);
        List<String> groupBy = new ArrayList<>();
        if (group != null) {
            groupBy.add(group);
        }
        grouped.stream().filter(g -> !g.equals(group)).forEach(groupBy::add);
        StringBuilder sql = new StringBuilder("SELECT ");
        if (group != null) {
            sql.append(group).append(", ");
        }
        sql.append(String.join(", ", columns)).append(" FROM reconsideration_case c");
        if (by == Dimension.RESPONDENT_KIND) {
            sql.append(" JOIN respondent r ON r.id = c.respondent_id");
        }
        sql.append(" WHERE ").append(pass.where()).append(scope.sql());
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        return sql.toString();
    }

    private Query query(String sql, Scope scope, Period period) {
        return query(em, sql, scope, period);
    }

    /** A native query with the period as {@code :from}, {@code :to} and, when it names them, the scope's {@code :organs}. */
    static Query query(EntityManager em, String sql, Scope scope, Period period) {
        Query q = em.createNativeQuery(sql).setParameter("from", period.from()).setParameter("to", period.to());
        if (sql.contains(":organs")) {
            q.setParameter("organs", scope.organIds());
        }
        return q;
    }

    /** A count from a result row; SQL's NULL (a SUM over no row) is 0. */
    static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
