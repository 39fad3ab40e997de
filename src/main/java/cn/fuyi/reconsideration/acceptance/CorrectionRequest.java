package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** A request for correction (补正, ARL 31): the applicant has 10 working days from receiving it, extendable. */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "requested_date")
    public LocalDate requestedDate;
    @Column(name = "notice_received_date")
    public LocalDate noticeReceivedDate;
    public String items;
    /** Working days the bureau added to the reply period. */
    @Column(name = "extended_days")
    public Integer extendedDays;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "abandoned_date")
    public LocalDate abandonedDate;
    /** 2017-law cases: the period the notice set, in days (Regulations 2007 art. 29). */
    @Column(name = "period_days")
    public Integer periodDays;
    /** Postmark of a correction sent by post (CPL 85: time in the post does not count). */
    @Column(name = "posted_date")
    public LocalDate postedDate;
    /** The good reason accepted for a late correction (ARL 31 ¶2). */
    @Column(name = "late_reason")
    public String lateReason;
    /** On abandonment: what the applicant gave as the reason, if anything. */
    @Column(name = "applicant_explanation")
    public String applicantExplanation;
}
