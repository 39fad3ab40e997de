package cn.fuyi.deadline;

import cn.fuyi.common.Labelled;

/** Where a deadline stands on a given day. */
public enum DeadlineStatus implements Labelled {
    OPEN("未到期", "Open"),
    OVERDUE("已逾期", "Overdue"),
    MET("按期完成", "Met in time"),
    MET_LATE("逾期完成", "Met late"),
    PAUSED("中止计算", "Paused while suspended"),
    LAPSED("期满，产生法定后果", "Lapsed with its statutory consequence");

    private final String zh;
    private final String en;

    DeadlineStatus(String zh, String en) {
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

    /** Still to be done. */
    public boolean pending() {
        return this == OPEN || this == OVERDUE;
    }
}
