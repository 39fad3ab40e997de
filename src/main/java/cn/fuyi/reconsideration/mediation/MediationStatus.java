package cn.fuyi.reconsideration.mediation;

import cn.fuyi.common.Labelled;

/** Where a mediation or settlement stands. */
public enum MediationStatus implements Labelled {
    CONSENTING("一方已同意，等待另一方同意", "One side has consented, waiting for the other", true),
    IN_PROGRESS("双方同意，正在进行", "Both sides consented; in progress", true),
    AGREEMENT_DRAWN("调解书已制作，待各方签署和盖章", "Agreement drawn up, awaiting signatures and seal", true),
    EFFECTIVE("调解书已生效", "Agreement in effect", false),
    SETTLED("已达成和解，待申请人撤回申请", "Settled; awaiting the applicant's withdrawal", true),
    WITHDRAWN("和解后申请人已撤回申请，待准予撤回并终止", "Withdrawn after settlement; awaiting approval and termination", false),
    FAILED("未达成协议", "Ended without agreement", false),
    BACKED_OUT("调解书生效前一方反悔", "A party backed out before the agreement took effect", false);

    private final String zh;
    private final String en;
    private final boolean open;

    MediationStatus(String zh, String en, boolean open) {
        this.zh = zh;
        this.en = en;
        this.open = open;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** Still going on: consent, talks, an agreement not yet in effect, a settlement not yet withdrawn on. */
    public boolean open() {
        return open;
    }

    /** Ended without the case being settled by it. */
    public boolean failed() {
        return this == FAILED || this == BACKED_OUT;
    }
}
