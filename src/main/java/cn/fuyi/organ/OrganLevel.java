package cn.fuyi.organ;

import cn.fuyi.common.Labelled;

/** Administrative level of a reconsideration organ. */
public enum OrganLevel implements Labelled {
    PROVINCE("省级", "Province"),
    CITY("设区的市级", "City"),
    COUNTY("县级", "County or district");

    private final String zh;
    private final String en;

    OrganLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String labelZh() {
        return zh;
    }

    public String labelEn() {
        return en;
    }
}
