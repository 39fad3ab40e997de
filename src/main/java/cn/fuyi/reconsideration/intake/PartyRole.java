package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/** A party's role in a case. */
public enum PartyRole implements Labelled {
    APPLICANT("申请人", "Applicant"),
    AGENT("代理人", "Agent"),
    THIRD_PARTY("第三人", "Third party");

    private final String zh;
    private final String en;

    PartyRole(String zh, String en) {
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
