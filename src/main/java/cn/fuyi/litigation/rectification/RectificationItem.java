package cn.fuyi.litigation.rectification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** A rectification item (整改, 以案促改): the problem found, the agency responsible, what it did and when. */
@Entity
@Table(name = "rectification_item")
public class RectificationItem extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public RectificationSource sourceType;
    @Column(name = "source_id")
    public long sourceId;
    @Column(name = "respondent_id")
    public long respondentId;
    public String problem;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String actions;
    @Column(name = "closed_date")
    public LocalDate closedDate;
    @Column(name = "evidence_note")
    public String evidenceNote;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "created_by")
    public String createdBy;
}
