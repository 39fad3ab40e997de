package cn.fuyi.litigation.deadline;

import cn.fuyi.common.Labelled;

/** Periods that do not count toward a court's trial time limit (法释〔2018〕1号 art. 50). */
public enum CourtExclusionGround implements Labelled {
    NOTICE_BY_PUBLICATION("公告期间", "Notice by publication"),
    APPRAISAL("鉴定期间", "Appraisal"),
    MEDIATION("调解期间", "Mediation"),
    SUSPENSION("中止诉讼期间", "Suspension of the proceedings"),
    JURISDICTION("审理管辖异议或处理管辖争议期间", "Jurisdiction objection or dispute");

    private final String zh;
    private final String en;

    CourtExclusionGround(String zh, String en) {
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
