package cn.fuyi.casefile.service;

import cn.fuyi.common.Labelled;

/** Who a document is served on: a party of the case or an agent. */
public enum RecipientRole implements Labelled {
    APPLICANT("申请人", "Applicant"),
    THIRD_PARTY("第三人", "Third party"),
    AGENT("代理人", "Agent"),
    RESPONDENT("被申请人", "Respondent");

    private final String zh;
    private final String en;

    RecipientRole(String zh, String en) {
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
