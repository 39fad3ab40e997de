package cn.fuyi.reminder;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * One reminder to one person on one channel: which deadline (record, kind, reference, due date), at which point,
 * and how its delivery went. Its identity is unique in the table, so it is planned and sent once.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends IdentityEntity {

    public String recipient;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public long subjectId;
    @Column(name = "deadline_kind")
    public String deadlineKind;
    @Column(name = "ref_id")
    public long refId;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public ReminderPoint point;
    @Enumerated(EnumType.STRING)
    public ReminderChannel channel;
    @Column(name = "organ_id")
    public Long organId;
    public String reference;
    public String title;
    public String body;
    @Column(name = "remind_date")
    public LocalDate remindDate;
    @Enumerated(EnumType.STRING)
    public ReminderStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
