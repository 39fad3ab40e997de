package cn.fuyi.litigation;

import cn.fuyi.common.Labelled;

/** Which instance a lawsuit is (审级). */
public enum Instance implements Labelled {
    FIRST("一审", "First instance"),
    APPEAL("二审", "Appeal"),
    RETRIAL("再审", "Retrial");

    private final String zh;
    private final String en;

    Instance(String zh, String en) {
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
