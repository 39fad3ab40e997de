package cn.fuyi.statistics;

/**
 * What a litigation breakdown groups by: a column of the lawsuit, a defendant of it (a lawsuit with co-defendants is
 * in the row of each), or a cut of the period into months or quarters.
 */
public enum SuitDimension {
    RESPONDENT("respondent", "被告", "Defendant",
            "CASE WHEN d.respondent_id IS NOT NULL THEN CONCAT('" + LitigationStatistics.RESPONDENT_KEY + "', d.respondent_id)"
                    + " ELSE CONCAT('" + LitigationStatistics.ORGAN_KEY + "', d.organ_id) END"),
    RESPONDENT_KIND("respondentKind", "被告类型", "Defendant kind", "COALESCE(r.kind, 'ORGAN')"),
    CATEGORY("category", "行政管理类别", "Act category", "l.act_category"),
    DOMAIN("domain", "领域", "Domain", "l.act_domain"),
    OUTCOME("outcome", "裁判结果", "Outcome", "l.outcome"),
    INSTANCE("instance", "审级", "Instance", "l.instance"),
    ORGAN("organ", "复议机关", "Organ", "l.organ_id"),
    MONTH("month", "月份", "Month", null),
    QUARTER("quarter", "季度", "Quarter", null);

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String column;

    SuitDimension(String id, String nameZh, String nameEn, String column) {
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

    /** The grouping expression over the lawsuit {@code l}, its defendant {@code d} and the defendant's respondent {@code r}. */
    String column() {
        return column;
    }

    /** Groups by a defendant: the rows are (lawsuit, defendant) pairs, and appearances are the defendant's own. */
    boolean perDefendant() {
        return this == RESPONDENT || this == RESPONDENT_KIND;
    }
}
