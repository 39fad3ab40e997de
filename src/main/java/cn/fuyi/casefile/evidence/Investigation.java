package cn.fuyi.casefile.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/**
 * An investigation by the reconsideration office (调查取证, ARL 45): when and where, the staff who went (at least two,
 * ARL 45 ¶2), the persons questioned, and the case-file documents that record it.
 */
@Entity
@Table(name = "investigation")
public class Investigation extends IdentityEntity {

    @Column(name = "case_id")
    public long caseId;
    @Column(name = "organ_id")
    public long organId;
    @Column(name = "respondent_id")
    public long respondentId;
    @Column(name = "investigation_date")
    public LocalDate date;
    public String place;
    public String matters;
    @ElementCollection
    @CollectionTable(name = "investigation_staff", joinColumns = @JoinColumn(name = "investigation_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> staff = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "investigation_person", joinColumns = @JoinColumn(name = "investigation_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> personsQuestioned = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "investigation_document", joinColumns = @JoinColumn(name = "investigation_id"))
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
