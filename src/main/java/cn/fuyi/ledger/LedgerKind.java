package cn.fuyi.ledger;

import cn.fuyi.common.Labelled;

/**
 * The ledgers (台账) a bureau can bring in: reconsideration cases ({@link CaseRows}), and the row ledgers run by
 * {@link RowLedgerRunner} (lawsuits with sessions and attendance, recommendations, rectification items).
 */
public enum LedgerKind implements Labelled {
    RECONSIDERATION_CASES("行政复议案件台账", "Reconsideration case ledger", "reconsideration-cases"),
    /** Lawsuits with their sessions and who appeared (行政应诉案件台账 with 负责人出庭台账): {@link LawsuitLedger}. */
    LAWSUITS("行政应诉案件台账（含负责人出庭）", "Lawsuit ledger (with sessions and head appearances)", "lawsuits"),
    /** Judicial and procuratorial recommendations with their answers: {@link RecommendationLedger}. */
    RECOMMENDATIONS("司法建议、检察建议台账", "Recommendation ledger", "recommendations"),
    /** Rectification items (整改) with their sources: {@link RectificationLedger}. */
    RECTIFICATIONS("整改台账", "Rectification ledger", "rectifications");

    private final String zh;
    private final String en;
    private final String slug;

    LedgerKind(String zh, String en, String slug) {
        this.zh = zh;
        this.en = en;
        this.slug = slug;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** The name in URLs and forms, e.g. {@code reconsideration-cases}. */
    public String slug() {
        return slug;
    }

    /** By slug or by name; null when neither. */
    public static LedgerKind parse(String s) {
        if (s == null) {
            return null;
        }
        for (LedgerKind k : values()) {
            if (k.slug.equalsIgnoreCase(s.trim()) || k.name().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        return null;
    }
}
