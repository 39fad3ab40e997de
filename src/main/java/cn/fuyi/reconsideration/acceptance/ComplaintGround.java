package cn.fuyi.reconsideration.acceptance;

import cn.fuyi.common.Labelled;

/** What the applicant complains of to the superior organ (ARL 35). */
public enum ComplaintGround implements Labelled {
    NOT_ACCEPTED("无正当理由不予受理", "Refused without good reason"),
    DISMISSED("无正当理由驳回申请", "Application dismissed without good reason"),
    NOT_DECIDED_IN_TIME("受理后超过行政复议期限不作答复", "No decision within the decision period");

    private final String zh;
    private final String en;

    ComplaintGround(String zh, String en) {
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
