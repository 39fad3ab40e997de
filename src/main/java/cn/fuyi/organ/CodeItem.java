package cn.fuyi.organ;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.fuyi.common.IdentityEntity;

/** One entry of an extensible code list (act categories, domains). */
@Entity
@Table(name = "code_item")
public class CodeItem extends IdentityEntity {

    public static final String ACT_CATEGORY = "ACT_CATEGORY";
    public static final String DOMAIN = "DOMAIN";

    @Column(name = "list_name")
    public String listName;
    public String code;
    @Column(name = "label_zh")
    public String labelZh;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "organ_id")
    public Long organId;
    @Column(name = "sort_order")
    public int sortOrder;
    public boolean active = true;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static CodeItem find(String list, String code) {
        return find("listName = ?1 and code = ?2", list, code).firstResult();
    }
}
