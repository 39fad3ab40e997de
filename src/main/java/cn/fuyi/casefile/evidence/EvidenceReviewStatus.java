package cn.fuyi.casefile.evidence;

import cn.fuyi.common.Labelled;

/** The office's review of an evidence item (ARL 43 ¶2: only evidence found true may ground the facts): not yet reviewed, admitted, excluded. */
public enum EvidenceReviewStatus implements Labelled {
    PENDING("待审查", "Not yet reviewed"),
    ADMITTED("采纳", "Admitted"),
    EXCLUDED("不予采纳", "Excluded");

    private final String zh;
    private final String en;

    EvidenceReviewStatus(String zh, String en) {
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
