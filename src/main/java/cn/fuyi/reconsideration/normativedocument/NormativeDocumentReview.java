package cn.fuyi.reconsideration.normativedocument;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * The incidental review of one normative document (规范性文件附带审查, ARL 13, 56-60): raised by the applicant with the
 * application (ARL 13, 56) or by the organ itself (ARL 57); while it goes on the case is suspended (ARL 39 ¶1(九)).
 * A competent organ notifies the drafting organ (ARL 58) and decides within 30 days (ARL 59); otherwise it forwards
 * the document within 7 working days and the receiver answers within 60 days (ARL 60).
 */
@Entity
@Table(name = "normative_document_review")
public class NormativeDocumentReview extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    /** The suspension under ARL 39 ¶1(九) the review runs in. */
    @Column(name = "suspension_id")
    public Long suspensionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by")
    public ReviewRaisedBy raisedBy;
    /** The applicant's request, or the day the organ found the basis doubtful. */
    @Column(name = "raised_date")
    public LocalDate raisedDate;
    /**
     * The day the review began, from which its periods count: the first day of the suspension under ARL 39 ¶1(九) it
     * runs in, or, for a further document taken into a suspension already running for another, the day it was raised.
     */
    @Column(name = "started_date")
    public LocalDate startedDate;
    @Column(name = "document_title")
    public String documentTitle;
    @Column(name = "document_number")
    public String documentNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind")
    public NormativeDocumentKind documentKind;
    /** The drafting organ (制定机关). */
    public String issuer;
    public String clauses;
    /** Why the applicant or the office thinks the clauses unlawful. */
    public String objection;
    /** The organ may handle the document itself (有权处理). */
    public boolean competent;

    @Column(name = "notice_date")
    public LocalDate noticeDate;
    @Column(name = "notice_received_date")
    public LocalDate noticeReceivedDate;
    @Column(name = "answer_date")
    public LocalDate answerDate;
    @Column(name = "answer_summary")
    public String answerSummary;

    @Column(name = "forwarded_date")
    public LocalDate forwardedDate;
    @Column(name = "forwarded_to")
    public String forwardedTo;
    @Column(name = "forward_received_date")
    public LocalDate forwardReceivedDate;

    @Enumerated(EnumType.STRING)
    public NormativeDocumentResult result;
    /** The organ's decision (competent), or the day the receiver's answer came (forwarded). */
    @Column(name = "result_date")
    public LocalDate resultDate;
    @Column(name = "result_summary")
    public String resultSummary;
    @Column(name = "stopped_clauses")
    public String stoppedClauses;

    /** The drafting organ's answer is counted from its receipt of the notice when known, else from the notice. */
    public LocalDate answerPeriodStart() {
        return noticeReceivedDate != null ? noticeReceivedDate : noticeDate;
    }

    /** The receiver's 60 days count from its receipt of the forwarded document when known, else from the forwarding. */
    public LocalDate replyPeriodStart() {
        return forwardReceivedDate != null ? forwardReceivedDate : forwardedDate;
    }
}
