package cn.fuyi.organ;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** A reconsideration organ (复议机关), e.g. 太仓市人民政府; organs form a tree, a city above its counties. */
@Entity
@Table(name = "organ")
public class Organ extends IdentityEntity {

    public String code;
    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Column(name = "parent_id")
    public Long parentId;
    @Enumerated(EnumType.STRING)
    public OrganLevel level;
    /** e.g. {@code 太政复〔{year}〕{seq}号}; {@code {seq:3}} zero-pads. */
    @Column(name = "case_number_pattern")
    public String caseNumberPattern;
    public boolean active = true;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** This organ's id and the ids of every organ below it. */
    public static List<Long> subtreeIds(long rootId) {
        List<Long> result = new ArrayList<>();
        List<Long> frontier = List.of(rootId);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            frontier = getEntityManager()
                    .createQuery("select o.id from Organ o where o.parentId in :ids", Long.class)
                    .setParameter("ids", frontier).getResultList();
        }
        return result;
    }
}
