package cn.fuyi.casefile.template;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** An organ's own pattern of document numbers for one kind; without one, the default derived from its short name applies. */
@Entity
@Table(name = "document_number_pattern")
public class DocumentNumberPattern extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    @Enumerated(EnumType.STRING)
    public FormalDocumentKind kind;
    public String pattern;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static DocumentNumberPattern of(long organId, FormalDocumentKind kind) {
        return find("organId = ?1 and kind = ?2", organId, kind).firstResult();
    }
}
