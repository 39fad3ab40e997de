package cn.fuyi.litigation.session;

import cn.fuyi.common.Labelled;

/** The rank of an agency head who appeared (法释〔2020〕3号 art. 2). */
public enum HeadRank implements Labelled {
    PRINCIPAL("正职负责人", "Principal head"),
    DEPUTY("副职负责人", "Deputy head"),
    OTHER_LEADER("其他参与分管的负责人", "Other leader in charge of the work");

    private final String zh;
    private final String en;

    HeadRank(String zh, String en) {
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
