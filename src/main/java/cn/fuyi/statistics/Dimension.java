package cn.fuyi.statistics;

/** What a breakdown groups by: a column of the case (or of its respondent), or a cut of the period into months or quarters. */
public enum Dimension {
    RESPONDENT("respondent", "被申请人", "Respondent", "c.respondent_id"),
    RESPONDENT_KIND("respondentKind", "被申请人类型", "Respondent kind", "r.kind"),
    CATEGORY("category", "行政管理类别", "Act category", "c.act_category"),
    DOMAIN("domain", "领域", "Domain", "c.act_domain"),
    DECISION_TYPE("decisionType", "决定类型", "Decision type", "c.decision_type"),
    ORGAN("organ", "复议机关", "Organ", "c.organ_id"),
    MONTH("month", "月份", "Month", null),
    QUARTER("quarter", "季度", "Quarter", null);

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String column;

    Dimension(String id, String nameZh, String nameEn, String column) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.column = column;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The grouping column, or {@code null} for the cuts of the period. */
    String column() {
        return column;
    }
}
