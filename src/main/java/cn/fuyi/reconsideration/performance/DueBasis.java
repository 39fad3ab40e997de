package cn.fuyi.reconsideration.performance;

import cn.fuyi.common.Labelled;

/** Where a due date set on an obligation comes from. */
public enum DueBasis implements Labelled {
    DOCUMENT("决定书或调解书确定的期限", "The period or date the decision or agreement sets"),
    OVERRIDE("承办人改定的期限", "A due date the clerk set instead, with a reason");

    private final String zh;
    private final String en;

    DueBasis(String zh, String en) {
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
