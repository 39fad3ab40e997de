package cn.fuyi.calendar;

import cn.fuyi.common.Labelled;

/**
 * Who says a date is a day off or a make-up working day: the State Council's notice for the year (放假通知), or, for a
 * year whose notice is not published, 全国年节及纪念日放假办法 itself, by its festival days (art. 2) or by the
 * substitute day it owes for a festival day on a weekend (art. 6, 补假).
 */
public enum DaySource implements Labelled {
    NOTICE("国务院办公厅放假通知", "State Council holiday notice"),
    DECREE("《全国年节及纪念日放假办法》第二条", "National holidays decree, art. 2"),
    DECREE_SUBSTITUTE("《全国年节及纪念日放假办法》第六条补假", "National holidays decree, art. 6 substitute day");

    private final String zh;
    private final String en;

    DaySource(String zh, String en) {
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
