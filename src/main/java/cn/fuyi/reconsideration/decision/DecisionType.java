package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;

/**
 * How a reconsideration case ends (行政复议决定), with the article it rests on and whether it corrects the act
 * (纠错). This enum is the one place that says which decisions count as corrections; statistics ask it.
 */
public enum DecisionType implements Labelled {
    ALTER("变更", "Alter the act", "ARL 63", true),
    REVOKE("撤销", "Revoke the act", "ARL 64", true),
    PARTIAL_REVOKE("部分撤销", "Revoke the act in part", "ARL 64", true),
    CONFIRM_ILLEGAL("确认违法", "Confirm the act illegal", "ARL 65", true),
    ORDER_PERFORMANCE("责令履行", "Order performance of a duty", "ARL 66", true),
    CONFIRM_INVALID("确认无效", "Confirm the act invalid", "ARL 67", true),
    UPHOLD("维持", "Uphold the act", "ARL 68", false),
    REJECT_REQUEST("驳回复议请求", "Reject the request", "ARL 69", false),
    REJECT_COMPENSATION("驳回行政赔偿请求", "Reject the compensation claim", "ARL 72", false),
    DISMISS_APPLICATION("驳回申请", "Dismiss the application", "ARL 33", false),
    AGREEMENT_ORDER("责令履行行政协议或采取补救措施", "Order to perform an administrative agreement or remedy", "ARL 71", true),
    COMPENSATION_ORDER("责令赔偿", "Order to pay compensation", "ARL 72", true),
    MEDIATION("调解", "Mediation agreement", "ARL 73", false),
    TERMINATION("终止", "Termination", "ARL 41, 74", false);

    private final String zh;
    private final String en;
    private final String article;
    private final boolean correction;

    DecisionType(String zh, String en, String article, boolean correction) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.correction = correction;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    public String article() {
        return article;
    }

    /** A direct correction (直接纠错) of the challenged act. */
    public boolean correction() {
        return correction;
    }

    /** Revocations may order the respondent to make the act again (责令重作). */
    public boolean allowsOrderToRedo() {
        return this == REVOKE || this == PARTIAL_REVOKE;
    }

    /** A revocation or change of a fine, confiscation or seizure also orders the property returned (ARL 72 ¶2). */
    public boolean allowsPropertyReturn() {
        return this == REVOKE || this == PARTIAL_REVOKE || this == ALTER;
    }

    /** Compensation is awarded with a revocation, change, or a finding of illegality or invalidity (ARL 72 ¶1). */
    public boolean allowsCompensationAward() {
        return this == REVOKE || this == PARTIAL_REVOKE || this == ALTER || this == CONFIRM_ILLEGAL || this == CONFIRM_INVALID
                || this == COMPENSATION_ORDER;
    }

    /** Mediation and termination count as indirect corrections when the respondent corrected its act itself. */
    public boolean allowsIndirectCorrection() {
        return this == MEDIATION || this == TERMINATION;
    }

    /**
     * For litigation, the organ "upheld" the act: 维持, and 驳回复议请求 (but not a dismissal of the application as
     * inadmissible) — the organ and the original agency are co-defendants (ALL 26, 法释〔2018〕1号 art. 133).
     */
    public boolean upholdsAct() {
        return this == UPHOLD || this == REJECT_REQUEST || this == REJECT_COMPENSATION;
    }

    /** For litigation, the organ changed the act's outcome: the organ alone is the defendant (ALL 26, art. 22). */
    public boolean changesAct() {
        return correction;
    }

    /** A decision on the merits, as opposed to a procedural ending. */
    public boolean onMerits() {
        return this != DISMISS_APPLICATION && this != TERMINATION && this != MEDIATION;
    }
}
