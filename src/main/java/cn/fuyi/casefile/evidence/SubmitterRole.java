package cn.fuyi.casefile.evidence;

import cn.fuyi.common.Labelled;

/** Who submitted an evidence item: an applicant, a third party or the respondent (ARL 44 puts the burden of proof on the respondent). */
public enum SubmitterRole implements Labelled {
    APPLICANT("申请人", "Applicant"),
    THIRD_PARTY("第三人", "Third party"),
    RESPONDENT("被申请人", "Respondent");

    private final String zh;
    private final String en;

    SubmitterRole(String zh, String en) {
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
