package cn.fuyi.casefile.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/**
 * A request to inspect and copy the file (阅卷, ARL 47): who asked, when and for what; the office's answer, which may
 * refuse in whole or in part only on a ground of ARL 47; and the day the materials were provided.
 */
@Entity
@Table(name = "file_inspection")
public class FileInspection extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "organ_id")
    public long organId;
    @Column(name = "respondent_id")
    public long respondentId;
    @Column(name = "request_date")
    public LocalDate requestDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_role")
    public RequesterRole requesterRole;
    @Column(name = "requester_party_id")
    public Long requesterPartyId;
    /** The requester's name when asking: party rows are replaced when the case's details are corrected. */
    @Column(name = "requester_name")
    public String requesterName;
    public String materials;
    @Enumerated(EnumType.STRING)
    public InspectionOutcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public InspectionRefusalGround refusalGround;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "provided_date")
    public LocalDate providedDate;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
