package cn.fuyi.reminder;

import cn.fuyi.common.Labelled;

/**
 * Where the delivery of one reminder stands. A worker claims a pending reminder (SENDING) before it sends, so that a
 * second instance never sends it too; a failed attempt goes back to PENDING with a later next attempt until the
 * attempts run out (FAILED). A reminder whose deadline was met or moved before it went out is CANCELLED.
 */
public enum ReminderStatus implements Labelled {
    PENDING("待发送", "Pending"),
    SENDING("发送中", "Being sent"),
    SENT("已送达", "Delivered"),
    FAILED("发送失败", "Failed"),
    CANCELLED("已取消", "Cancelled");

    private final String zh;
    private final String en;

    ReminderStatus(String zh, String en) {
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
