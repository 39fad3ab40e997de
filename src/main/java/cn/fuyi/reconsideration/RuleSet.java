package cn.fuyi.reconsideration;

import cn.fuyi.common.Labelled;

/** The version of the Administrative Reconsideration Law that governs a case: applications received before 2024-01-01 follow the 2017 law. */
public enum RuleSet implements Labelled {
    ARL_2017("2017年《行政复议法》", "Reconsideration Law 2017"),
    ARL_2023("2023年修订《行政复议法》", "Reconsideration Law as revised 2023");

    /** The day the revised law came into force. */
    public static final java.time.LocalDate REVISION_IN_FORCE = java.time.LocalDate.of(2024, 1, 1);

    public static RuleSet forReceivedDate(java.time.LocalDate received) {
        return received.isBefore(REVISION_IN_FORCE) ? ARL_2017 : ARL_2023;
    }

    private final String zh;
    private final String en;

    RuleSet(String zh, String en) {
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
