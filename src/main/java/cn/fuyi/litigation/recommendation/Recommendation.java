package cn.fuyi.litigation.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** A judicial (司法建议) or procuratorial (检察建议) recommendation, tracked until answered. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    @Enumerated(EnumType.STRING)
    public RecommendationKind kind;
    public String issuer;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "lawsuit_id")
    public Long lawsuitId;
    @Column(name = "respondent_id")
    public Long respondentId;
    public String addressee;
    public String subject;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "answer_due_date")
    public LocalDate answerDueDate;
    @Column(name = "answered_date")
    public LocalDate answeredDate;
    @Column(name = "answer_summary")
    public String answerSummary;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
