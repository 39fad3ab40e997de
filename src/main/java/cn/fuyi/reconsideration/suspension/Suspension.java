package cn.fuyi.reconsideration.suspension;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** A suspension (中止, ARL 39); its days do not count toward the decision deadline. */
@Entity
@Table(name = "case_suspension")
public class Suspension extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public SuspensionGround ground;
    @Column(name = "started_date")
    public LocalDate startedDate;
    @Column(name = "resumed_date")
    public LocalDate resumedDate;
    public String reason;
}
