package cn.fuyi.casefile.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.casefile.DocumentKind;
import cn.fuyi.casefile.DocumentState;
import cn.fuyi.common.IdentityEntity;
import cn.fuyi.reconsideration.decision.ApplicantService;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;

/**
 * The service (送达) of one case-file document on one recipient (ARL 88 ¶1 with CPL 87-95): the method, when it was
 * sent, when it was served as the method's rule gives it ({@link ServiceDates}), and the proof.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "organ_id")
    public long organId;
    @Column(name = "respondent_id")
    public long respondentId;
    /** The document served: a CaseDocument of the same case. */
    @Column(name = "document_id")
    public long documentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role")
    public RecipientRole recipientRole;
    /** The applicant, third party or agent (a case_party); null for the respondent. */
    @Column(name = "recipient_party_id")
    public Long recipientPartyId;
    /** The recipient's name when served: party rows are replaced when the case's details are corrected. */
    @Column(name = "recipient_name")
    public String recipientName;
    @Enumerated(EnumType.STRING)
    public ServiceMethod method;
    @Column(name = "sent_date")
    public LocalDate sentDate;
    /** The day the recipient agreed to electronic service (CPL 90). */
    @Column(name = "consent_date")
    public LocalDate consentDate;
    /** In person: signed on the proof; post: the receipt's date; electronic: arrival; left at the residence: that day. */
    @Column(name = "delivered_date")
    public LocalDate deliveredDate;
    /** Computed by {@link ServiceDates#served}; null until known. */
    @Column(name = "served_date")
    public LocalDate servedDate;
    @Column(name = "proof_document_id")
    public Long proofDocumentId;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;

    /**
     * Each applicant of the case with the day the decision was served on them: the earliest recorded service on the
     * applicant of an active case-file document of kind DECISION. A record made before the case's details were
     * corrected names a party row since replaced; it is matched by the name it recorded.
     */
    public static List<ApplicantService> decisionServiceByApplicant(long caseId) {
        List<ServiceRecord> served = ServiceRecord.<ServiceRecord>find("select s from ServiceRecord s, CaseDocument d"
                + " where d.id = s.documentId and s.caseId = ?1 and s.recipientRole = ?2 and s.servedDate is not null"
                + " and d.kind = ?3 and d.state = ?4 order by s.servedDate, s.id",
                caseId, RecipientRole.APPLICANT, DocumentKind.DECISION, DocumentState.ACTIVE).list();
        if (served.isEmpty()) {
            return List.of();
        }
        List<CaseParty> applicants = CaseParty.list("caseId = ?1 and role = ?2 order by position", caseId, PartyRole.APPLICANT);
        Set<Long> current = applicants.stream().map(a -> a.id).collect(Collectors.toSet());
        List<ApplicantService> out = new ArrayList<>();
        for (CaseParty a : applicants) {
            LocalDate date = served.stream()
                    .filter(s -> a.id.equals(s.recipientPartyId)
                            || (!current.contains(s.recipientPartyId) && a.name.equals(s.recipientName)))
                    .map(s -> s.servedDate).findFirst().orElse(null);
            out.add(new ApplicantService(a.id, a.name, date));
        }
        return out;
    }
}
