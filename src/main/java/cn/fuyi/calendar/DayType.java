package cn.fuyi.calendar;

import cn.fuyi.common.Labelled;

/** What the State Council's notice makes of a date: a day off (放假) or a make-up working day (调休上班). */
public enum DayType implements Labelled {
    OFF("放假", "Day off"),
    WORKDAY("调休上班", "Make-up working day");

    private final String zh;
    private final String en;

    DayType(String zh, String en) {
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
