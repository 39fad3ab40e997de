package cn.fuyi.audit;

import cn.fuyi.common.Labelled;

/** What an audit record or feed event is about. */
public enum SubjectType implements Labelled {
    RECONSIDERATION_CASE("行政复议案件", "Reconsideration case"),
    LAWSUIT("行政诉讼案件", "Lawsuit"),
    ORGAN("复议机关", "Organ"),
    RESPONDENT("被申请人", "Respondent"),
    CODE_ITEM("代码", "Code"),
    CALENDAR_YEAR("放假安排", "Holiday schedule"),
    RECOMMENDATION("司法建议/检察建议", "Recommendation"),
    RECTIFICATION("整改事项", "Rectification item"),
    DOCUMENT("案卷材料", "Case-file document"),
    DOCUMENT_TEMPLATE("文书模板", "Document template"),
    DOCUMENT_NUMBER_PATTERN("文号规则", "Document number pattern"),
    EVIDENCE("证据", "Evidence item"),
    INVESTIGATION("调查取证", "Investigation"),
    FILE_INSPECTION("阅卷", "File inspection"),
    SERVICE_RECORD("送达记录", "Service record"),
    FROZEN_REPORT("签发的统计报表", "Frozen statistics report"),
    STATISTICS_SUBMISSION("统计上报", "Statistics submission"),
    STATISTICS_AGGREGATES("统计汇总数据", "Statistics aggregates"),
    SUBMISSION_DEADLINE("上报期限", "Submission deadline"),
    REMINDER("期限提醒", "Reminder"),
    REMINDER_PREFERENCE("提醒设置", "Reminder preferences"),
    IMPORT_JOB("台账导入任务", "Ledger import job"),
    LITIGATION_AGGREGATES("行政应诉统计汇总", "Litigation statistics aggregates"),
    STATISTICS_JOB("统计任务", "Statistics job"),
    SYSTEM("系统", "System");

    private final String zh;
    private final String en;

    SubjectType(String zh, String en) {
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
