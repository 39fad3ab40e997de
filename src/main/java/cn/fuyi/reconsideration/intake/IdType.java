package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/** The kind of identity document a party's number belongs to. */
public enum IdType implements Labelled {
    RESIDENT_ID_CARD("居民身份证", "Resident identity card"),
    PASSPORT("护照", "Passport"),
    HK_MACAO_TAIWAN_PERMIT("港澳台居民居住证/通行证", "Hong Kong, Macao or Taiwan residents' permit"),
    UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码", "Unified social credit code"),
    OTHER("其他证件", "Other document");

    private final String zh;
    private final String en;

    IdType(String zh, String en) {
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
