package cn.fuyi.reconsideration.hearing;

import cn.fuyi.common.Labelled;

/** Where a hearing (听证) stands. */
public enum HearingStatus implements Labelled {
    SCHEDULED("已安排", "Scheduled"),
    HELD("已举行", "Held"),
    CANCELLED("已取消", "Cancelled");

    private final String zh;
    private final String en;

    HearingStatus(String zh, String en) {
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
