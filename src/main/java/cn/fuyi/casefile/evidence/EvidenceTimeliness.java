package cn.fuyi.casefile.evidence;

import cn.fuyi.common.Labelled;

/** Whether a respondent's evidence came within its reply period (ARL 48, 54, 70), as computed from the case's dates. */
public enum EvidenceTimeliness implements Labelled {
    IN_TIME("答复期限内提交", "Within the reply period"),
    LATE("逾期提交", "After the reply period"),
    PERMITTED_SUPPLEMENT("经同意补充", "Supplementary, with the office's permission"),
    REPLY_PERIOD_UNKNOWN("答复期限尚未确定", "Reply period not yet known"),
    NOT_APPLICABLE("不适用", "Not the respondent's evidence");

    private final String zh;
    private final String en;

    EvidenceTimeliness(String zh, String en) {
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
