package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/** Who an agent (代理人) is. */
public enum AgentKind implements Labelled {
    LAWYER("律师", "Lawyer"),
    LEGAL_WORKER("基层法律服务工作者", "Grassroots legal service worker"),
    RELATIVE("近亲属", "Close relative"),
    EMPLOYEE("工作人员", "Employee of the party"),
    OTHER("其他公民", "Other citizen");

    private final String zh;
    private final String en;

    AgentKind(String zh, String en) {
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
