package cn.fuyi.reconsideration.intake;

import cn.fuyi.common.Labelled;

/**
 * Why the applicant had to apply for reconsideration before suing (复议前置, ARL 23 ¶1). Such a case gives the applicant
 * a suit within 15 days when the organ refuses, dismisses or does not decide in time (ARL 34).
 */
public enum ReconsiderationFirstGround implements Labelled {
    ON_THE_SPOT_PENALTY(1, "对当场作出的行政处罚决定不服", "An on-the-spot administrative penalty"),
    NATURAL_RESOURCE_RIGHTS(2, "对行政机关作出的侵犯其已经依法取得的自然资源的所有权或者使用权的决定不服",
            "A decision infringing ownership or use rights in natural resources already acquired"),
    FAILURE_TO_PERFORM(3, "认为行政机关存在本法第十一条规定的未履行法定职责情形", "A failure to perform a statutory duty (ARL 11)"),
    INFORMATION_NOT_DISCLOSED(4, "申请政府信息公开，行政机关不予公开", "Government information requested and not disclosed"),
    OTHER_LAW(5, "法律、行政法规规定应当先向行政复议机关申请行政复议的其他情形", "Another law or administrative regulation requires it");

    private final int item;
    private final String zh;
    private final String en;

    ReconsiderationFirstGround(int item, String zh, String en) {
        this.item = item;
        this.zh = zh;
        this.en = en;
    }

    /** The item of ARL 23 ¶1. */
    public int item() {
        return item;
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
