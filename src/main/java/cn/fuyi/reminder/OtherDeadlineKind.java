package cn.fuyi.reminder;

import cn.fuyi.common.Labelled;

/** The deadlines that are dates on a record rather than computed periods: a recommendation's answer, a rectification,
 * a statistics report owed to the parent organ. */
public enum OtherDeadlineKind implements Labelled {
    RECOMMENDATION_ANSWER("司法建议、检察建议答复期限", "Answer to a recommendation"),
    RECTIFICATION("整改期限", "Rectification item"),
    /** The date a parent organ set for its subordinates' statistics report of a period (上报). */
    STATISTICS_SUBMISSION("统计报表上报期限", "Statistics report due at the parent organ");

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
