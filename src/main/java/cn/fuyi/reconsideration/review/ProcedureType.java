package cn.fuyi.reconsideration.review;

import cn.fuyi.common.Labelled;

/** Review procedure (ARL 49, 53). */
public enum ProcedureType implements Labelled {
    ORDINARY("普通程序", "Ordinary procedure"),
    SIMPLIFIED("简易程序", "Simplified procedure");

    private final String zh;
    private final String en;

    ProcedureType(String zh, String en) {
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
