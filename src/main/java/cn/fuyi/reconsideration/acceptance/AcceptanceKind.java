package cn.fuyi.reconsideration.acceptance;

import cn.fuyi.common.Labelled;

/** How a case came to be accepted (ARL 30; under the 2017 law, ARL 2017 art. 17). */
public enum AcceptanceKind implements Labelled {
    DECIDED("决定受理", "Accepted by decision"),
    DEEMED("视为受理", "Deemed accepted when the review period passed"),
    /** 2017 law: an application not refused counted as accepted on the day the office received it (ARL 2017 art. 17 ¶2). */
    ON_RECEIPT("收到即为受理（2017年法第十七条）", "Accepted as of its receipt (ARL 2017 art. 17)");

    private final String zh;
    private final String en;

    AcceptanceKind(String zh, String en) {
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
