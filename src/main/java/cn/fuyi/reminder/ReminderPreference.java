package cn.fuyi.reminder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/**
 * How one person wants to be reminded, and where: users are token principals without a user table, so this row is
 * the service's only knowledge of their e-mail address and gateway URL.
 */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference extends IdentityEntity {

    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "inbox_enabled")
    public boolean inboxEnabled = true;
    @Column(name = "email_enabled")
    public boolean emailEnabled;
    @Column(name = "webhook_enabled")
    public boolean webhookEnabled;
    @Column(name = "digest_enabled")
    public boolean digestEnabled = true;
    /** No e-mail or webhook on rest days unless something is due that day; the inbox fills regardless. */
    @Column(name = "quiet_rest_days")
    public boolean quietRestDays = true;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static ReminderPreference of(String username) {
        return find("username", username).firstResult();
    }
}
