package cn.fuyi.reconsideration.mediation;

import cn.fuyi.common.Labelled;

/** A party to a mediation or settlement (当事人). */
public enum Side implements Labelled {
    APPLICANT("申请人", "Applicant"),
    RESPONDENT("被申请人", "Respondent"),
    THIRD_PARTY("第三人", "Third party");

    private final String zh;
    private final String en;

    Side(String zh, String en) {
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
