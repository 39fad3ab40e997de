package cn.fuyi.organ;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** An agency whose acts can be challenged (被申请人), belonging to the organ that reviews them. */
@Entity
@Table(name = "respondent")
public class Respondent extends IdentityEntity {

    @Column(name = "organ_id")
    public long organId;
    public String name;
    @Enumerated(EnumType.STRING)
    public RespondentKind kind;
    @Column(name = "credit_code")
    public String creditCode;
    public boolean active = true;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Names of the given respondents, by id, in one query. */
    public static java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            Respondent.<Respondent>list("id in ?1", wanted).forEach(r -> names.put(r.id, r.name));
        }
        return names;
    }
}
