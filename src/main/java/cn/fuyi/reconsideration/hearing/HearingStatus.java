package cn.fuyi.reconsideration.hearing;

import cn.fuyi.common.Labelled;

/** Where a hearing (听证) stands. */
public enum HearingStatus implements Labelled {
    SCHEDULED("已安排", "Scheduled"),
    HELD("已举行", "Held"),
    /** The applicant refused to attend without good reason: the hearing right is deemed waived (ARL 51 ¶2). */
    WAIVED("申请人拒不参加，视为放弃听证权利", "Waived: the applicant refused to attend"),
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
