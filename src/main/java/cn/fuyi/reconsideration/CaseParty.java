package cn.fuyi.reconsideration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** An applicant, agent or third party of a case. ID numbers, phones and addresses are personal information. */
@Entity
@Table(name = "case_party")
public class CaseParty extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    public int position;
    @Enumerated(EnumType.STRING)
    public PartyRole role;
    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdType idType;
    @Column(name = "id_number")
    public String idNumber;
    public String phone;
    public String address;
    @Column(name = "legal_representative")
    public String legalRepresentative;
    @Enumerated(EnumType.STRING)
    @Column(name = "agent_kind")
    public AgentKind agentKind;
}
