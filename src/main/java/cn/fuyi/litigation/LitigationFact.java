package cn.fuyi.litigation;

import cn.fuyi.common.Labelled;

/** Dates a litigation step's date is checked against, named for messages. */
public enum LitigationFact implements Labelled {
    FILED("立案之日", "the day the suit was docketed"),
    SERVED("起诉状副本送达之日", "the day the complaint was served"),
    OUTCOME("裁判之日", "the day of the judgment or ruling"),
    OUTCOME_SERVED("裁判文书送达之日", "the day the judgment or ruling was served"),
    RECEIVED("收到之日", "the day it was received"),
    EXCLUSION_FROM("不计入审限期间的起始日", "the first day of the excluded period"),
    RECTIFICATION_CLOSED("整改完成", "rectification closed");

    private final String zh;
    private final String en;

    LitigationFact(String zh, String en) {
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
