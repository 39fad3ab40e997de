package cn.fuyi.casefile.service;

import cn.fuyi.common.Labelled;

/** How a document is served (送达方式, ARL 88 ¶1 with CPL 87-95). */
public enum ServiceMethod implements Labelled {
    IN_PERSON("直接送达", "In person"),
    POST("邮寄送达", "By post"),
    ELECTRONIC("电子送达", "Electronically, with the recipient's consent"),
    LEFT_AT_RESIDENCE("留置送达", "Left at the residence after refusal"),
    PUBLICATION("公告送达", "By public notice");

    private final String zh;
    private final String en;

    ServiceMethod(String zh, String en) {
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
