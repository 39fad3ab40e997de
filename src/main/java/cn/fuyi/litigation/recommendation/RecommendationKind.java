package cn.fuyi.litigation.recommendation;

import cn.fuyi.common.Labelled;

/** A recommendation sent to the government or an agency. */
public enum RecommendationKind implements Labelled {
    JUDICIAL("司法建议", "Judicial recommendation"),
    PROCURATORIAL("检察建议", "Procuratorial recommendation");

    private final String zh;
    private final String en;

    RecommendationKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
