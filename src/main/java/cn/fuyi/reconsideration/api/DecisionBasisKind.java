package cn.fuyi.reconsideration.api;

import cn.fuyi.common.Labelled;

/**
 * What a decision must rest on or take into account besides the file, each with the article that says so: the
 * hearing transcript (ARL 61 ¶2), the committee's opinion (ARL 61 ¶3) and the result of a normative document review,
 * which the decision states (ARL 59).
 */
public enum DecisionBasisKind implements Labelled {
    HEARING_TRANSCRIPT("听证笔录", "Hearing transcript", "ARL 61 ¶2"),
    COMMITTEE_OPINION("行政复议委员会咨询意见", "The committee's opinion", "ARL 61 ¶3"),
    NORMATIVE_DOCUMENT_REVIEW("规范性文件附带审查结论", "Result of the normative document review", "ARL 59");

    private final String zh;
    private final String en;
    private final String article;

    DecisionBasisKind(String zh, String en, String article) {
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
