package cn.fuyi.litigation.session;

import cn.fuyi.common.Labelled;

/** Why a notified head did not appear (法释〔2020〕3号 arts. 8-9). */
public enum AbsenceReason implements Labelled {
    FORCE_MAJEURE("不可抗力", "Force majeure"),
    ACCIDENT("意外事件", "Accident"),
    DUTY_NO_ONE_ELSE("需要履行他人不能代替的公务", "Duty no one else can perform"),
    OTHER("其他正当事由", "Other good reason"),
    NONE_GIVEN("未说明理由", "No reason given");

    private final String zh;
    private final String en;

    AbsenceReason(String zh, String en) {
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
