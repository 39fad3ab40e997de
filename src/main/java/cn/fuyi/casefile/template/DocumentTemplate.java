package cn.fuyi.casefile.template;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import cn.fuyi.common.IdentityEntity;

/** One version of an organ's own template for a kind of formal document; every upload is kept, the latest is used. */
@Entity
@Table(name = "document_template")
public class DocumentTemplate extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    @Enumerated(EnumType.STRING)
    public FormalDocumentKind kind;
    @Column(name = "version_no")
    public int versionNo;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Lob
    @Column(columnDefinition = "MEDIUMBLOB")
    public byte[] content;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** The organ's latest version for the kind, or null: the built-in template applies. */
    public static DocumentTemplate current(long organId, FormalDocumentKind kind) {
        return find("organId = ?1 and kind = ?2 order by versionNo desc", organId, kind).firstResult();
    }
}
