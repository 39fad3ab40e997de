package cn.fuyi.reconsideration.mediation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * One party's signature or seal (签字或者签章) on a mediation agreement (ARL 73 ¶1). Parties are named as the case
 * names them (the respondent by its name), since a correction of the case's details renumbers its parties.
 */
@Entity
@Table(name = "mediation_signature")
public class MediationSignature extends IdentityEntity {

    @Column(name = "mediation_id")
    public long mediationId;
    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public Side side;
    @Column(name = "party_name")
    public String partyName;
    @Column(name = "signed_date")
    public LocalDate signedDate;
    /** Who signed or sealed for the party (an agent, a legal representative), if not the party itself. */
    @Column(name = "signed_by")
    public String signedBy;
}
