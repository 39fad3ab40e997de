package cn.fuyi.casefile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** One document of a case file: its metadata and the key of its content in the {@code DocumentStorage}. */
@Entity
@Table(name = "case_document")
public class CaseDocument extends IdentityEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    public DocumentOwner ownerType;
    @Column(name = "owner_id")
    public long ownerId;
    @Column(name = "organ_id")
    public long organId;
    @Column(name = "respondent_id")
    public Long respondentId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "page_count")
    public Integer pageCount;
    @Enumerated(EnumType.STRING)
    public DocumentState state;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    /** For a document generated from a template: its kind of formal document, its document number and the template version (0: built-in). */
    @Column(name = "generated_kind")
    public String generatedKind;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "template_version")
    public Integer templateVersion;
    @Version
    public long version;
}
