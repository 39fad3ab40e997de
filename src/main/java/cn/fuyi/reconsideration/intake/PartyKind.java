package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/** Whether a party is a person or an organisation. */
public enum PartyKind implements Labelled {
    NATURAL_PERSON("自然人", "Natural person"),
    LEGAL_PERSON("法人", "Legal person"),
    OTHER_ORGANISATION("其他组织", "Other organisation");

    private final String zh;
    private final String en;

    PartyKind(String zh, String en) {
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
