package cn.fuyi.calendar;

import cn.fuyi.common.Labelled;

/** Where a year's schedule came from: shipped with a release, or loaded or corrected by an administrator. */
public enum CalendarSource implements Labelled {
    RELEASE("随版本发布", "Shipped with the release"),
    ADMIN("管理员维护", "Maintained by an administrator");

    private final String zh;
    private final String en;

    CalendarSource(String zh, String en) {
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
