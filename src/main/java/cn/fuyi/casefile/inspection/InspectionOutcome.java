package cn.fuyi.casefile.inspection;

import cn.fuyi.common.Labelled;

/** The office's answer to a request to inspect the file (ARL 47). */
public enum InspectionOutcome implements Labelled {
    GRANTED("同意查阅", "Granted"),
    PARTLY_GRANTED("部分同意", "Partly granted"),
    REFUSED("不予同意", "Refused");

    private final String zh;
    private final String en;

    InspectionOutcome(String zh, String en) {
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
