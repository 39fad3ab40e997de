package cn.fuyi.litigation;

import cn.fuyi.common.Labelled;

/** Who represented the defendant agency in court. */
public enum CounselType implements Labelled {
    PUBLIC_LAWYER("公职律师", "Public-sector lawyer"),
    LEGAL_ADVISER("法律顾问", "Retained legal adviser"),
    EXTERNAL_LAWYER("外聘律师", "External lawyer"),
    NONE("无", "None");

    /** In-house or retained government counsel (公职律师 or 法律顾问): what the counsel-coverage rate counts. */
    public boolean governmentCounsel() {
        return this == PUBLIC_LAWYER || this == LEGAL_ADVISER;
    }

    private final String zh;
    private final String en;

    CounselType(String zh, String en) {
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
