package cn.fuyi.reconsideration.deadline;

import cn.fuyi.common.Labelled;

/** The statutory deadlines Fuyi follows on a reconsideration case. */
public enum DeadlineKind implements Labelled {
    APPLICATION_PERIOD("申请期限", "Application period", false),
    APPLICATION_LIMIT("最长申请期限", "Longest application period", false),
    AGENCY_FORWARDING("处罚机关转送期限", "Forwarding by the penalty agency"),
    ACCEPTANCE_REVIEW("受理审查期限", "Acceptance review"),
    CORRECTION_REPLY("补正期限", "Applicant's correction"),
    COPY_TO_RESPONDENT("发送申请书副本期限", "Copy to the respondent"),
    RESPONDENT_REPLY("被申请人答复期限", "Respondent's reply and evidence"),
    HEARING_NOTICE("听证通知期限", "Hearing notice"),
    DRAFTING_ORGAN_NOTICE("通知制定机关答复期限", "Notice to the drafting organ"),
    DRAFTING_ORGAN_ANSWER("制定机关书面答复期限", "Drafting organ's written answer"),
    NORMATIVE_DOCUMENT_HANDLING("规范性文件处理期限", "Handling of a normative document"),
    NORMATIVE_DOCUMENT_FORWARDING("规范性文件转送期限", "Forwarding of a normative document"),
    NORMATIVE_DOCUMENT_FORWARD_REPLY("接受转送机关回复期限", "Receiver's answer on a forwarded document"),
    DECISION("审理期限", "Decision"),
    OPINION_LETTER_ANSWER("意见书整改反馈期限", "Answer to an opinion letter"),
    SUIT_WINDOW("起诉期限", "Period to sue", false),
    PERFORMANCE("履行期限", "Carrying out a decision or mediation agreement"),
    PERFORMANCE_ORDER("责令限期履行期限", "Time limit of an order to perform");

    private final String zh;
    private final String en;
    private final boolean worklist;

    DeadlineKind(String zh, String en) {
        this(zh, en, true);
    }

    DeadlineKind(String zh, String en, boolean worklist) {
        this.zh = zh;
        this.en = en;
        this.worklist = worklist;
    }

    /**
     * Whether the deadline is one the office works to and belongs in worklists; the applicant's own periods (to apply,
     * to sue) are shown on the case but are never its next deadline.
     */
    public boolean worklist() {
        return worklist;
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
