package cn.fuyi.reconsideration.performance;

import cn.fuyi.common.Labelled;

/** Who receives the facts of a breach (ARL 85). */
public enum TransferRecipient implements Labelled {
    SUPERVISORY_COMMISSION("监察机关", "Supervisory commission"),
    APPOINTING_BODY("公职人员任免机关、单位", "Body that appoints and removes the officials");

    private final String zh;
    private final String en;

    TransferRecipient(String zh, String en) {
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
