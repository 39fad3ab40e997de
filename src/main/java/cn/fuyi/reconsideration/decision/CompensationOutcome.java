package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;

/**
 * What the decision says of a compensation claim made with the application (ARL 72 ¶1): the organ decides it together
 * with the act — rejected where the State Compensation Law gives none, awarded with a revocation, change, or a
 * finding of illegality or invalidity.
 */
public enum CompensationOutcome implements Labelled {
    AWARDED("决定被申请人依法给予赔偿", "Compensation awarded"),
    REJECTED("驳回行政赔偿请求", "Compensation claim rejected");

    private final String zh;
    private final String en;

    CompensationOutcome(String zh, String en) {
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
