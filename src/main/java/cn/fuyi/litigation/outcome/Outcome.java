package cn.fuyi.litigation.outcome;

import cn.fuyi.common.Labelled;
import cn.fuyi.litigation.Instance;

/**
 * How a lawsuit ends in its instance: judgments, rulings and mediation (ALL 58-89), with the article, the form
 * (which decides the appeal window: 15 days for a judgment, 10 for a ruling, ALL 85) and whether the agency lost.
 * {@link #loss()} is the one rule that classifies losses (败诉); statistics ask it.
 */
public enum Outcome implements Labelled {
    REJECT_CLAIMS("判决驳回原告诉讼请求", "Claims rejected", "ALL 69", Form.JUDGMENT, false),
    REVOKE("判决撤销", "Act revoked", "ALL 70", Form.JUDGMENT, true),
    PARTIAL_REVOKE("判决部分撤销", "Act revoked in part", "ALL 70", Form.JUDGMENT, true),
    ORDER_PERFORMANCE("判决责令履行法定职责", "Ordered to perform its duty", "ALL 72", Form.JUDGMENT, true),
    ORDER_PAYMENT("判决给付", "Ordered to pay", "ALL 73", Form.JUDGMENT, true),
    CONFIRM_ILLEGAL("判决确认违法", "Act confirmed illegal", "ALL 74", Form.JUDGMENT, true),
    CONFIRM_INVALID("判决确认无效", "Act confirmed invalid", "ALL 75", Form.JUDGMENT, true),
    ALTER("判决变更", "Act altered", "ALL 77", Form.JUDGMENT, true),
    AGREEMENT_ORDER("行政协议判决（继续履行、采取补救措施或赔偿）", "Administrative agreement order against the agency", "ALL 78", Form.JUDGMENT, true),
    DISMISS_SUIT("裁定驳回起诉", "Suit dismissed", "法释〔2018〕1号 art. 69", Form.APPEALABLE_RULING, false),
    WITHDRAWAL_APPROVED("裁定准予撤诉", "Withdrawal approved", "ALL 62", Form.FINAL_RULING, false),
    DEEMED_WITHDRAWN("裁定按撤诉处理", "Deemed withdrawn", "ALL 58", Form.FINAL_RULING, false),
    MEDIATION("调解结案", "Mediation", "ALL 60", Form.FINAL_RULING, false),
    TERMINATION("裁定终结诉讼", "Proceedings terminated", "法释〔2018〕1号 art. 88", Form.FINAL_RULING, false),
    APPEAL_REJECTED("驳回上诉，维持原裁判", "Appeal rejected, first instance upheld", "ALL 89 (1)", Form.FINAL_JUDGMENT, false),
    AMENDED_ON_APPEAL("依法改判、撤销或者变更", "Amended on appeal", "ALL 89 (2)", Form.FINAL_JUDGMENT, false),
    REMANDED("发回重审", "Remanded for retrial", "ALL 89 (3)", Form.FINAL_RULING, false);

    /** What kind of decision an outcome is, for the appeal window. */
    public enum Form {
        /** A first-instance judgment: 15 days to appeal. */
        JUDGMENT,
        /** A ruling that can be appealed: 10 days. */
        APPEALABLE_RULING,
        /** Final when served: a ruling that cannot be appealed, mediation, or a second-instance decision. */
        FINAL_RULING,
        FINAL_JUDGMENT
    }

    private final String zh;
    private final String en;
    private final String article;
    private final Form form;
    private final boolean loss;

    Outcome(String zh, String en, String article, Form form, boolean loss) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.form = form;
        this.loss = loss;
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

    public Form form() {
        return form;
    }

    /**
     * The agency lost (败诉): the act was revoked in whole or part, altered, confirmed illegal or invalid, or the
     * agency was ordered to perform, to pay, or to honour an administrative agreement (domain §3).
     */
    public boolean loss() {
        return loss;
    }

    /** A judgment on the merits (for the loss-rate variant over merits judgments only). */
    public boolean merits() {
        return form == Form.JUDGMENT;
    }

    /** Days to appeal after service, or 0 when the outcome cannot be appealed. */
    public int appealDays() {
        return switch (form) {
            case JUDGMENT -> 15;
            case APPEALABLE_RULING -> 10;
            default -> 0;
        };
    }

    /** Outcomes a court of this instance can give. */
    public boolean availableIn(Instance instance) {
        boolean appealOnly = this == APPEAL_REJECTED || this == AMENDED_ON_APPEAL || this == REMANDED;
        return instance == Instance.APPEAL ? appealOnly || this == WITHDRAWAL_APPROVED || this == DEEMED_WITHDRAWN
                || this == MEDIATION || this == TERMINATION || this == DISMISS_SUIT : !appealOnly;
    }
}
