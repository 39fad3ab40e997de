package cn.fuyi.reconsideration.stay;

import cn.fuyi.common.Labelled;

/** Who asked for execution of the act to be stopped, or who stopped it (ARL 42). */
public enum StayRequester implements Labelled {
    APPLICANT("申请人申请", "The applicant asked"),
    THIRD_PARTY("第三人申请", "A third party asked"),
    RESPONDENT("被申请人认为需要停止执行", "The respondent"),
    EX_OFFICIO("行政复议机关依职权", "The organ of its own motion");

    private final String zh;
    private final String en;

    StayRequester(String zh, String en) {
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

    /** A party's request, which the organ grants or refuses; the respondent and the organ stop execution themselves. */
    public boolean party() {
        return this == APPLICANT || this == THIRD_PARTY;
    }
}
