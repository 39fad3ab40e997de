package cn.fuyi.reminder;

import cn.fuyi.common.Labelled;

/** When, relative to a deadline, a reminder goes out; {@link #DIGEST} is the daily summary of one
 * person's items, {@link #EVENT} tells of a statutory event the scheduler recorded. */
public enum ReminderPoint implements Labelled {
    AHEAD("即将到期", "Due soon"),
    DUE_TODAY("今日到期", "Due today"),
    OVERDUE("已逾期", "Overdue"),
    ESCALATED("逾期上报", "Overdue, escalated to the reviewers"),
    DIGEST("每日汇总", "Daily digest"),
    /** Something the law made happen by itself, e.g. deemed acceptance (ARL 30 ¶3). */
    EVENT("法定事件", "Statutory event");

    private final String zh;
    private final String en;

    ReminderPoint(String zh, String en) {
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
