package cn.fuyi.reconsideration.acceptance;

import cn.fuyi.common.Labelled;

/** What the superior organ did with the complaint (ARL 35). */
public enum ComplaintOutcome implements Labelled {
    ORDERED_TO_CORRECT("上级行政机关责令纠正", "The superior ordered a correction"),
    TAKEN_OVER("上级行政复议机关直接受理", "The superior reconsideration organ took the case"),
    NOT_UPHELD("反映事项不成立", "The complaint was not upheld");

    private final String zh;
    private final String en;

    ComplaintOutcome(String zh, String en) {
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
