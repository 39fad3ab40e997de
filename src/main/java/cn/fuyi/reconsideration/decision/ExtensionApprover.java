package cn.fuyi.reconsideration.decision;

import cn.fuyi.common.Labelled;
import cn.fuyi.reconsideration.RuleSet;

/**
 * Who may approve an extension of the decision period: the head of the reconsideration office (行政复议机构的负责人)
 * under the 2023 law (ARL 62 ¶1); the head of the reconsideration organ (行政复议机关的负责人) under the 2017 law
 * (ARL 2017 art. 31 ¶1).
 */
public enum ExtensionApprover implements Labelled {
    BUREAU_HEAD("行政复议机构负责人", "Head of the reconsideration office", "ARL 62"),
    ORGAN_HEAD("行政复议机关负责人", "Head of the reconsideration organ", "ARL 2017 art. 31");

    private final String zh;
    private final String en;
    private final String article;

    ExtensionApprover(String zh, String en, String article) {
        this.zh = zh;
        this.en = en;
        this.article = article;
    }

    /** The approver the law governing the case names. */
    public static ExtensionApprover competentUnder(RuleSet ruleSet) {
        return ruleSet == RuleSet.ARL_2017 ? ORGAN_HEAD : BUREAU_HEAD;
    }

    public String article() {
        return article;
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
