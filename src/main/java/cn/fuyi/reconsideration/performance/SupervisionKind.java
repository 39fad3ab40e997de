package cn.fuyi.reconsideration.performance;

import cn.fuyi.common.Labelled;

/**
 * What the organ (or a superior agency) does when a decision, mediation agreement or opinion letter is not carried
 * out: order performance by a date, and with it summon the heads or criticise in a circular (ARL 77 ¶2); hand the
 * facts of the officials' breach to a supervisory or appointing body (ARL 85).
 */
public enum SupervisionKind implements Labelled {
    ORDER_TO_PERFORM("责令限期履行", "Order to perform by a date", "ARL 77"),
    SUMMONS("约谈有关负责人", "Summon the heads", "ARL 77"),
    CIRCULAR_CRITICISM("通报批评", "Circular of criticism", "ARL 77"),
    TRANSFER("移送监察机关或者公职人员任免机关", "Transfer to a supervisory or appointing body", "ARL 85");

    private final String zh;
    private final String en;
    private final String article;

    SupervisionKind(String zh, String en, String article) {
        this.zh = zh;
        this.en = en;
        this.article = article;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    public String article() {
        return article;
    }

    /** 约谈 and 通报批评 come with an order to perform (ARL 77 ¶2: "应当责令其限期履行，并可以…"). */
    public boolean followsOrder() {
        return this == SUMMONS || this == CIRCULAR_CRITICISM;
    }
}
