package cn.fuyi.reconsideration.review;

import cn.fuyi.common.Labelled;

/** Why the simplified procedure applies (ARL 53). */
public enum SimplifiedGround implements Labelled {
    ON_THE_SPOT_ACT("被申请行政复议的行政行为是当场作出", "The act was made on the spot"),
    WARNING_OR_CRITICISM("被申请行政复议的行政行为是警告或者通报批评", "The act is a warning or public criticism"),
    AMOUNT_UP_TO_3000("案件涉及款额三千元以下", "The amount involved is 3,000 yuan or less"),
    INFORMATION_DISCLOSURE("属于政府信息公开案件", "A government information disclosure case"),
    ALL_PARTIES_AGREE("当事人各方同意适用简易程序", "All parties agree to the simplified procedure");

    private final String zh;
    private final String en;

    SimplifiedGround(String zh, String en) {
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
