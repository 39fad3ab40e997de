package cn.fuyi.litigation.deadline;

import cn.fuyi.common.Labelled;

/** The deadlines Fuyi follows on a lawsuit. */
public enum LawsuitDeadlineKind implements Labelled {
    REPORT("报备期限", "Report to the bureau"),
    DEFENCE("答辩举证期限", "Defence and evidence"),
    TRIAL("审理期限", "Trial period"),
    APPEAL_WINDOW("上诉期限", "Appeal window");

    private final String zh;
    private final String en;

    LawsuitDeadlineKind(String zh, String en) {
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
