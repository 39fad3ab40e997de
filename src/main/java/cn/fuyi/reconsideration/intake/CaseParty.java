package cn.fuyi.reconsideration.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An applicant, agent or third party of a reconsideration case. */
@Entity
@Table(name = "case_party")
public class CaseParty extends PartyRecord {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public PartyRole role;
    @Enumerated(EnumType.STRING)
    @Column(name = "agent_kind")
    public AgentKind agentKind;
}
