package cn.fuyi.reconsideration;

import cn.fuyi.common.Labelled;

/** Dates a step's date is checked against, named for messages. */
public enum DateFact implements Labelled {
    TODAY("今天", "today"),
    RECEIVED("收到申请之日", "the day the application was received"),
    REVIEW_START("受理审查起算之日", "the start of the acceptance review"),
    CORRECTION_REQUESTED("补正通知之日", "the day of the correction notice"),
    CORRECTION_NOTICE_RECEIVED("申请人收到补正通知之日", "the day the applicant received the correction notice"),
    CORRECTION_RECEIVED("收到补正材料之日", "the day the correction was received"),
    ACCEPTED("受理之日", "the day of acceptance"),
    COPY_SENT("发送申请书副本之日", "the day the copy was sent"),
    SUSPENDED("中止之日", "the day of suspension"),
    EXCLUDED_PERIOD_STARTED("勘验或鉴定开始之日", "the day the inspection or appraisal started"),
    HEARING_NOTICE("听证通知之日", "the day of the hearing notice"),
    NORMATIVE_REVIEW_STARTED("附带审查开始（中止）之日", "the day the incidental review began (the suspension)"),
    DRAFTING_ORGAN_NOTIFIED("通知制定机关之日", "the day the drafting organ was notified"),
    NORMATIVE_DOCUMENT_FORWARDED("转送之日", "the day the document was forwarded"),
    COMMITTEE_REFERRED("提请咨询之日", "the day of the referral to the committee"),
    COMMITTEE_MEETING("委员会会议之日", "the day of the committee's meeting"),
    STAY_REQUESTED("申请停止执行之日", "the day the stay was asked for"),
    CONCLUDED("作出决定之日", "the day of the decision"),
    SERVED("送达之日", "the day of service"),
    LETTER_ISSUED("意见书制发之日", "the day the opinion letter was issued"),
    LETTER_RECEIVED("有关机关收到意见书之日", "the day the agency received the opinion letter"),
    MEDIATION_CONSENTED("双方同意调解或和解之日", "the day both sides had consented to mediation or settlement"),
    SUSPENSION_CONSENTED("双方同意中止之日", "the day both sides had consented to the suspension"),
    AGREEMENT_DRAWN("调解书制作之日", "the day the mediation agreement was drawn up"),
    AGREEMENT_EFFECTIVE("调解书生效之日", "the day the mediation agreement took effect"),
    SETTLEMENT_REACHED("达成和解之日", "the day of the settlement"),
    WITHDRAWN_AFTER_SETTLEMENT("和解后撤回申请之日", "the day the applicant withdrew after settlement"),
    OBLIGATION_AROSE("履行事项产生之日", "the day the obligation arose"),
    PERFORMANCE_ORDERED("责令限期履行之日", "the day performance was ordered"),
    PERFORMANCE_REPORTED("收到履行情况报告之日", "the day the report of performance was received"),
    ACT_DATE("行政行为作出之日", "the day of the act"),
    ACT_KNOWN("知道行政行为之日", "the day the applicant learned of the act"),
    EXTENSION_APPROVED("批准延长之日", "the day the extension was approved"),
    AGENCY_RECEIVED("作出处罚决定的行政机关收到申请之日", "the day the penalty agency received the application"),
    OBSTACLE_STARTED("耽误申请期限的障碍发生之日", "the day the obstacle to applying arose"),
    COMPLAINED("向上级行政机关反映之日", "the day of the complaint to the superior");

    private final String zh;
    private final String en;

    DateFact(String zh, String en) {
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
