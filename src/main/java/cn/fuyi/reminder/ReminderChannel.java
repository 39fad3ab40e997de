package cn.fuyi.reminder;

import cn.fuyi.common.Labelled;

/** How a reminder reaches its recipient. */
public enum ReminderChannel implements Labelled {
    INBOX("站内消息", "In-app inbox"),
    EMAIL("电子邮件", "E-mail"),
    WEBHOOK("接口推送", "Webhook (SMS or WeChat-work gateway)");

    private final String zh;
    private final String en;

    ReminderChannel(String zh, String en) {
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
