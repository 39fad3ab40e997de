package cn.fuyi.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Sorting;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.reminder.ReminderViews.InboxItem;
import cn.fuyi.reminder.ReminderViews.PreferenceInput;
import cn.fuyi.reminder.ReminderViews.PreferenceView;
import cn.fuyi.reminder.ReminderViews.ReminderRecord;
import cn.fuyi.security.Roles;
import cn.fuyi.security.UserScope;

/** The caller's inbox and reminder preferences, and the stored reminders as the organ's reviewers may inspect them. */
@ApplicationScoped
public class ReminderService {

    private static final Map<String, String> RECORD_SORT = new LinkedHashMap<>();
    static {
        RECORD_SORT.put("id", "r.id");
        RECORD_SORT.put("dueDate", "r.dueDate");
        RECORD_SORT.put("createdAt", "r.createdAt");
    }

    @Inject
    CurrentUser user;
    @Inject
    UserScope scope;
    @Inject
    TimeSource time;
    @Inject
    AuditLog audit;
    @Inject
    Recipients recipients;
    @Inject
    EntityManager em;

    // ---- inbox ---------------------------------------------------------------------------------------------------

    public PageResult<InboxItem> inbox(Boolean unread, PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        String where = inboxWhere(unread, p);
        List<Reminder> items = Reminder.<Reminder>find("select r" + where + " order by r.id desc", p)
                .page(page.page(), page.size()).list();
        long total = Reminder.count("select count(r)" + where, p);
        return PageResult.of(items.stream().map(InboxItem::of).toList(), page, total);
    }

    public long unreadCount() {
        Map<String, Object> p = new HashMap<>();
        return Reminder.count("select count(r)" + inboxWhere(true, p), p);
    }

    /** Marks one of the caller's inbox reminders read (again: no change). */
    @Transactional
    public InboxItem markRead(long id) {
        audit.expect();
        Map<String, Object> p = new HashMap<>();
        Reminder r = Reminder.<Reminder>find("select r" + inboxWhere(null, p) + " and r.id = :id", with(p, "id", id))
                .firstResult();
        if (r == null) {
            throw ApiException.notFound("REMINDER_NOT_FOUND", id);
        }
        if (r.readAt == null) {
            r.readAt = time.now();
            audit.record(SubjectType.REMINDER, r.id, r.organId, "MARK_READ", Map.of("readAt", r.readAt.toString()), null);
        }
        return InboxItem.of(r);
    }

    /** The caller's own inbox reminders, of organs the caller still sees. */
    private String inboxWhere(Boolean unread, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" from Reminder r where r.recipient = :me and r.channel = :inbox");
        p.put("me", user.username());
        p.put("inbox", ReminderChannel.INBOX);
        if (!scope.allOrgans()) {
            w.append(" and (r.organId is null or r.organId in :scopeOrgans)");
            p.put("scopeOrgans", scope.organIds());
        }
        if (unread != null) {
            w.append(unread ? " and r.readAt is null" : " and r.readAt is not null");
        }
        return w.toString();
    }

    // ---- preferences ---------------------------------------------------------------------------------------------

    public ReminderPreference mine() {
        return ReminderPreference.of(user.username());
    }

    public PreferenceView view(ReminderPreference p) {
        String me = user.username();
        @SuppressWarnings("unchecked")
        List<Number> organs = em.createNativeQuery("SELECT DISTINCT organ_id FROM reminder_organ_member WHERE username = ?1"
                + " ORDER BY organ_id").setParameter(1, me).getResultList();
        List<Long> ids = organs.stream().map(Number::longValue).toList();
        if (p == null) {
            return new PreferenceView(me, null, null, true, false, false, true, true, ids, false);
        }
        return new PreferenceView(p.username, p.email, p.webhookUrl, p.inboxEnabled, p.emailEnabled, p.webhookEnabled,
                p.digestEnabled, p.quietRestDays, ids, true);
    }

    /**
     * Saves the caller's preferences (creating them the first time, when no version is asked for) and records the
     * organs and roles of the caller's token, which make the caller one of "the organ's clerks" or "reviewers".
     */
    @Transactional
    public ReminderPreference save(PreferenceInput in, VersionCheck check) {
        audit.expect();
        if (in.emailEnabled() && blank(in.email())) {
            throw ApiException.invalidField("email", "ADDRESS_REQUIRED_FOR_CHANNEL");
        }
        if (in.webhookEnabled() && blank(in.webhookUrl())) {
            throw ApiException.invalidField("webhookUrl", "ADDRESS_REQUIRED_FOR_CHANNEL");
        }
        String me = user.username();
        ReminderPreference p = ReminderPreference.of(me);
        boolean created = p == null;
        Map<String, Object> before = created ? Map.of() : AuditLog.snapshot(p);
        if (created) {
            p = new ReminderPreference();
            p.username = me;
        } else {
            check.check(p.version);
        }
        p.displayName = user.displayName();
        p.email = blank(in.email()) ? null : in.email().trim();
        p.webhookUrl = blank(in.webhookUrl()) ? null : in.webhookUrl().trim();
        p.inboxEnabled = in.inboxEnabled();
        p.emailEnabled = in.emailEnabled();
        p.webhookEnabled = in.webhookEnabled();
        p.digestEnabled = in.digestEnabled();
        p.quietRestDays = in.quietRestDays();
        p.updatedAt = time.now();
        if (created) {
            p.persist();
        }
        List<String> roles = new ArrayList<>();
        for (String role : List.of(Roles.CLERK, Roles.REVIEWER)) {
            if (scope.has(role)) {
                roles.add(role);
            }
        }
        recipients.remember(me, scope.allOrgans() ? List.of() : scope.organIds(), roles);
        em.flush();
        audit.record(SubjectType.REMINDER_PREFERENCE, p.id, null, created ? "CREATE" : "UPDATE",
                AuditLog.diff(before, AuditLog.snapshot(p)), null);
        return p;
    }

    // ---- stored reminders ----------------------------------------------------------------------------------------

    /** The stored reminders of the organs the caller sees, optionally of one record, recipient or status. */
    public PageResult<ReminderRecord> records(String subjectType, Long subjectId, String recipient, ReminderStatus status,
            ReminderChannel channel, PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" from Reminder r where 1 = 1");
        if (!scope.allOrgans()) {
            w.append(" and r.organId in :scopeOrgans");
            p.put("scopeOrgans", scope.organIds());
        }
        if (subjectType != null) {
            w.append(" and r.subjectType = :st");
            p.put("st", subjectType);
        }
        if (subjectId != null) {
            w.append(" and r.subjectId = :sid");
            p.put("sid", subjectId);
        }
        if (recipient != null) {
            w.append(" and r.recipient = :who");
            p.put("who", recipient);
        }
        if (status != null) {
            w.append(" and r.status = :status");
            p.put("status", status);
        }
        if (channel != null) {
            w.append(" and r.channel = :channel");
            p.put("channel", channel);
        }
        String order = Sorting.orderBy(page.sort(), RECORD_SORT, "id", "r.id");
        List<Reminder> items = Reminder.<Reminder>find("select r" + w + order, p).page(page.page(), page.size()).list();
        long total = Reminder.count("select count(r)" + w, p);
        return PageResult.of(items.stream().map(ReminderRecord::of).toList(), page, total);
    }

    private static Map<String, Object> with(Map<String, Object> p, String k, Object v) {
        p.put(k, v);
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
