package cn.fuyi.reconsideration.deadline;

import cn.fuyi.common.Labelled;

/** The statutory deadlines Fuyi follows on a reconsideration case. */
public enum DeadlineKind implements Labelled {
    ACCEPTANCE_REVIEW("受理审查期限", "Acceptance review"),
    CORRECTION_REPLY("补正期限", "Applicant's correction"),
    COPY_TO_RESPONDENT("发送申请书副本期限", "Copy to the respondent"),
    RESPONDENT_REPLY("被申请人答复期限", "Respondent's reply and evidence"),
    HEARING_NOTICE("听证通知期限", "Hearing notice"),
    DECISION("审理期限", "Decision"),
    OPINION_LETTER_ANSWER("意见书整改反馈期限", "Answer to an opinion letter");

    private final String zh;
    private final String en;

    DeadlineKind(String zh, String en) {
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
