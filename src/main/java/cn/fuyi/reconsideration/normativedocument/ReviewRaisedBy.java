package cn.fuyi.reconsideration.normativedocument;

import cn.fuyi.common.Labelled;

/** Who raised the incidental review of a normative document. */
public enum ReviewRaisedBy implements Labelled {
    APPLICANT("申请人一并提出附带审查申请", "The applicant, with the application", "ARL 13, 56"),
    EX_OFFICIO("行政复议机关审查时认为依据不合法", "The organ itself, finding the basis of the act unlawful", "ARL 57");

    private final String zh;
    private final String en;
    private final String article;

    ReviewRaisedBy(String zh, String en, String article) {
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

    /** The article setting the 30-day handling and the 7-working-day forwarding for this kind of review. */
    String periodArticle(boolean arl2017) {
        if (arl2017) {
            return this == APPLICANT ? "ARL 2017 art. 26" : "ARL 2017 art. 27";
        }
        return this == APPLICANT ? "ARL 56" : "ARL 57";
    }
}
