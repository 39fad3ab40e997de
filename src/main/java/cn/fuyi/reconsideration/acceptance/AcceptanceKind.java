package cn.fuyi.reconsideration.acceptance;

import cn.fuyi.common.Labelled;

/** How a case came to be accepted (ARL 30). */
public enum AcceptanceKind implements Labelled {
    DECIDED("决定受理", "Accepted by decision"),
    DEEMED("视为受理", "Deemed accepted when the review period passed");

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
