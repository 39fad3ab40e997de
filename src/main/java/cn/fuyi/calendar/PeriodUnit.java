package cn.fuyi.calendar;

import cn.fuyi.common.Labelled;

/**
 * How a statutory period is counted. Periods of 3, 5, 7 and 10 日 in the Administrative Reconsideration Law are
 * working days (ARL art. 88); all its other periods are calendar days or months.
 */
public enum PeriodUnit implements Labelled {
    WORKING_DAYS("工作日", "working days"),
    CALENDAR_DAYS("日", "calendar days"),
    MONTHS("月", "months");

    private final String zh;
    private final String en;

    PeriodUnit(String zh, String en) {
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
