package cn.fuyi.calendar;

import cn.fuyi.common.Labelled;

/**
 * The festivals on which 全国年节及纪念日放假办法 art. 2 gives every citizen a day off (全体公民放假的节日), in the
 * article's order. Their names are those the State Council's notices use.
 */
public enum Festival implements Labelled {
    NEW_YEAR("元旦", "New Year's Day"),
    SPRING_FESTIVAL("春节", "Spring Festival"),
    QINGMING("清明节", "Qingming Festival"),
    LABOUR_DAY("劳动节", "Labour Day"),
    DRAGON_BOAT("端午节", "Dragon Boat Festival"),
    MID_AUTUMN("中秋节", "Mid-Autumn Festival"),
    NATIONAL_DAY("国庆节", "National Day");

    private final String zh;
    private final String en;

    Festival(String zh, String en) {
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
