package cn.fuyi.reconsideration.review;

import cn.fuyi.common.Labelled;

/** The parties (当事人) whose opinions the office hears (ARL 49): the applicant, a third party, the respondent. */
public enum OpinionPartyRole implements Labelled {
    APPLICANT("申请人", "Applicant"),
    THIRD_PARTY("第三人", "Third party"),
    RESPONDENT("被申请人", "Respondent");

    private final String zh;
    private final String en;

    OpinionPartyRole(String zh, String en) {
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
