package cn.fuyi.reconsideration.stay;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A decision on stopping the execution of the challenged act (停止执行, ARL 42): who asked, granted on a ground of
 * ARL 42 or refused, and when. The law sets no period.
 */
@Entity
@Table(name = "stay_of_execution")
public class StayOfExecution extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by")
    public StayRequester requestedBy;
    /** A party's request; null when the respondent or the organ acted of its own motion. */
    @Column(name = "request_date")
    public LocalDate requestDate;
    public boolean granted;
    /** The ground of a stop granted; null for a refusal. */
    @Enumerated(EnumType.STRING)
    public StayGround ground;
    /** With PROVIDED_BY_LAW: the provision that requires the stop. */
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "decided_date")
    public LocalDate decidedDate;
    public String reason;
}
