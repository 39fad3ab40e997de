package cn.fuyi.casefile;

import cn.fuyi.common.Labelled;

/** Whether a document is part of the file or withdrawn from it; a withdrawn document stays in the history. */
public enum DocumentState implements Labelled {
    ACTIVE("有效", "In the file"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final String zh;
    private final String en;

    DocumentState(String zh, String en) {
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
