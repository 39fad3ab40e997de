package cn.fuyi.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.security.UserScope;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;
import cn.fuyi.statistics.api.StatisticsViews.CaseRef;
import cn.fuyi.statistics.api.StatisticsViews.CountDifference;
import cn.fuyi.statistics.api.StatisticsViews.DefinitionsView;
import cn.fuyi.statistics.api.StatisticsViews.FrozenCasesView;
import cn.fuyi.statistics.api.StatisticsViews.FrozenDifferencesView;
import cn.fuyi.statistics.api.StatisticsViews.FrozenReportSummary;
import cn.fuyi.statistics.api.StatisticsViews.FrozenReportView;
import cn.fuyi.statistics.api.StatisticsViews.LitigationReportView;
import cn.fuyi.statistics.api.StatisticsViews.RateDifference;
import cn.fuyi.statistics.api.StatisticsViews.RateView;
import cn.fuyi.statistics.api.StatisticsViews.ReportTextView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;

/**
 * Frozen statistics (签发): a report author freezes the reconsideration statistics of a period for a scope, and from
 * then on the figures, the definitions and variants they were computed with, and the ids of the cases behind every
 * count of cases are kept as they were, whatever is corrected later. A frozen report is inserted once and never
 * updated (no statement here changes a stored one); its SHA-256 over content and case ids lets anyone check that.
 * It can be set beside the live figures of the same scope, period and variants, naming the cases that moved.
 */
@ApplicationScoped
public class FrozenReports {

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** At most this many cases that moved are named per count (the difference says how many moved in all). */
    static final int MOVED_NAMED = 1000;

    @Inject
    EntityManager em;
    @Inject
    StatisticsService statistics;
    @Inject
    LitigationStatistics litigation;
    @Inject
    FigureCases figureCases;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper json;
    @Inject
    UserScope userScope;

    /**
     * What a frozen report stores as JSON: the reconsideration and the litigation report, the definitions, and the
     * categories the reconsideration paragraph names.
     */
    public record Content(ReportView report, LitigationReportView litigation, DefinitionsView definitions, List<String> categories) {
    }

    /** A frozen report as stored, with its scope rebuilt from the organs it named. */
    public record Frozen(long id, Scope scope, Period period, String variants, String title, Instant frozenAt, String frozenBy,
            String frozenByName, String sha256, Content content, Map<String, long[]> cases) {
    }

    @Transactional
    public FrozenReportView freeze(Scope scope, Period period, Variants variants, Variants litigationVariants, String title) {
        audit.expect();
        if (title != null && title.length() > 200) {
            throw ApiException.badRequest("FROZEN_REPORT_TITLE_TOO_LONG", 200);
        }
        if (scope.everyOrgan() && !userScope.allOrgans()) {
            // a report of "every organ" is of every organ of the deployment; a caller who sees only some names one
            throw ApiException.badRequest("FROZEN_REPORT_ORGAN_REQUIRED");
        }
        ReportView report = statistics.report(scope, period, variants, false, Locale.SIMPLIFIED_CHINESE);
        List<String> categories = statistics.breakdown(scope, period, Dimension.CATEGORY, variants).rows().stream()
                .filter(row -> row.counts().get(Count.RECEIVED.id()) > 0).map(BreakdownRow::label).toList();
        LitigationReportView suits = litigation.report(scope, period, litigationVariants, false);
        Content content = new Content(report, suits, Definitions.all(), categories);
        Map<String, long[]> cases = new TreeMap<>();
        for (Count c : Count.values()) {
            if (c.drillable()) {
                cases.put(c.id(), c.litigation() ? figureCases.lawsuitIds(scope, period, c) : figureCases.ids(scope, period, c));
            }
        }
        String variantText = joined(variants, litigationVariants);
        String text = write(content);
        String sha = sha256(text, cases);
        Instant now = time.now().truncatedTo(ChronoUnit.MICROS);
        Long organId = scope.everyOrgan() ? null : scope.organ().id;
        em.createNativeQuery("INSERT INTO frozen_report (organ_id, include_subordinates, organ_ids, period_kind, period_from,"
                + " period_to, variants, title, content, sha256, frozen_at, frozen_by, frozen_by_name)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, organId).setParameter(2, scope.includeSubordinates())
                .setParameter(3, String.join(",", scope.organIds().stream().map(String::valueOf).toList()))
                .setParameter(4, period.kind().name()).setParameter(5, period.from()).setParameter(6, period.to())
                .setParameter(7, variantText).setParameter(8, title).setParameter(9, text).setParameter(10, sha)
                .setParameter(11, LocalDateTime.ofInstant(now, ZoneOffset.UTC).format(DATETIME_6))
                .setParameter(12, user.username()).setParameter(13, user.displayName()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        insertCases(id, cases);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("organIds", scope.organIds());
        changes.put("period", period.from() + "/" + period.to());
        changes.put("variants", variantText);
        changes.put("sha256", sha);
        audit.record(SubjectType.FROZEN_REPORT, id, organId, "FREEZE", changes, null);
        audit.publish("STATISTICS_FROZEN", SubjectType.FROZEN_REPORT, id, organId, null, changes);
        return view(load(id));
    }

    private static String joined(Variants a, Variants b) {
        String x = a.toString();
        String y = b.toString();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + "," + y;
    }

    private void insertCases(long id, Map<String, long[]> cases) {
        cases.forEach((count, ids) -> em.createNativeQuery("INSERT INTO frozen_report_case (report_id, count_id, case_count, case_ids)"
                + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, id).setParameter(2, count).setParameter(3, ids.length)
                .setParameter(4, CaseIds.encode(ids)).executeUpdate());
    }

    /** The frozen reports the caller may see, newest first; optionally of one organ and overlapping a period. */
    @Transactional
    public List<FrozenReportSummary> list(Long organId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT f.id FROM frozen_report f WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (organId != null) {
            sql.append(" AND f.organ_id = :organ");
            params.put("organ", organId);
        }
        if (from != null) {
            sql.append(" AND f.period_to >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND f.period_from <= :to");
            params.put("to", to);
        }
        if (!userScope.allOrgans()) {
            // a report of every organ is only for those who see every organ
            sql.append(" AND f.organ_id IN (:scopeOrgans)");
            params.put("scopeOrgans", userScope.organIds());
        }
        sql.append(" ORDER BY f.frozen_at DESC, f.id DESC");
        var q = em.createNativeQuery(sql.toString()).setMaxResults(500);
        params.forEach(q::setParameter);
        List<FrozenReportSummary> list = new ArrayList<>();
        for (Object o : q.getResultList()) {
            // the summary needs no case ids
            Frozen f = load(((Number) o).longValue(), false);
            list.add(new FrozenReportSummary(f.id(), f.content().report().scope(), f.content().report().period(), f.variants(),
                    f.title(), f.frozenAt(), f.frozenBy(), f.frozenByName(), f.sha256()));
        }
        return list;
    }

    /** A frozen report the caller may see; 404 otherwise. */
    @Transactional
    public Frozen find(long id) {
        List<?> rows = em.createNativeQuery("SELECT f.organ_id FROM frozen_report f WHERE f.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("FROZEN_REPORT_NOT_FOUND", id);
        }
        Object organ = rows.get(0);
        if (!userScope.allOrgans() && (organ == null || !userScope.seesOrgan(((Number) organ).longValue()))) {
            throw ApiException.notFound("FROZEN_REPORT_NOT_FOUND", id);
        }
        return load(id);
    }

    @Transactional
    public FrozenReportView get(long id) {
        return view(find(id));
    }

    /** The report paragraph written from the frozen figures, not from today's. */
    @Transactional
    public ReportTextView text(long id, boolean litigationParagraph) {
        Frozen f = find(id);
        ReportView r = f.content().report();
        if (litigationParagraph) {
            return new ReportTextView(r.scope(), r.period(), ReportWriter.writeLitigation(f.scope(), f.period(), f.content().litigation()));
        }
        return new ReportTextView(r.scope(), r.period(), ReportWriter.write(f.scope(), f.period(), r, f.content().categories()));
    }

    /**
     * The frozen figures beside the live figures of the same organs, period and variants: each count with the cases
     * counted now and not then, and then and not now; each rate frozen and live.
     */
    @Transactional
    public FrozenDifferencesView differences(long id) {
        Frozen f = find(id);
        ReportView live = statistics.report(f.scope(), f.period(), Variants.parseMixed(f.variants(), false), false,
                Locale.SIMPLIFIED_CHINESE);
        LitigationReportView liveSuits = litigation.report(f.scope(), f.period(), Variants.parseMixed(f.variants(), true), false);
        ReportView frozen = f.content().report();
        LitigationReportView frozenSuits = f.content().litigation();
        Map<String, Long> thenCounts = new LinkedHashMap<>(frozen.counts());
        thenCounts.putAll(frozenSuits.counts());
        Map<String, Long> nowCounts = new LinkedHashMap<>(live.counts());
        nowCounts.putAll(liveSuits.counts());
        List<CountDifference> counts = new ArrayList<>();
        boolean unchanged = true;
        for (Count c : Count.values()) {
            if (!thenCounts.containsKey(c.id()) && !nowCounts.containsKey(c.id())) {
                continue;
            }
            long then = thenCounts.getOrDefault(c.id(), 0L);
            long now = nowCounts.getOrDefault(c.id(), 0L);
            List<CaseRef> added = List.of();
            List<CaseRef> removed = List.of();
            long addedTotal = 0;
            long removedTotal = 0;
            if (c.drillable() && f.cases().containsKey(c.id())) {
                long[] before = f.cases().get(c.id());
                long[] after = c.litigation() ? figureCases.lawsuitIds(f.scope(), f.period(), c) : figureCases.ids(f.scope(), f.period(), c);
                long[] plus = CaseIds.minus(after, before);
                long[] minus = CaseIds.minus(before, after);
                Set<Long> moved = new TreeSet<>();
                Arrays.stream(plus).limit(MOVED_NAMED).forEach(moved::add);
                Arrays.stream(minus).limit(MOVED_NAMED).forEach(moved::add);
                Map<Long, String> numbers = c.litigation() ? figureCases.courtCaseNumbers(moved) : figureCases.caseNumbers(moved);
                added = Arrays.stream(plus).limit(MOVED_NAMED).mapToObj(i -> new CaseRef(i, numbers.get(i))).toList();
                removed = Arrays.stream(minus).limit(MOVED_NAMED).mapToObj(i -> new CaseRef(i, numbers.get(i))).toList();
                addedTotal = plus.length;
                removedTotal = minus.length;
            }
            if (then != now || !added.isEmpty() || !removed.isEmpty()) {
                unchanged = false;
                counts.add(new CountDifference(c.id(), c.nameZh(), then, now, now - then, addedTotal, added, removedTotal, removed));
            }
        }
        List<RateDifference> rates = new ArrayList<>();
        List<RateView> thenRates = new ArrayList<>(frozen.rates());
        thenRates.addAll(frozenSuits.rates());
        List<RateView> nowRates = new ArrayList<>(live.rates());
        nowRates.addAll(liveSuits.rates());
        for (RateView a : thenRates) {
            RateView b = nowRates.stream().filter(r -> r.id().equals(a.id())).findFirst().orElse(a);
            boolean changed = a.numerator() != b.numerator() || a.denominator() != b.denominator();
            if (changed) {
                rates.add(new RateDifference(a.id(), a.nameZh(), a.variant(), a.display() + " (" + a.fraction() + ")",
                        b.display() + " (" + b.fraction() + ")", true));
            }
        }
        return new FrozenDifferencesView(f.id(), frozen.scope(), frozen.period(), f.variants(), f.frozenAt(), unchanged, counts, rates);
    }

    /** One page of the cases kept behind a frozen count, in id order, with their case numbers. */
    @Transactional
    public FrozenCasesView cases(long id, String countId, cn.fuyi.common.PageRequest page) {
        Frozen f = find(id);
        Count count = Count.byId(countId).filter(c -> f.cases().containsKey(c.id())).orElseThrow(() -> ApiException.badRequest(
                "STATISTICS_COUNT_NOT_LISTABLE", countId == null ? "" : countId, List.copyOf(f.cases().keySet())));
        long[] ids = f.cases().get(count.id());
        List<Long> pageIds = Arrays.stream(ids).skip(page.offset()).limit(page.size()).boxed().toList();
        Map<Long, String> numbers = count.litigation() ? figureCases.courtCaseNumbers(pageIds) : figureCases.caseNumbers(pageIds);
        List<CaseRef> items = pageIds.stream().map(i -> new CaseRef(i, numbers.get(i))).toList();
        return new FrozenCasesView(id, count.id(), count.nameZh(), ids.length, cn.fuyi.common.PageResult.of(items, page, ids.length));
    }

    FrozenReportView view(Frozen f) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        f.cases().forEach((k, v) -> kept.put(k, v.length));
        return new FrozenReportView(f.id(), f.content().report().scope(), f.content().report().period(), f.variants(), f.title(),
                f.frozenAt(), f.frozenBy(), f.frozenByName(), f.sha256(), f.content().report(), f.content().litigation(),
                f.content().definitions(), kept);
    }

    /** Reads a stored frozen report (no scope check: callers check first). */
    Frozen load(long id) {
        return load(id, true);
    }

    /** Reads a stored frozen report, with or without the case ids kept behind its counts. */
    Frozen load(long id, boolean withCases) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT f.organ_id, f.include_subordinates, f.organ_ids, f.period_kind,"
                + " f.period_from, f.period_to, f.variants, f.title, f.content, f.sha256, f.frozen_at, f.frozen_by, f.frozen_by_name"
                + " FROM frozen_report f WHERE f.id = ?1").setParameter(1, id).getSingleResult();
        Long organId = r[0] == null ? null : ((Number) r[0]).longValue();
        boolean subordinates = bool(r[1]);
        List<Long> organs = ((String) r[2]).isEmpty() ? List.of()
                : Arrays.stream(((String) r[2]).split(",")).map(Long::valueOf).toList();
        Organ organ = organId == null ? null : Organ.findById(organId);
        Scope scope = new Scope(organ, subordinates, organs, false);
        Period period = new Period(Period.Kind.valueOf((String) r[3]), date(r[4]), date(r[5]));
        Content content = read((String) r[8]);
        Map<String, long[]> cases = new TreeMap<>();
        for (Object o : !withCases ? List.of() : em.createNativeQuery(
                "SELECT k.count_id, k.case_count, k.case_ids FROM frozen_report_case k WHERE k.report_id = ?1")
                .setParameter(1, id).getResultList()) {
            Object[] k = (Object[]) o;
            cases.put((String) k[0], CaseIds.decode((byte[]) k[2], ((Number) k[1]).intValue()));
        }
        return new Frozen(id, scope, period, (String) r[6], (String) r[7], instant(r[10]), (String) r[11], (String) r[12],
                (String) r[9], content, cases);
    }

    private String write(Content content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Content read(String text) {
        try {
            return json.readValue(text, Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frozen report content unreadable", e);
        }
    }

    /** SHA-256 over the stored JSON and, count by count, the case ids kept. */
    static String sha256(String content, Map<String, long[]> cases) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(content.getBytes(StandardCharsets.UTF_8));
            cases.forEach((count, ids) -> {
                md.update(("\u001f" + count + ":").getBytes(StandardCharsets.UTF_8));
                for (long i : ids) {
                    md.update((i + ",").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) o;
    }
}
