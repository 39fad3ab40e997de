package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * The applicant's complaint to the superior administrative organ (向上级行政机关反映, ARL 35) that the organ refused the
 * application without good reason, dismissed it, or did not decide in time; the superior orders a correction or,
 * where necessary, the superior reconsideration organ takes the case itself.
 */
@Entity
@Table(name = "superior_complaint")
public class SuperiorComplaint extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "complained_date")
    public LocalDate complainedDate;
    public String superior;
    @Enumerated(EnumType.STRING)
    public ComplaintGround ground;
    @Enumerated(EnumType.STRING)
    public ComplaintOutcome outcome;
    @Column(name = "outcome_date")
    public LocalDate outcomeDate;
    public String note;
}
