package cn.fuyi.reminder;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reminders' JSON shapes. */
public final class ReminderViews {

    private ReminderViews() {
    }

    @Schema(name = "InboxItem", description = "A reminder in the caller's in-app inbox")
    public record InboxItem(long id, ReminderPoint point, String pointLabel,
            @Schema(description = "RECONSIDERATION_CASE, LAWSUIT, RECOMMENDATION or RECTIFICATION") String subjectType,
            long subjectId, @Schema(description = "The case, court or document number") String reference,
            String deadlineKind, LocalDate dueDate, String title, String text, Instant createdAt, boolean read,
            Instant readAt) {

        static InboxItem of(Reminder r) {
            return new InboxItem(r.id, r.point, r.point.labelZh(), r.subjectType, r.subjectId, r.reference, r.deadlineKind,
                    r.dueDate, r.title, r.body, r.createdAt, r.readAt != null, r.readAt);
        }
    }

    @Schema(name = "InboxCount", description = "Unread reminders in the caller's inbox")
    public record InboxCount(long unread) {
    }

    @Schema(name = "ReminderRecord", description = "One stored reminder and how its delivery went")
    public record ReminderRecord(long id, String recipient, ReminderChannel channel, String channelLabel,
            ReminderPoint point, String pointLabel, String subjectType, long subjectId, String reference,
            String deadlineKind, LocalDate dueDate, LocalDate remindDate, ReminderStatus status, String statusLabel,
            int attempts, Instant nextAttemptAt, Instant sentAt,
            @Schema(description = "Why the last attempt failed") String lastError, Instant createdAt) {

        static ReminderRecord of(Reminder r) {
            return new ReminderRecord(r.id, r.recipient, r.channel, r.channel.labelZh(), r.point, r.point.labelZh(),
                    r.subjectType, r.subjectId, r.reference, r.deadlineKind, r.dueDate, r.remindDate, r.status,
                    r.status.labelZh(), r.attempts, r.nextAttemptAt, r.sentAt, r.lastError, r.createdAt);
        }
    }

    @Schema(name = "ReminderPreferences", description = "How the caller wants to be reminded; defaults until first saved")
    public record PreferenceView(String username, String email, String webhookUrl, boolean inboxEnabled,
            boolean emailEnabled, boolean webhookEnabled, boolean digestEnabled,
            @Schema(description = "No e-mail or webhook on rest days unless something is due that day") boolean quietRestDays,
            @Schema(description = "Organs whose unassigned items and escalations reach the caller (from the token, as of the last save)")
            java.util.List<Long> organIds,
            boolean saved) {
    }

    @Schema(name = "ReminderPreferencesInput", description = "The caller's reminder preferences; the organs and roles come from the token")
    public record PreferenceInput(@Email @Size(max = 200) String email,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String webhookUrl,
            boolean inboxEnabled, boolean emailEnabled, boolean webhookEnabled, boolean digestEnabled,
            boolean quietRestDays) {
    }
}
