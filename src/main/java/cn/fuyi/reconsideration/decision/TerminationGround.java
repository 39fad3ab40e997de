package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;

/** Grounds for terminating a case (终止), worded as ARL 41 ¶1 words them (and ARL 74 for a settlement). */
public enum TerminationGround implements Labelled {
    WITHDRAWN(1, "申请人撤回行政复议申请，行政复议机构准予撤回", "The applicant withdrew the application and the office approved"),
    WITHDRAWN_AFTER_SETTLEMENT(1, "当事人达成和解后申请人撤回行政复议申请，行政复议机构准予撤回（第七十四条）",
            "Withdrawn after a settlement, approved (ARL 74)"),
    APPLICANT_DIED_NO_SUCCESSOR(2, "作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利",
            "The applicant died with no close relative, or the relatives waived the right"),
    ORGANISATION_ENDED_NO_SUCCESSOR(3, "作为申请人的法人或者其他组织终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利",
            "The applicant organisation ended with no successor, or the successor waived the right"),
    CRIMINAL_COMPULSORY_MEASURE(4, "申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后，因同一违法行为涉嫌犯罪，被采取刑事强制措施",
            "After challenging administrative detention or a restriction of liberty, the applicant was subjected to a criminal compulsory measure for the same conduct"),
    SUSPENSION_EXCEEDED_60_DAYS(5, "依照第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日，行政复议中止的原因仍未消除",
            "Suspended 60 days on ground 1, 2 or 4 of ARL 39 ¶1 with the cause remaining");

    /** Days a suspension on ground 1, 2 or 4 of ARL 39 ¶1 must have lasted before it ends the case (ARL 41 ¶1(五)). */
    public static final int SUSPENSION_DAYS = 60;

    private final int item;
    private final String zh;
    private final String en;

    TerminationGround(int item, String zh, String en) {
        this.item = item;
        this.zh = zh;
        this.en = en;
    }

    /** The item of ARL 41 ¶1 the ground falls under. */
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
