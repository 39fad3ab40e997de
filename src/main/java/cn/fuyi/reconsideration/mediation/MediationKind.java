package cn.fuyi.reconsideration.mediation;

import cn.fuyi.common.Labelled;

/** Mediation led by the organ (调解, ARL 5, 73) or a settlement the parties reach themselves (和解, ARL 74). */
public enum MediationKind implements Labelled {
    MEDIATION("调解", "Mediation", "ARL 5, 73"),
    SETTLEMENT("和解", "Settlement", "ARL 74");

    private final String zh;
    private final String en;
    private final String article;

    MediationKind(String zh, String en, String article) {
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
}
