package cn.fuyi.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fuyi.calendar.CalendarService;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.TimeSource;
import cn.fuyi.reconsideration.acceptance.DeemedAcceptance.DeemedAccepted;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * Decides which reminders are due today and stores each as a row whose identity is unique (recipient, deadline, due
 * date, point, channel): planning twice, on two instances at once or after a restart, stores nothing new. Reminders
 * not yet sent whose deadline was met or moved (a step, a corrected calendar) are cancelled; the moved deadline gets
 * its own reminders at its new date.
 */
@ApplicationScoped
public class ReminderPlanner {

    static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Inject
    OpenDeadlines open;
    @Inject
    Recipients recipients;
    @Inject
    CalendarService calendar;
    @Inject
    TimeSource time;
    @Inject
    ReminderConfig config;
    @Inject
    EntityManager em;
    @Inject
    cn.fuyi.audit.AuditLog audit;

    /** Plans the deadline reminders of today; answers how many rows were new. */
    @Transactional
    public int plan() {
        audit.expect();
        LocalDate today = time.today();
        WorkingDayCalendar cal = calendar.current();
        boolean restDay = !cal.isWorkingDay(today);
        Map<String, ReminderPreference> prefs = new HashMap<>();
        List<OpenDeadline> items = open.asOf(today);
        int added = 0;
        for (OpenDeadline d : items) {
            ReminderPoint point = pointOf(d.due(), today, cal);
            if (point == null) {
                continue;
            }
            int left = point == ReminderPoint.AHEAD ? workingDaysBetween(today, d.due(), cal) : 0;
            if (config.points().contains(point)) {
                for (String who : recipients.clerksOf(d)) {
                    added += store(who, d, point, left, today, restDay, prefs);
                }
            }
            if (point == ReminderPoint.OVERDUE && config.points().contains(ReminderPoint.ESCALATED)
                    && workingDaysBetween(d.due(), today, cal) >= config.escalateAfterWorkingDays()) {
                for (String who : recipients.reviewersOf(d.organId())) {
                    added += store(who, d, ReminderPoint.ESCALATED, 0, today, restDay, prefs);
                }
            }
        }
        int cancelled = cancelMovedOrMet(items);
        if (added + cancelled > 0) {
            audit.record(SubjectType.SYSTEM, null, null, "PLAN_REMINDERS", Map.of("date", today.toString(), "added", added,
                    "cancelled", cancelled), null);
        }
        return added;
    }

    /** Plans today's digest for every person who wants one and has something open; answers how many rows were new. */
    @Transactional
    public int planDigests() {
        audit.expect();
        if (!config.points().contains(ReminderPoint.DIGEST)) {
            return 0;
        }
        LocalDate today = time.today();
        WorkingDayCalendar cal = calendar.current();
        boolean restDay = !cal.isWorkingDay(today);
        Map<String, List<OpenDeadline>> byPerson = new LinkedHashMap<>();
        for (OpenDeadline d : open.asOf(today)) {
            for (String who : recipients.clerksOf(d)) {
                byPerson.computeIfAbsent(who, k -> new ArrayList<>()).add(d);
            }
            if (d.due().isBefore(today)) {
                for (String who : recipients.reviewersOf(d.organId())) {
                    List<OpenDeadline> list = byPerson.computeIfAbsent(who, k -> new ArrayList<>());
                    if (!list.contains(d)) {
                        list.add(d);
                    }
                }
            }
        }
        int added = 0;
        for (Map.Entry<String, List<OpenDeadline>> e : byPerson.entrySet()) {
            ReminderPreference p = ReminderPreference.of(e.getKey());
            if (p == null || !p.digestEnabled || !p.emailEnabled || p.email == null) {
                continue;
            }
            List<OpenDeadline> items = e.getValue();
            items.sort(java.util.Comparator.comparing(OpenDeadline::due).thenComparing(OpenDeadline::reference,
                    java.util.Comparator.nullsLast(String::compareTo)));
            boolean dueToday = items.stream().anyMatch(d -> d.due().equals(today));
            if (restDay && p.quietRestDays && !dueToday) {
                continue;
            }
            added += insert(e.getKey(), "DIGEST", 0, "DIGEST", 0, today, ReminderPoint.DIGEST, ReminderChannel.EMAIL, null,
                    null, ReminderTexts.digestTitle(e.getKey(), today, items.size()),
                    ReminderTexts.digestBody(today, items), today);
        }
        if (added > 0) {
            audit.record(SubjectType.SYSTEM, null, null, "PLAN_REMINDER_DIGESTS", Map.of("date", today.toString(),
                    "added", added), null);
        }
        return added;
    }

    /** Tells the case's clerk (or the organ's clerks) that the case was deemed accepted by law. */
    @Transactional
    public void tellDeemedAccepted(DeemedAccepted e) {
        audit.expect();
        OpenDeadline d = new OpenDeadline(SubjectType.RECONSIDERATION_CASE.name(), e.caseId(), e.organId(), e.caseNumber(),
                DeadlineKind.ACCEPTANCE_REVIEW.name(), DeadlineKind.ACCEPTANCE_REVIEW.labelZh(), 0, e.acceptedDate(),
                "行政复议法第三十条第三款", e.clerk());
        LocalDate today = time.today();
        boolean restDay = !calendar.current().isWorkingDay(today);
        for (String who : recipients.clerksOf(d)) {
            store(who, d, ReminderPoint.EVENT, 0, today, restDay, new HashMap<>());
        }
    }

    /** Which point a deadline due on {@code due} has reached today, if any. */
    ReminderPoint pointOf(LocalDate due, LocalDate today, WorkingDayCalendar cal) {
        if (today.isAfter(due)) {
            return ReminderPoint.OVERDUE;
        }
        if (today.equals(due)) {
            return ReminderPoint.DUE_TODAY;
        }
        return workingDaysBetween(today, due, cal) <= config.aheadWorkingDays() ? ReminderPoint.AHEAD : null;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    static int workingDaysBetween(LocalDate from, LocalDate to, WorkingDayCalendar cal) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private int store(String who, OpenDeadline d, ReminderPoint point, int left, LocalDate today, boolean restDay,
            Map<String, ReminderPreference> prefs) {
        ReminderPreference p = prefs.computeIfAbsent(who, ReminderPreference::of);
        boolean quiet = restDay && (p == null || p.quietRestDays) && !d.due().equals(today);
        String title = ReminderTexts.title(d, point, left);
        String body = ReminderTexts.body(d, point, left);
        int added = 0;
        if (p == null || p.inboxEnabled) {
            added += insert(who, d.subjectType(), d.subjectId(), d.kind(), d.refId(), d.due(), point, ReminderChannel.INBOX,
                    d.organId(), d.reference(), title, body, today);
        }
        if (p != null && !quiet) {
            if (p.emailEnabled && p.email != null) {
                added += insert(who, d.subjectType(), d.subjectId(), d.kind(), d.refId(), d.due(), point,
                        ReminderChannel.EMAIL, d.organId(), d.reference(), title, body, today);
            }
            if (p.webhookEnabled && p.webhookUrl != null) {
                added += insert(who, d.subjectType(), d.subjectId(), d.kind(), d.refId(), d.due(), point,
                        ReminderChannel.WEBHOOK, d.organId(), d.reference(), title, body, today);
            }
        }
        return added;
    }

    /**
     * Inserts the reminder unless one with its identity exists. The inbox is delivered by being stored; e-mail and
     * webhook wait for the delivery worker.
     */
    private int insert(String who, String subjectType, long subjectId, String kind, long refId, LocalDate due,
            ReminderPoint point, ReminderChannel channel, Long organId, String reference, String title, String body,
            LocalDate today) {
        String now = timestamp(time.now());
        boolean inbox = channel == ReminderChannel.INBOX;
        Number exists = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reminder WHERE recipient = ?1 AND subject_type = ?2"
                + " AND subject_id = ?3 AND deadline_kind = ?4 AND ref_id = ?5 AND due_date = ?6 AND point = ?7 AND channel = ?8")
                .setParameter(1, who).setParameter(2, subjectType).setParameter(3, subjectId).setParameter(4, kind)
                .setParameter(5, refId).setParameter(6, due).setParameter(7, point.name()).setParameter(8, channel.name())
                .getSingleResult();
        if (exists.intValue() > 0) {
            return 0;
        }
        // The unique key decides between two planners that both found nothing: the second insert changes nothing.
        return em.createNativeQuery("INSERT INTO reminder (recipient, subject_type, subject_id, deadline_kind, ref_id,"
                + " due_date, point, channel, organ_id, reference, title, body, remind_date, status, attempts,"
                + " next_attempt_at, sent_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                + " ?14, 0, ?15, ?16, ?17) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, who).setParameter(2, subjectType).setParameter(3, subjectId).setParameter(4, kind)
                .setParameter(5, refId).setParameter(6, due).setParameter(7, point.name()).setParameter(8, channel.name())
                .setParameter(9, organId).setParameter(10, ReminderTexts.clip(reference, 100))
                .setParameter(11, ReminderTexts.clip(title, 300)).setParameter(12, body).setParameter(13, today)
                .setParameter(14, (inbox ? ReminderStatus.SENT : ReminderStatus.PENDING).name())
                .setParameter(15, inbox ? null : now).setParameter(16, inbox ? now : null).setParameter(17, now)
                .executeUpdate() > 0 ? 1 : 0;
    }

    /** Pending deliveries of deadlines no longer open at that due date are not sent (digests and events always are). */
    private int cancelMovedOrMet(List<OpenDeadline> items) {
        Set<String> openKeys = new HashSet<>();
        items.forEach(d -> openKeys.add(d.key()));
        int cancelled = 0;
        List<Reminder> pending = Reminder.list("status = ?1 and point not in ?2", ReminderStatus.PENDING,
                List.of(ReminderPoint.DIGEST, ReminderPoint.EVENT));
        for (Reminder r : pending) {
            String key = r.subjectType + "|" + r.subjectId + "|" + r.deadlineKind + "|" + r.refId + "|" + r.dueDate;
            if (!openKeys.contains(key)) {
                cancelled += em.createNativeQuery("UPDATE reminder SET status = 'CANCELLED', last_error = ?1 WHERE id = ?2"
                        + " AND status = 'PENDING'").setParameter(1, "deadline met or moved before the reminder went out")
                        .setParameter(2, r.id).executeUpdate();
            }
        }
        return cancelled;
    }

    static String timestamp(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).format(DATETIME_6);
    }
}
