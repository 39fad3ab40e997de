package cn.fuyi.reconsideration.mediation;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/**
 * One attempt at mediation (调解, ARL 5, 73) or settlement (和解, ARL 74) on a case: both sides' consent, to the talks
 * and to suspending the review (ARL 39 ¶1 (六)), the mediation agreement (调解书) or written settlement, and how it
 * ended. A mediation agreement takes effect once every party has signed it and the organ has sealed it (ARL 73 ¶1);
 * a settlement ends the case through the applicant's withdrawal and the termination (ARL 74 ¶2).
 */
@Entity
@Table(name = "mediation")
public class Mediation extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Enumerated(EnumType.STRING)
    public MediationKind kind;
    @Enumerated(EnumType.STRING)
    public MediationStatus status;
    /** For a case under the 2017 law: why it may be mediated or settled (Regulations 2007 arts. 40, 50). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ground_2017")
    public Ground2017 ground2017;
    @Column(name = "applicant_consent_date")
    public LocalDate applicantConsentDate;
    @Column(name = "respondent_consent_date")
    public LocalDate respondentConsentDate;
    @Column(name = "applicant_suspension_consent_date")
    public LocalDate applicantSuspensionConsentDate;
    @Column(name = "respondent_suspension_consent_date")
    public LocalDate respondentSuspensionConsentDate;
    /** The day both sides had consented. */
    @Column(name = "started_date")
    public LocalDate startedDate;
    /** The mediation agreement's date, or the written settlement's. */
    @Column(name = "agreement_date")
    public LocalDate agreementDate;
    @Column(name = "document_number")
    public String documentNumber;
    public String content;
    /** The reviewer who found the content lawful (ARL 5 ¶2, 74 ¶1). */
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "sealed_date")
    public LocalDate sealedDate;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "withdrawal_date")
    public LocalDate withdrawalDate;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "ended_date")
    public LocalDate endedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "backed_out_side")
    public Side backedOutSide;
    @Column(name = "backed_out_name")
    public String backedOutName;
    @Column(name = "end_note")
    public String endNote;

    public static List<Mediation> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** The case's mediation or settlement still going on, if any (one at a time). */
    public static Mediation open(long caseId) {
        return ofCase(caseId).stream().filter(m -> m.status.open()).findFirst().orElse(null);
    }

    /** Both sides consented to suspending the review while the talks go on (ARL 39 ¶1 (六)). */
    public boolean suspensionConsented() {
        return applicantSuspensionConsentDate != null && respondentSuspensionConsentDate != null;
    }
}
