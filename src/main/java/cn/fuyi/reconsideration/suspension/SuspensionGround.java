package cn.fuyi.reconsideration.suspension;

import cn.fuyi.common.Labelled;

/** Grounds for suspending a case (中止, ARL 39). */
public enum SuspensionGround implements Labelled {
    APPLICANT_DIED(1, "作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议", "The applicant died; close relatives have not decided whether to take part"),
    APPLICANT_INCAPACITATED(2, "作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人", "The applicant lost capacity; no legal representative yet"),
    APPLICANT_MISSING(3, "作为申请人的公民下落不明", "The applicant is missing"),
    ORGANISATION_TERMINATED(4, "作为申请人的法人或者其他组织终止，尚未确定权利义务承受人", "The applicant organisation ended; no successor yet"),
    FORCE_MAJEURE(5, "申请人、被申请人因不可抗力或者其他正当理由不能参加行政复议", "A party cannot take part through force majeure or other good reason"),
    MEDIATION_IN_PROGRESS(6, "依法进行调解、和解，申请人和被申请人同意中止", "Mediation or settlement in progress with both sides consenting"),
    AWAITING_INTERPRETATION(7, "案件涉及的法律适用问题需要有权机关作出解释或者确认", "Waiting for an authoritative interpretation"),
    AWAITING_OTHER_CASE(8, "案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结", "Waiting for the outcome of another case"),
    NORMATIVE_DOCUMENT_REVIEW(9, "有本法第五十六条、第五十七条规定的情形（规范性文件附带审查）", "Incidental review of a normative document (ARL 56, 57)"),
    OTHER(10, "需要中止行政复议的其他情形", "Other grounds");

    private final int item;
    private final String zh;
    private final String en;

    SuspensionGround(int item, String zh, String en) {
        this.item = item;
        this.zh = zh;
        this.en = en;
    }

    /** The item of ARL 39 ¶1 the ground is (1 to 10). */
    public int item() {
        return item;
    }

    /** Grounds 1, 2 and 4: still unresolved after 60 days, they end the case (ARL 41 ¶1(五)). */
    public boolean terminatesAfter60Days() {
        return item == 1 || item == 2 || item == 4;
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
