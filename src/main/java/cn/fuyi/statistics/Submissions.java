package cn.fuyi.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganService;
import cn.fuyi.security.UserScope;
import cn.fuyi.statistics.api.StatisticsViews.DeadlineView;
import cn.fuyi.statistics.api.StatisticsViews.ReportView;
import cn.fuyi.statistics.api.StatisticsViews.RollUpDifference;
import cn.fuyi.statistics.api.StatisticsViews.RollUpView;
import cn.fuyi.statistics.api.StatisticsViews.SubmissionState;
import cn.fuyi.statistics.api.StatisticsViews.SubmissionView;
import cn.fuyi.statistics.api.StatisticsViews.SubordinateDifference;
import cn.fuyi.statistics.api.StatisticsViews.SubordinateStatus;

/**
 * 上报: an organ submits a frozen report ({@link FrozenReports}) to its parent organ; the parent returns it with a
 * comment or accepts it, and sees the roll-up of its subordinates' accepted submissions beside the live figures of the
 * same organs. A parent may set the date by which its subordinates' reports of a period are due; the status of each
 * subordinate against that date is what reminders are built from. A returned submission stays on record; the organ
 * freezes again and resubmits.
 */
@ApplicationScoped
public class Submissions {

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final String COLUMNS = "s.id, s.frozen_report_id, s.organ_id, s.parent_organ_id, s.period_kind, s.period_from,"
            + " s.period_to, s.state, s.submitted_at, s.submitted_by, s.decided_at, s.decided_by, s.comment, s.version";

    @Inject
    EntityManager em;
    @Inject
    FrozenReports frozen;
    @Inject
    StatisticsService statistics;
    @Inject
    LitigationStatistics litigation;
    @Inject
    OrganService organs;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    UserScope userScope;

    /** One stored submission. */
    record Row(long id, long frozenReportId, long organId, long parentOrganId, Period period, SubmissionState state, Instant submittedAt,
            String submittedBy, Instant decidedAt, String decidedBy, String comment, long version) {
    }

    /**
     * Submits a frozen report of one organ to that organ's parent. Only one submission per organ and period may wait
     * for the parent's decision, and none after one was accepted.
     */
    @Transactional
    public SubmissionView submit(long frozenReportId) {
        audit.expect();
        FrozenReports.Frozen f = frozen.find(frozenReportId);
        if (f.scope().everyOrgan()) {
            throw ApiException.unprocessable("SUBMISSION_WITHOUT_ORGAN", frozenReportId);
        }
        Organ organ = f.scope().organ();
        if (organ.parentId == null) {
            throw ApiException.unprocessable("SUBMISSION_NO_PARENT", organ.name);
        }
        // the organ's row is the lock that serialises two submissions of the same organ
        em.createNativeQuery("SELECT o.id FROM organ o WHERE o.id = ?1 FOR UPDATE").setParameter(1, organ.id).getResultList();
        for (Row r : rows("s.organ_id = ?1 AND s.period_from = ?2 AND s.period_to = ?3", organ.id, f.period().from(), f.period().to())) {
            if (r.state() == SubmissionState.SUBMITTED) {
                throw ApiException.conflict("SUBMISSION_ALREADY_PENDING", r.id());
            }
            if (r.state() == SubmissionState.ACCEPTED) {
                throw ApiException.conflict("SUBMISSION_ALREADY_ACCEPTED", r.id());
            }
        }
        em.createNativeQuery("INSERT INTO statistics_submission (frozen_report_id, organ_id, parent_organ_id, period_kind,"
                + " period_from, period_to, state, submitted_at, submitted_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, frozenReportId).setParameter(2, organ.id).setParameter(3, organ.parentId)
                .setParameter(4, f.period().kind().name()).setParameter(5, f.period().from()).setParameter(6, f.period().to())
                .setParameter(7, SubmissionState.SUBMITTED.name()).setParameter(8, now()).setParameter(9, user.username()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("frozenReportId", frozenReportId);
        changes.put("parentOrganId", organ.parentId);
        changes.put("period", f.period().from() + "/" + f.period().to());
        changes.put("state", SubmissionState.SUBMITTED.name());
        audit.record(SubjectType.STATISTICS_SUBMISSION, id, organ.id, "SUBMIT", changes, null);
        audit.publish("STATISTICS_SUBMITTED", SubjectType.STATISTICS_SUBMISSION, id, organ.parentId, null, changes);
        return view(row(id));
    }

    /** The parent returns a submission with a comment saying what to correct. */
    @Transactional
    public SubmissionView returnSubmission(long id, LongConsumer precondition, String comment) {
        audit.expect();
        if (comment == null || comment.isBlank()) {
            throw ApiException.badRequest("SUBMISSION_COMMENT_REQUIRED");
        }
        if (comment.length() > 1000) {
            throw ApiException.badRequest("SUBMISSION_COMMENT_TOO_LONG", 1000);
        }
        return decide(id, precondition, SubmissionState.RETURNED, comment.strip());
    }

    /** The parent accepts a submission: its figures enter the parent's roll-up. */
    @Transactional
    public SubmissionView accept(long id, LongConsumer precondition, String comment) {
        audit.expect();
        if (comment != null && comment.length() > 1000) {
            throw ApiException.badRequest("SUBMISSION_COMMENT_TOO_LONG", 1000);
        }
        return decide(id, precondition, SubmissionState.ACCEPTED, comment == null || comment.isBlank() ? null : comment.strip());
    }

    private SubmissionView decide(long id, LongConsumer precondition, SubmissionState state, String comment) {
        Row r = visible(id);
        if (!userScope.seesOrgan(r.parentOrganId())) {
            // the submitting organ may read its submission, only the parent decides on it
            throw ApiException.notFound("SUBMISSION_NOT_FOUND", id);
        }
        em.createNativeQuery("SELECT s.id FROM statistics_submission s WHERE s.id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        r = row(id);
        precondition.accept(r.version());
        if (r.state() != SubmissionState.SUBMITTED) {
            throw ApiException.conflict("SUBMISSION_NOT_PENDING", id, r.state());
        }
        em.createNativeQuery("UPDATE statistics_submission SET state = ?1, decided_at = ?2, decided_by = ?3, comment = ?4,"
                + " version = version + 1 WHERE id = ?5").setParameter(1, state.name()).setParameter(2, now())
                .setParameter(3, user.username()).setParameter(4, comment).setParameter(5, id).executeUpdate();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("state", Map.of("from", r.state().name(), "to", state.name()));
        if (comment != null) {
            changes.put("comment", comment);
        }
        String operation = state == SubmissionState.ACCEPTED ? "ACCEPT" : "RETURN";
        audit.record(SubjectType.STATISTICS_SUBMISSION, id, r.parentOrganId(), operation, changes, comment);
        audit.publish(state == SubmissionState.ACCEPTED ? "STATISTICS_SUBMISSION_ACCEPTED" : "STATISTICS_SUBMISSION_RETURNED",
                SubjectType.STATISTICS_SUBMISSION, id, r.organId(), null, changes);
        return view(row(id));
    }

    @Transactional
    public SubmissionView get(long id) {
        return view(visible(id));
    }

    /** Submissions the caller may see (as the submitting organ or as the parent), newest first. */
    @Transactional
    public List<SubmissionView> list(Long parentOrganId, Long organId, Period period) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (parentOrganId != null) {
            params.add(parentOrganId);
            where.append(" AND s.parent_organ_id = ?").append(params.size());
        }
        if (organId != null) {
            params.add(organId);
            where.append(" AND s.organ_id = ?").append(params.size());
        }
        if (period != null) {
            params.add(period.from());
            where.append(" AND s.period_from = ?").append(params.size());
            params.add(period.to());
            where.append(" AND s.period_to = ?").append(params.size());
        }
        return rows(where + " ORDER BY s.submitted_at DESC, s.id DESC", params.toArray()).stream()
                .filter(r -> userScope.seesOrgan(r.organId()) || userScope.seesOrgan(r.parentOrganId())).limit(500)
                .map(this::view).toList();
    }

    /** Sets (or moves) the date the subordinates' reports of a period are due at a parent organ. */
    @Transactional
    public DeadlineView setDeadline(long parentOrganId, Period period, LocalDate dueDate) {
        audit.expect();
        if (!userScope.seesOrgan(parentOrganId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", parentOrganId);
        }
        organs.organ(parentOrganId);
        if (dueDate == null) {
            throw ApiException.badRequest("SUBMISSION_DUE_DATE_REQUIRED");
        }
        List<?> existing = em.createNativeQuery("SELECT d.id, d.due_date FROM submission_deadline d WHERE d.parent_organ_id = ?1"
                + " AND d.period_from = ?2 AND d.period_to = ?3 FOR UPDATE").setParameter(1, parentOrganId)
                .setParameter(2, period.from()).setParameter(3, period.to()).getResultList();
        long id;
        Map<String, Object> changes = new LinkedHashMap<>();
        if (existing.isEmpty()) {
            em.createNativeQuery("INSERT INTO submission_deadline (parent_organ_id, period_kind, period_from, period_to, due_date)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, parentOrganId).setParameter(2, period.kind().name())
                    .setParameter(3, period.from()).setParameter(4, period.to()).setParameter(5, dueDate).executeUpdate();
            id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            changes.put("period", period.from() + "/" + period.to());
            changes.put("dueDate", dueDate.toString());
        } else {
            Object[] r = (Object[]) existing.get(0);
            id = ((Number) r[0]).longValue();
            em.createNativeQuery("UPDATE submission_deadline SET due_date = ?1 WHERE id = ?2").setParameter(1, dueDate)
                    .setParameter(2, id).executeUpdate();
            changes.put("dueDate", Map.of("from", String.valueOf(FrozenReports.date(r[1])), "to", dueDate.toString()));
        }
        audit.record(SubjectType.SUBMISSION_DEADLINE, id, parentOrganId, "SET_DUE_DATE", changes, null);
        return new DeadlineView(id, parentOrganId, StatisticsService.period(period), dueDate);
    }

    @Transactional
    public List<DeadlineView> deadlines(long parentOrganId) {
        if (!userScope.seesOrgan(parentOrganId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", parentOrganId);
        }
        List<DeadlineView> list = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT d.id, d.period_kind, d.period_from, d.period_to, d.due_date FROM submission_deadline d"
                + " WHERE d.parent_organ_id = ?1 ORDER BY d.period_from, d.period_to").setParameter(1, parentOrganId).getResultList()) {
            Object[] r = (Object[]) o;
            Period p = new Period(Period.Kind.valueOf((String) r[1]), FrozenReports.date(r[2]), FrozenReports.date(r[3]));
            list.add(new DeadlineView(((Number) r[0]).longValue(), parentOrganId, StatisticsService.period(p), FrozenReports.date(r[4])));
        }
        return list;
    }

    /**
     * The parent's view of a period: each direct subordinate's status against the due date, the sum of the accepted
     * submissions, the live figures of the same organs (the scopes the accepted reports were frozen for), and every
     * count where the two differ, with the subordinates whose submission differs from their live figures.
     */
    @Transactional
    public RollUpView rollUp(long parentOrganId, Period period) {
        if (!userScope.seesOrgan(parentOrganId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", parentOrganId);
        }
        Organ parent = organs.organ(parentOrganId);
        LocalDate due = dueDate(parentOrganId, period);
        LocalDate today = time.today();
        List<Organ> children = Organ.<Organ>list("parentId = ?1 order by id", parentOrganId);
        List<Row> all = rows("s.parent_organ_id = ?1 AND s.period_from = ?2 AND s.period_to = ?3 ORDER BY s.submitted_at DESC, s.id DESC",
                parentOrganId, period.from(), period.to());
        List<SubordinateStatus> statuses = new ArrayList<>();
        Map<Count, Long> accepted = new EnumMap<>(Count.class);
        Map<Count, Long> live = new EnumMap<>(Count.class);
        List<Long> organIds = new ArrayList<>();
        Map<Count, List<SubordinateDifference>> bySubordinate = new EnumMap<>(Count.class);
        for (Organ child : children) {
            Row latest = all.stream().filter(r -> r.organId() == child.id).findFirst().orElse(null);
            Row acceptedRow = all.stream().filter(r -> r.organId() == child.id && r.state() == SubmissionState.ACCEPTED).findFirst().orElse(null);
            String status = latest == null ? "NOT_SUBMITTED" : latest.state().name();
            String label = latest == null ? "未上报" : latest.state().labelZh();
            boolean open = acceptedRow == null;
            boolean overdue = due != null && open && today.isAfter(due) && (latest == null || latest.state() != SubmissionState.SUBMITTED);
            Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(today, due);
            statuses.add(new SubordinateStatus(child.id, child.name, status, label, latest == null ? null : latest.id(), due, overdue,
                    open ? daysLeft : null));
            if (acceptedRow == null) {
                continue;
            }
            FrozenReports.Frozen f = frozen.load(acceptedRow.frozenReportId(), false);
            organIds.addAll(f.scope().organIds());
            ReportView now = statistics.report(f.scope(), f.period(), Variants.defaults(), false, java.util.Locale.SIMPLIFIED_CHINESE);
            Map<String, Long> nowSuits = litigation.report(f.scope(), f.period(), Variants.defaults(), false).counts();
            for (Count c : Count.values()) {
                Map<String, Long> then = c.litigation() ? f.content().litigation().counts() : f.content().report().counts();
                if (!then.containsKey(c.id())) {
                    continue;
                }
                long a = then.get(c.id());
                long l = (c.litigation() ? nowSuits : now.counts()).getOrDefault(c.id(), 0L);
                accepted.merge(c, a, Long::sum);
                live.merge(c, l, Long::sum);
                if (a != l) {
                    bySubordinate.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(new SubordinateDifference(child.id, child.name, acceptedRow.id(), a, l));
                }
            }
        }
        List<RollUpDifference> differences = new ArrayList<>();
        for (Count c : accepted.keySet()) {
            long a = accepted.get(c);
            long l = live.getOrDefault(c, 0L);
            if (a != l) {
                differences.add(new RollUpDifference(c.id(), c.nameZh(), a, l, l - a, bySubordinate.getOrDefault(c, List.of())));
            }
        }
        return new RollUpView(parent.id, parent.name, StatisticsService.period(period), statuses, organIds,
                StatisticsService.countMap(accepted), StatisticsService.countMap(live), differences,
                StatisticsService.rates(java.util.Arrays.asList(Metric.values()), accepted, Variants.defaults()));
    }

    /**
     * What the submitting organs still owe: for each organ the caller sees (or the one named) and each period its parent
     * set a due date for, due within {@code withinDays} or already past, with no accepted submission — its status
     * (not submitted, waiting, returned), the days left (negative once past). Reminders are built from this list.
     */
    @Transactional
    public List<SubordinateStatus> owed(Long organId, int withinDays) {
        if (organId != null && !userScope.seesOrgan(organId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", organId);
        }
        LocalDate today = time.today();
        StringBuilder sql = new StringBuilder("SELECT o.id, o.name, d.period_kind, d.period_from, d.period_to, d.due_date"
                + " FROM organ o JOIN submission_deadline d ON d.parent_organ_id = o.parent_id WHERE d.due_date <= ?1"
                + " AND NOT EXISTS (SELECT 1 FROM statistics_submission s WHERE s.organ_id = o.id AND s.period_from = d.period_from"
                + " AND s.period_to = d.period_to AND s.state = 'ACCEPTED')");
        if (organId != null) {
            sql.append(" AND o.id = ?2");
        }
        sql.append(" ORDER BY d.due_date, o.id");
        var q = em.createNativeQuery(sql.toString()).setParameter(1, today.plusDays(withinDays));
        if (organId != null) {
            q.setParameter(2, organId);
        }
        List<SubordinateStatus> list = new ArrayList<>();
        for (Object o : q.setMaxResults(1000).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            if (!userScope.seesOrgan(id)) {
                continue;
            }
            LocalDate from = FrozenReports.date(r[3]);
            LocalDate to = FrozenReports.date(r[4]);
            LocalDate due = FrozenReports.date(r[5]);
            Row latest = rows("s.organ_id = ?1 AND s.period_from = ?2 AND s.period_to = ?3 ORDER BY s.submitted_at DESC, s.id DESC",
                    id, from, to).stream().findFirst().orElse(null);
            boolean waiting = latest != null && latest.state() == SubmissionState.SUBMITTED;
            list.add(new SubordinateStatus(id, (String) r[1], latest == null ? "NOT_SUBMITTED" : latest.state().name(),
                    latest == null ? "未上报" : latest.state().labelZh(), latest == null ? null : latest.id(), due,
                    !waiting && today.isAfter(due), ChronoUnit.DAYS.between(today, due)));
        }
        return list;
    }

    /** A report an organ still owes its parent for a period, as the reminders see it. */
    public record Outstanding(long deadlineId, long organId, long parentOrganId, String parentName, Period period, LocalDate dueDate) {

        /** The period in words: "2025年度", "2025年第1季度" or "2025-01-01至2025-06-30". */
        public String periodLabel() {
            return switch (period.kind()) {
                case YEAR -> period.from().getYear() + "年度";
                case QUARTER -> period.from().getYear() + "年第" + ((period.from().getMonthValue() + 2) / 3) + "季度";
                case RANGE -> period.from() + "至" + period.to();
            };
        }
    }

    /**
     * Every report an active organ owes its parent: the parent set a due date for the period and the organ has neither
     * an accepted submission nor one waiting for the parent's decision (a returned one is owed again). For all organs,
     * without the caller's scope: the reminder job has no caller. Needs the caller's transaction.
     */
    public List<Outstanding> outstanding() {
        List<Outstanding> list = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT d.id, o.id, p.id, p.name, d.period_kind, d.period_from, d.period_to, d.due_date"
                + " FROM submission_deadline d JOIN organ p ON p.id = d.parent_organ_id JOIN organ o ON o.parent_id = p.id"
                + " WHERE o.active = TRUE AND NOT EXISTS (SELECT 1 FROM statistics_submission s WHERE s.organ_id = o.id"
                + " AND s.period_from = d.period_from AND s.period_to = d.period_to AND s.state IN ('ACCEPTED', 'SUBMITTED'))"
                + " ORDER BY d.due_date, o.id").getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Outstanding(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    (String) r[3], new Period(Period.Kind.valueOf((String) r[4]), FrozenReports.date(r[5]), FrozenReports.date(r[6])),
                    FrozenReports.date(r[7])));
        }
        return list;
    }

    private LocalDate dueDate(long parentOrganId, Period period) {
        List<?> r = em.createNativeQuery("SELECT d.due_date FROM submission_deadline d WHERE d.parent_organ_id = ?1"
                + " AND d.period_from = ?2 AND d.period_to = ?3").setParameter(1, parentOrganId).setParameter(2, period.from())
                .setParameter(3, period.to()).getResultList();
        return r.isEmpty() ? null : FrozenReports.date(r.get(0));
    }

    private Row visible(long id) {
        List<Row> found = rows("s.id = ?1", id);
        if (found.isEmpty()) {
            throw ApiException.notFound("SUBMISSION_NOT_FOUND", id);
        }
        Row r = found.get(0);
        if (!userScope.seesOrgan(r.organId()) && !userScope.seesOrgan(r.parentOrganId())) {
            throw ApiException.notFound("SUBMISSION_NOT_FOUND", id);
        }
        return r;
    }

    private Row row(long id) {
        return rows("s.id = ?1", id).get(0);
    }

    private List<Row> rows(String where, Object... params) {
        var q = em.createNativeQuery("SELECT " + COLUMNS + " FROM statistics_submission s WHERE " + where);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        List<Row> list = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    new Period(Period.Kind.valueOf((String) r[4]), FrozenReports.date(r[5]), FrozenReports.date(r[6])),
                    SubmissionState.valueOf((String) r[7]), FrozenReports.instant(r[8]), (String) r[9], FrozenReports.instant(r[10]),
                    (String) r[11], (String) r[12], ((Number) r[13]).longValue()));
        }
        return list;
    }

    SubmissionView view(Row r) {
        Organ organ = Organ.findById(r.organId());
        Organ parent = Organ.findById(r.parentOrganId());
        LocalDate due = dueDate(r.parentOrganId(), r.period());
        boolean late = due != null && r.submittedAt() != null
                && LocalDate.ofInstant(r.submittedAt(), time.zone()).isAfter(due);
        return new SubmissionView(r.id(), r.frozenReportId(), r.organId(), organ.name, r.parentOrganId(), parent.name,
                StatisticsService.period(r.period()), r.state(), r.state().labelZh(), r.submittedAt(), r.submittedBy(), r.decidedAt(),
                r.decidedBy(), r.comment(), due, late, r.version());
    }

    private String now() {
        return LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).format(DATETIME_6);
    }
}
