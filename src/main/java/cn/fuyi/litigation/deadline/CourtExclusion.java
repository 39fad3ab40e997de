package cn.fuyi.litigation.deadline;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A period the court does not count toward its trial time limit, as the court gave it (法释〔2018〕1号 art. 50):
 * the days from {@code fromDate} to {@code toDate} lengthen the expected trial deadline.
 */
@Entity
@Table(name = "lawsuit_court_exclusion")
public class CourtExclusion extends IdentityEntity {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
    @Enumerated(EnumType.STRING)
    public CourtExclusionGround ground;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    public String note;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
