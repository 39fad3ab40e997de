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

/**
 * A judicial (司法建议) or procuratorial (检察建议) recommendation, tracked until answered by the due date the law
 * sets ({@link AnswerDeadline}) or the clerk gave.
 */
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
    /** When the answer is due: the statutory date, the clerk's, or {@code null} when neither law nor clerk set one. */
    @Column(name = "answer_due_date")
    public LocalDate answerDueDate;
    /** Where {@link #answerDueDate} comes from. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_due_source")
    public AnswerDueSource answerDueSource;
    /** A procuratorial recommendation in a case where the harm keeps spreading (公益诉讼解释 art. 21 ¶2). */
    @Column(name = "harm_spreading")
    public boolean harmSpreading;
    /** A judicial recommendation about a normative document the court found unlawful (法释〔2018〕1号 art. 149). */
    @Column(name = "normative_document")
    public boolean normativeDocument;
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
