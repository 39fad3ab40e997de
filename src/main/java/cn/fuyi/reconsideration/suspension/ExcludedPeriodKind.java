package cn.fuyi.reconsideration.suspension;

import cn.fuyi.common.Labelled;

/** Work whose time does not count toward the decision deadline, beside suspension. */
public enum ExcludedPeriodKind implements Labelled {
    SITE_INSPECTION("现场勘验", "Site inspection", "Regulations 2007 art. 34"),
    EXPERT_APPRAISAL("鉴定", "Expert appraisal", "Regulations 2007 art. 37");

    private final String zh;
    private final String en;
    private final String article;

    ExcludedPeriodKind(String zh, String en, String article) {
        this.zh = zh;
        this.en = en;
        this.article = article;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    public String article() {
        return article;
    }
}
