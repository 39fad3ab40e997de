package cn.fuyi.reconsideration.review;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * A party's opinion heard in the ordinary procedure (听取当事人意见, ARL 49), recorded with its date, how it was heard
 * and what was said; or the record that it could not be heard and why (a cause on the party's side permits a review
 * on the papers). The respondent has no party record: {@code partyId} is null and the role says so.
 */
@Entity
@Table(name = "party_opinion")
public class PartyOpinion extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    /**
     * The applicant or third party (a {@code case_party}) as recorded when heard; null for the respondent. Correcting
     * the case's details replaces its party rows, so the role and name are kept here too.
     */
    @Column(name = "party_id")
    public Long partyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role")
    public OpinionPartyRole partyRole;
    /** The party's name when the opinion was recorded. */
    @Column(name = "party_name")
    public String partyName;
    public boolean heard;
    @Column(name = "opinion_date")
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    public OpinionMethod method;
    /** Who spoke, when not the party in person (an agent, the respondent's staff). */
    @Column(name = "heard_person")
    public String heardPerson;
    public String summary;
    @Column(name = "not_heard_reason")
    public String notHeardReason;
}
