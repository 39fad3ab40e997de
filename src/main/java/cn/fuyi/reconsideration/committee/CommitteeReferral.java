package cn.fuyi.reconsideration.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A referral of the case to the reconsideration committee (提请行政复议委员会提出咨询意见, ARL 52 ¶2), the opinion the
 * office recorded (ARL 52 ¶3) and whether the decision followed it (ARL 61 ¶3). The law sets no period.
 */
@Entity
@Table(name = "committee_referral")
public class CommitteeReferral extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    /** The ground the referral rests on; where several apply, the first of ARL 52 ¶2 that does. */
    @Enumerated(EnumType.STRING)
    public CommitteeGround ground;
    @Column(name = "referred_date")
    public LocalDate referredDate;
    /** The questions put to the committee. */
    public String questions;
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    /** Names separated by '、'. */
    public String members;
    public String opinion;
    @Column(name = "opinion_date")
    public LocalDate opinionDate;
    /** Whether the decision followed the opinion; null until recorded after the decision. */
    public Boolean followed;
    @Column(name = "adoption_date")
    public LocalDate adoptionDate;
    /** How the decision used the opinion, and why it departed from it where it did. */
    @Column(name = "adoption_note")
    public String adoptionNote;
}
