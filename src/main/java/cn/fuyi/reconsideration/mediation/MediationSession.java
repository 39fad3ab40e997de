package cn.fuyi.reconsideration.mediation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** A mediation session (调解) the organ held: when, where, who mediated, who attended (ARL 5, 73). */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends IdentityEntity {

    @Column(name = "mediation_id")
    public long mediationId;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "held_date")
    public LocalDate heldDate;
    public String place;
    public String mediator;
    /** Who attended, joined with 、 */
    public String attendees;
    public String summary;
}
