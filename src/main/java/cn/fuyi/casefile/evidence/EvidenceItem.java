package cn.fuyi.casefile.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/**
 * One item of a case's evidence register (证据, ARL 43-46): its kind, who submitted it and when, whether it is a
 * respondent's supplementary evidence admitted to the file with the office's permission (ARL 46 ¶2), the office's
 * review (admitted or excluded, ARL 43 ¶2) and the case-file documents that hold it.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "organ_id")
    public long organId;
    @Column(name = "respondent_id")
    public long respondentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type")
    public EvidenceType type;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_role")
    public SubmitterRole submitterRole;
    /** The applicant or third party (a case_party) when it submitted; null for the respondent. */
    @Column(name = "submitter_party_id")
    public Long submitterPartyId;
    /** The submitter's name when it submitted: party rows are replaced when the case's details are corrected. */
    @Column(name = "submitter_name")
    public String submitterName;
    @Column(name = "submitted_date")
    public LocalDate submittedDate;
    public boolean supplementary;
    @Column(name = "permission_date")
    public LocalDate permissionDate;
    @Column(name = "permitted_by")
    public String permittedBy;
    @Column(name = "permission_reason")
    public String permissionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public EvidenceReviewStatus reviewStatus;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    @Column(name = "review_reason")
    public String reviewReason;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @ElementCollection
    @CollectionTable(name = "evidence_document", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "document_id")
    @OrderBy
    public Set<Long> documentIds = new LinkedHashSet<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
