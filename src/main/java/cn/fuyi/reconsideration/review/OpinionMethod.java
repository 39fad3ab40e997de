package cn.fuyi.reconsideration.review;

import cn.fuyi.common.Labelled;

/** How the office heard a party's opinion: in person, over the internet, by phone "and the like" (ARL 49). */
public enum OpinionMethod implements Labelled {
    IN_PERSON("当面听取", "In person"),
    ONLINE("通过互联网听取", "Online"),
    PHONE("通过电话听取", "By phone"),
    OTHER("其他方式", "Another way");

    private final String zh;
    private final String en;

    OpinionMethod(String zh, String en) {
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
