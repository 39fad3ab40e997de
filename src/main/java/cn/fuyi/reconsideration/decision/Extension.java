package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * One approved extension of the decision period (延长审理期限, ARL 62 ¶1): the law allows "适当延长" by at most 30 days
 * in total, so a case may have several, each approved before the period it extends has run out and each notified to
 * the parties in writing.
 */
@Entity
@Table(name = "case_extension")
public class Extension extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "approved_date")
    public LocalDate approvedDate;
    public int days;
    @Enumerated(EnumType.STRING)
    @Column(name = "approver_role")
    public ExtensionApprover approverRole;
    @Column(name = "approved_by")
    public String approvedBy;
    public String reason;
    /** The written notice to the parties (书面告知当事人). */
    @Column(name = "notice_date")
    public LocalDate noticeDate;
    /** The decision deadline the extension was granted against. */
    @Column(name = "due_before")
    public LocalDate dueBefore;
}
