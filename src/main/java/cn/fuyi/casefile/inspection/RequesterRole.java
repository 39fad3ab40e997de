package cn.fuyi.casefile.inspection;

import cn.fuyi.common.Labelled;

/** Who asks to inspect the file (ARL 47): an applicant, a third party, or an agent of either. */
public enum RequesterRole implements Labelled {
    APPLICANT("申请人", "Applicant"),
    THIRD_PARTY("第三人", "Third party"),
    AGENT("委托代理人", "Agent");

    private final String zh;
    private final String en;

    RequesterRole(String zh, String en) {
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
