package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;

/** Whether a decision was published (ARL 79). */
public enum PublicationStatus implements Labelled {
    PUBLISHED("已公开", "Published"),
    NOT_PUBLISHED("不予公开", "Not published");

    private final String zh;
    private final String en;

    PublicationStatus(String zh, String en) {
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
