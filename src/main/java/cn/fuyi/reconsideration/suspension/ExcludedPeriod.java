package cn.fuyi.reconsideration.suspension;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A site inspection or expert appraisal (Regulations 2007 arts. 34, 37): the days from its start to its end do not
 * count toward the decision deadline. Open ({@code endedDate} null) while the work goes on.
 */
@Entity
@Table(name = "case_excluded_period")
public class ExcludedPeriod extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public ExcludedPeriodKind kind;
    @Column(name = "started_date")
    public LocalDate startedDate;
    @Column(name = "ended_date")
    public LocalDate endedDate;
    public String reason;
}
