package cn.fuyi.litigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.reconsideration.intake.PartyRecord;

/** A plaintiff of a lawsuit; personal data as for applicants. */
@Entity
@Table(name = "lawsuit_plaintiff")
public class LawsuitPlaintiff extends PartyRecord {

    @Column(name = "lawsuit_id")
    public long lawsuitId;
}
