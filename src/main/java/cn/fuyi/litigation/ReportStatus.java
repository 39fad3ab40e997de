package cn.fuyi.litigation;

import cn.fuyi.common.Labelled;

/** Whether an agency reported a lawsuit to the bureau in time (报备). */
public enum ReportStatus implements Labelled {
    ON_TIME("按时报备", "Reported in time"),
    LATE("逾期报备", "Reported late"),
    NOT_REPORTED("逾期未报备", "Not reported, period over"),
    PENDING("未报备，期限未届满", "Not yet reported, period open");

    private final String zh;
    private final String en;

    ReportStatus(String zh, String en) {
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
