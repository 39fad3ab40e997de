package cn.fuyi.reconsideration;

import cn.fuyi.common.Labelled;

/** Where a reconsideration case stands. The transitions between states are listed once, in {@link Transition}. */
public enum CaseState implements Labelled {
    RECEIVED("收到申请，受理审查中", "Received, under acceptance review", false),
    AWAITING_CORRECTION("等待补正", "Awaiting correction", false),
    ABANDONED("视为放弃申请", "Deemed abandoned", true),
    NOT_ACCEPTED("不予受理", "Not accepted", true),
    ACCEPTED("已受理，待确定审理程序", "Accepted, procedure not yet chosen", false),
    IN_REVIEW("审理中", "Under review", false),
    SUSPENDED("中止审理", "Suspended", false),
    CONCLUDED("已作出决定，待送达", "Decided, awaiting service", false),
    SERVED("决定已送达", "Decision served", false);

    private final String zh;
    private final String en;
    private final boolean terminal;

    CaseState(String zh, String en, boolean terminal) {
        this.zh = zh;
        this.en = en;
        this.terminal = terminal;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** No further transition leads out of this state. */
    public boolean terminal() {
        return terminal;
    }

    /** The case was accepted (受理) and is or was under review. */
    public boolean accepted() {
        return this == ACCEPTED || this == IN_REVIEW || this == SUSPENDED || this == CONCLUDED || this == SERVED;
    }
}
