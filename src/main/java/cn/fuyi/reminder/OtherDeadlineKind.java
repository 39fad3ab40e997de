package cn.fuyi.reminder;

import cn.fuyi.common.Labelled;

/** The deadlines that are dates on a record rather than computed periods: a recommendation's answer, a rectification. */
public enum OtherDeadlineKind implements Labelled {
    RECOMMENDATION_ANSWER("司法建议、检察建议答复期限", "Answer to a recommendation"),
    RECTIFICATION("整改期限", "Rectification item");

    private final String zh;
    private final String en;

    OtherDeadlineKind(String zh, String en) {
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
