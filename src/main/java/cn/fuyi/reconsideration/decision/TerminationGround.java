package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;

/** Grounds for terminating a case (终止, ARL 41 and 74). */
public enum TerminationGround implements Labelled {
    WITHDRAWN("申请人撤回行政复议申请，行政复议机构准予撤回", "Withdrawal approved"),
    WITHDRAWN_AFTER_SETTLEMENT("当事人达成和解后申请人撤回申请（第七十四条）", "Withdrawn after settlement (ARL 74)"),
    APPLICANT_DIED_NO_SUCCESSOR("作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利", "The applicant died with no relative taking over"),
    ORGANISATION_ENDED_NO_SUCCESSOR("作为申请人的法人或者其他组织终止，没有权利义务承受人或者承受人放弃权利", "The applicant organisation ended with no successor taking over"),
    CRIMINAL_DETENTION("行政拘留或者限制人身自由的行政强制措施变更为刑事拘留", "Administrative detention turned into criminal detention"),
    SUSPENSION_EXCEEDED_60_DAYS("因第三十九条第一款第一、二、四项中止满六十日，中止原因仍未消除", "Suspended 60 days on grounds 1, 2 or 4 of ARL 39 with the cause remaining");

    private final String zh;
    private final String en;

    TerminationGround(String zh, String en) {
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
