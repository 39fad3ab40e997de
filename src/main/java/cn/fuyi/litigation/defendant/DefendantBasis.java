package cn.fuyi.litigation.defendant;

import cn.fuyi.common.Labelled;

/** Why {@link DefendantRule} proposes the defendants it does, with the article. */
public enum DefendantBasis implements Labelled {
    UPHELD_CO_DEFENDANTS("复议机关维持原行政行为（含驳回复议请求、驳回行政赔偿请求），作出原行政行为的机关和复议机关为共同被告（行政诉讼法第二十六条第二款，法释〔2018〕1号第一百三十三条）",
            "The organ upheld the act (rejecting the request or the compensation claim included): the original agency and the organ are co-defendants (ALL 26 ¶2; 法释〔2018〕1号 art. 133)"),
    PROCEDURE_ONLY_ILLEGAL_CO_DEFENDANTS("复议机关仅以违反法定程序为由确认原行政行为违法，不属于改变原行政行为，作出原行政行为的机关和复议机关为共同被告（法释〔2018〕1号第二十二条第三款）",
            "The organ confirmed the act illegal for breach of procedure only, which does not change it: co-defendants (法释〔2018〕1号 art. 22 ¶3)"),
    PARTLY_UPHELD_CO_DEFENDANTS("复议决定既有维持原行政行为内容，又有改变原行政行为或者不予受理申请内容，作出原行政行为的机关和复议机关为共同被告（法释〔2018〕1号第一百三十四条第二款）",
            "The decision partly upholds and partly changes the act or refuses the application: co-defendants (法释〔2018〕1号 art. 134 ¶2)"),
    CHANGED_ORGAN_ALONE("复议机关改变原行政行为的处理结果（含确认原行政行为无效、确认违法），复议机关为被告（行政诉讼法第二十六条第二款，法释〔2018〕1号第二十二条）",
            "The organ changed the act's result (confirming it invalid or illegal included): the organ alone is the defendant (ALL 26 ¶2; 法释〔2018〕1号 art. 22)"),
    NOT_DECIDED_ON_THE_ACT("复议机关未对原行政行为作出维持或者改变的决定（以不符合受理条件为由驳回申请、调解、终止，或者未作出决定），以作出原行政行为的机关为被告（行政诉讼法第二十六条第一款、第三款，法释〔2018〕1号第一百三十三条）；原告起诉复议机关的驳回决定或者不作为的，复议机关为被告",
            "The organ neither upheld nor changed the act (application dismissed as inadmissible, mediation, termination, or no decision): the original agency is the defendant (ALL 26 ¶1, ¶3; 法释〔2018〕1号 art. 133); a suit against the organ's dismissal or inaction has the organ as defendant");

    private final String zh;
    private final String en;

    DefendantBasis(String zh, String en) {
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
