package cn.fuyi.litigation.defendant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** A defendant the court named: an agency (respondent) or the reconsideration organ itself; exactly one is set. */
@Entity
@Table(name = "lawsuit_defendant")
public class LawsuitDefendant extends IdentityEntity {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
    public int position;
    @Column(name = "respondent_id")
    public Long respondentId;
    @Column(name = "organ_id")
    public Long organId;
}
