package cn.fuyi.litigation;

import cn.fuyi.common.Labelled;

/** Where a lawsuit stands. */
public enum LawsuitState implements Labelled {
    ACTIVE("审理中", "In court"),
    DECIDED("已裁判，上诉期内", "Decided, appeal window open"),
    FINAL("已生效", "Final"),
    APPEALED("已上诉", "Appealed");

    private final String zh;
    private final String en;

    LawsuitState(String zh, String en) {
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
