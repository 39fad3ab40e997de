package cn.fuyi.reconsideration.performance;

import cn.fuyi.common.Labelled;

/** The document an obligation comes from; the respondent must carry out all three (ARL 77 ¶1). */
public enum ObligationSource implements Labelled {
    DECISION("行政复议决定书", "Decision"),
    MEDIATION_AGREEMENT("行政复议调解书", "Mediation agreement"),
    OPINION_LETTER("行政复议意见书", "Opinion letter");

    private final String zh;
    private final String en;

    ObligationSource(String zh, String en) {
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
