package cn.fuyi.litigation.recommendation;

import cn.fuyi.common.Labelled;

/** Where a recommendation's answer due date comes from. */
public enum AnswerDueSource implements Labelled {
    STATUTORY("法定答复期限", "The period the law sets"),
    CLERK("承办人指定", "Set by the clerk"),
    NONE("无答复期限", "No due date");

    private final String zh;
    private final String en;

    AnswerDueSource(String zh, String en) {
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
