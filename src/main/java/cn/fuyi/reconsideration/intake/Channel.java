package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/** How an application reached the bureau (ARL 22). */
public enum Channel implements Labelled {
    IN_PERSON("当面递交", "In person"),
    POST("邮寄", "By post"),
    ONLINE("网上申请", "Online"),
    FAX_EMAIL("传真/电子邮件", "Fax or e-mail"),
    ORAL("口头申请", "Oral, recorded by the bureau");

    private final String zh;
    private final String en;

    Channel(String zh, String en) {
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
