package cn.fuyi.ledger;

import cn.fuyi.common.Labelled;
import cn.fuyi.reconsideration.committee.CommitteeGround;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.mediation.Ground2017;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentKind;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentResult;
import cn.fuyi.reconsideration.normativedocument.ReviewRaisedBy;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.stay.StayGround;
import cn.fuyi.reconsideration.stay.StayRequester;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/**
 * The columns of the reconsideration-case ledger (复议案件台账), one finished or open case a row, in template
 * order: its Chinese header, whether it must be filled, what it holds, and the note the template's notes sheet
 * shows. Codes may be given as the label the dropdown offers or as the stable English code. Columns added after the
 * first release come after {@link #NOT_PUBLISHED_REASON} (so that a row's hash, and with it a re-import, is unchanged
 * when they are empty; see {@link #LAST_OF_FIRST_RELEASE}).
 */
public enum CaseColumn {
    CASE_NUMBER("案号", true, Type.TEXT, null, "本机关的案号，须符合本机关的案号格式（如 太政复〔2019〕12号）；同一机关内不得重复，导入后保留原案号。"),
    RECEIVED("收到申请日期", true, Type.DATE, null, "复议机关收到申请之日（第二十二条），格式 2019-01-03。"),
    CHANNEL("申请方式", true, Type.CODE, Channel.class, "从下拉列表选择。"),
    APPLICANT("申请人", true, Type.TEXT, null, "申请人姓名或名称；多名申请人以“、”分隔。"),
    APPLICANT_KIND("申请人类型", true, Type.CODE, PartyKind.class, "自然人、法人或其他组织。"),
    RESPONDENT("被申请人", true, Type.RESPONDENT, null, "须为本机关已登记的被申请人名称（下拉列表）。"),
    CATEGORY("行政管理类别", true, Type.CODE_LIST, "ACT_CATEGORY", "代码表 ACT_CATEGORY（下拉列表）。"),
    DOMAIN("行政管理领域", true, Type.CODE_LIST, "DOMAIN", "代码表 DOMAIN（下拉列表）。"),
    ACT("被申请行政行为", true, Type.TEXT, null, "被申请复议的行政行为（如某某行政处罚决定）。"),
    ACT_DATE("行政行为作出日期", false, Type.DATE, null, "可空。"),
    ACT_KNOWN("知道行政行为日期", false, Type.DATE, null, "申请人知道或者应当知道该行为之日，可空（第二十条）。"),
    REQUEST("复议请求", true, Type.TEXT, null, "申请人的复议请求。"),
    CLERK("承办人", false, Type.TEXT, null, "承办人姓名，可空。"),
    CORRECTION_REQUESTED("补正通知日期", false, Type.DATE, null, "通知补正之日（第三十一条），可空。"),
    CORRECTION_DAYS("补正期限（日）", false, Type.NUMBER, null, "2017 年法适用的案件：通知书规定的补正期限天数；2023 年法为十个工作日，可空。"),
    CORRECTION_RECEIVED("收到补正日期", false, Type.DATE, null, "收到补正材料之日，可空。"),
    ABANDONED("视为放弃日期", false, Type.DATE, null, "逾期未补正、视为放弃申请之日，可空。"),
    ACCEPTED("受理日期", false, Type.DATE, null, "决定受理之日（第三十条），可空。"),
    NOT_ACCEPTED("不予受理日期", false, Type.DATE, null, "决定不予受理之日，可空。"),
    NOT_ACCEPTED_REASON("不予受理理由", false, Type.TEXT, null, "填写不予受理日期时必填。"),
    PROCEDURE("审理程序", false, Type.CODE, ProcedureType.class, "普通程序或简易程序；填写听证或听取意见时必填。"),
    PROCEDURE_DATE("确定审理程序日期", false, Type.DATE, null, "可空；空时取受理日期。"),
    SIMPLIFIED_GROUND("适用简易程序情形", false, Type.CODE, SimplifiedGround.class, "简易程序必填（第五十三条）。"),
    OPINION_HEARD("听取意见日期", false, Type.DATE, null, "听取申请人意见之日（第四十九条），可空。"),
    HEARING_NOTICE("听证通知日期", false, Type.DATE, null, "举行听证的，书面通知之日（第五十一条）。"),
    HEARING_DATE("听证日期", false, Type.DATE, null, "举行听证之日，可空。"),
    HEARING_PLACE("听证地点", false, Type.TEXT, null, "举行听证的，必填。"),
    HEARING_PRESIDING("听证主持人", false, Type.TEXT, null, "举行听证的，必填（第五十条）。"),
    HEARING_OFFICERS("听证员", false, Type.TEXT, null, "两名以上，以“、”分隔。"),
    HEARING_RECORDER("听证记录人", false, Type.TEXT, null, "举行听证的，必填。"),
    HEAD_ATTENDED("被申请人负责人参加听证", false, Type.YES_NO, null, "是或否（第五十一条第三款）。"),
    HEAD_NAME("参加听证的负责人", false, Type.TEXT, null, "负责人参加的，填写其姓名。"),
    HEAD_ABSENCE_REASON("负责人未参加听证原因", false, Type.TEXT, null, "负责人未参加的，填写原因。"),
    RESPONDENT_STAFF("被申请人参加听证人员", false, Type.TEXT, null, "负责人未参加的，填写出席人员，以“、”分隔。"),
    SUSPENDED("中止日期", false, Type.DATE, null, "中止审理之日（第三十九条），可空。"),
    SUSPENSION_GROUND("中止情形", false, Type.CODE, SuspensionGround.class, "填写中止日期时必填。"),
    RESUMED("恢复审理日期", false, Type.DATE, null, "可空。"),
    EXTENDED("延期批准日期", false, Type.DATE, null, "延长审理期限经批准之日（第六十二条），可空。"),
    EXTENSION_DAYS("延长天数", false, Type.NUMBER, null, "不超过三十日。"),
    EXTENSION_REASON("延期理由", false, Type.TEXT, null, "填写延期批准日期时必填。"),
    DECIDED("审结日期", false, Type.DATE, null, "作出行政复议决定（或驳回申请、终止）之日，可空。"),
    DECISION_TYPE("决定类型", false, Type.CODE, DecisionType.class, "填写审结日期时必填。"),
    TERMINATION_GROUND("终止情形", false, Type.CODE, TerminationGround.class, "决定类型为终止时必填（第四十一条）。"),
    DECISION_REASON("决定理由", false, Type.TEXT, null, "驳回申请时必填，其余可空。"),
    SERVED("送达日期", false, Type.DATE, null, "决定书送达之日（第七十五条），可空。"),
    PUBLISHED("公开日期", false, Type.DATE, null, "决定书公开之日（第七十九条），可空。"),
    PUBLISHED_AT("公开场所", false, Type.TEXT, null, "填写公开日期时必填，如 太仓市人民政府门户网站。"),
    NOT_PUBLISHED_REASON("不予公开理由", false, Type.TEXT, null, "不公开的，填写理由（记录日期取送达日期）。"),
    // parties beyond the applicants' names (ARL 14-17, 22)
    APPLICANT_ID_TYPE("申请人证件类型", false, Type.CODE, IdType.class, "填写申请人证件号码时必填；多名申请人共用一种证件类型。"),
    APPLICANT_ID_NUMBER("申请人证件号码", false, Type.TEXT, null,
            "与「申请人」依次对应，多个以“、”分隔；居民身份证号码须为 18 位且校验码正确（GB 11643），与在系统中登记时相同。"),
    AGENT("代理人", false, Type.TEXT, null, "委托代理人姓名，多名以“、”分隔（第十七条：一至二名），可空。"),
    AGENT_KIND("代理人类型", false, Type.CODE, AgentKind.class, "律师、基层法律服务工作者、近亲属等；填写代理人时必填。"),
    THIRD_PARTY("第三人", false, Type.TEXT, null, "第三人姓名或名称，多名以“、”分隔（第十六条），可空。"),
    THIRD_PARTY_KIND("第三人类型", false, Type.CODE, PartyKind.class, "自然人、法人或其他组织；填写第三人时必填。"),
    // stay of execution (ARL 42)
    STAY_DECIDED("停止执行决定日期", false, Type.DATE, null,
            "决定停止执行，或驳回申请人、第三人停止执行申请之日（第四十二条），可空。"),
    STAY_REQUESTED_BY("停止执行提出方", false, Type.CODE, StayRequester.class, "填写停止执行决定日期时必填。"),
    STAY_GRANTED("是否停止执行", false, Type.YES_NO, null, "是或否；否仅适用于申请人、第三人的申请被驳回。"),
    STAY_GROUND("停止执行情形", false, Type.CODE, StayGround.class, "停止执行的必填，须为提出方可援引的情形（第四十二条第一至四项）。"),
    STAY_LEGAL_BASIS("停止执行法律依据", false, Type.TEXT, null, "情形为法律、法规、规章规定停止执行的，填写所依据的条文。"),
    STAY_REASON("停止执行理由", false, Type.TEXT, null, "填写停止执行决定日期时必填。"),
    // the reconsideration committee's consultation (ARL 52, 61 ¶3)
    COMMITTEE_REFERRED("提请委员会咨询日期", false, Type.DATE, null, "提请行政复议委员会提出咨询意见之日（第五十二条第二款），可空。"),
    COMMITTEE_GROUND("提请咨询情形", false, Type.CODE, CommitteeGround.class, "填写提请咨询日期时必填（第五十二条第二款第一至四项）。"),
    COMMITTEE_QUESTIONS("咨询事项", false, Type.TEXT, null, "填写提请咨询日期时必填。"),
    COMMITTEE_OPINION_DATE("咨询意见日期", false, Type.DATE, null,
            "委员会开会并提出咨询意见之日（第五十二条第三款：应当记录在案）；对案件作出实体决定的，须在审结日期前。"),
    COMMITTEE_MEMBERS("参加咨询委员", false, Type.TEXT, null, "填写咨询意见日期时必填，多名以“、”分隔。"),
    COMMITTEE_OPINION("咨询意见", false, Type.TEXT, null, "填写咨询意见日期时必填。"),
    COMMITTEE_FOLLOWED("决定是否采纳咨询意见", false, Type.YES_NO, null, "是或否，须已审结（第六十一条第三款：作为重要参考）；可空。"),
    COMMITTEE_NOT_FOLLOWED_REASON("未采纳咨询意见理由", false, Type.TEXT, null, "未采纳的必填。"),
    // mediation (ARL 5, 73)
    MEDIATION_STARTED("调解开始日期", false, Type.DATE, null, "申请人与被申请人均同意调解之日（第五条：自愿），可空。"),
    MEDIATION_GROUND_2017("调解情形（2017年法）", false, Type.CODE, Ground2017.class,
            "2017 年法适用的案件必填：自由裁量行为，或行政赔偿、补偿纠纷（《行政复议法实施条例》第五十条）。"),
    MEDIATION_ENDED("调解结束日期", false, Type.DATE, null,
            "达成调解的，为调解书经各方签字、加盖印章生效之日（第七十三条第一款），决定类型应为调解；未达成的，为调解终结之日。"),
    MEDIATION_AGREED("是否达成调解", false, Type.YES_NO, null, "填写调解结束日期时必填。"),
    MEDIATION_CONTENT("调解协议内容", false, Type.TEXT, null, "达成调解的必填；复议机构确认其内容合法（第五条第二款）。"),
    MEDIATION_END_REASON("调解未成原因", false, Type.TEXT, null, "未达成调解的，可填写原因。"),
    // incidental review of normative documents (ARL 13, 39 ¶1 (九), 56-60)
    NORMATIVE_RAISED("附带审查开始日期", false, Type.DATE, null,
            "开始对规范性文件附带审查之日，案件自该日中止（第三十九条第一款第九项）；审查结束后请填写恢复审理日期，不再另填中止日期。"),
    NORMATIVE_RAISED_BY("附带审查提出方", false, Type.CODE, ReviewRaisedBy.class, "申请人一并提出（第十三条、第五十六条）或复议机关依职权（第五十七条）。"),
    NORMATIVE_TITLE("规范性文件名称", false, Type.TEXT, null, "填写附带审查开始日期时必填。"),
    NORMATIVE_KIND("规范性文件类别", false, Type.CODE, NormativeDocumentKind.class, "填写附带审查开始日期时必填；规章不属于申请人可一并提出审查的范围。"),
    NORMATIVE_ISSUER("制定机关", false, Type.TEXT, null, "填写附带审查开始日期时必填。"),
    NORMATIVE_CLAUSES("审查条款", false, Type.TEXT, null, "填写附带审查开始日期时必填，如 第十二条第二款。"),
    NORMATIVE_COMPETENT("本机关有权处理", false, Type.YES_NO, null, "是：本机关处理（第五十八、五十九条）；否：转送有权机关（第五十六、五十七条）。"),
    NORMATIVE_NOTICE("通知制定机关日期", false, Type.DATE, null, "本机关有权处理的（2023 年法）必填：书面通知制定机关说明之日（第五十八条）。"),
    NORMATIVE_ANSWER("制定机关答复日期", false, Type.DATE, null, "制定机关提交书面答复之日；未答复的可空（十个工作日届满后方可作出处理）。"),
    NORMATIVE_FORWARDED("转送日期", false, Type.DATE, null, "无权处理的必填：转送有权处理的机关之日。"),
    NORMATIVE_FORWARDED_TO("转送机关", false, Type.TEXT, null, "无权处理的必填。"),
    NORMATIVE_RESULT_DATE("附带审查结果日期", false, Type.DATE, null, "作出处理或收到有权机关处理结果之日（第五十九、六十条）；案件恢复审理前须有结果。"),
    NORMATIVE_RESULT("附带审查结果", false, Type.CODE, NormativeDocumentResult.class, "填写附带审查结果日期时必填。"),
    NORMATIVE_STOPPED_CLAUSES("停止执行的条款", false, Type.TEXT, null, "结果为不合法的必填。");

    /** The last column of the first release: a row's hash leaves out later columns while they are empty. */
    static final CaseColumn LAST_OF_FIRST_RELEASE = NOT_PUBLISHED_REASON;

    /** What a column holds. */
    public enum Type {
        TEXT, DATE, NUMBER, CODE, CODE_LIST, RESPONDENT, YES_NO
    }

    final String header;
    final boolean required;
    final Type type;
    final Object codes;
    final String note;

    CaseColumn(String header, boolean required, Type type, Object codes, String note) {
        this.header = header;
        this.required = required;
        this.type = type;
        this.codes = codes;
        this.note = note;
    }

    public String header() {
        return header;
    }

    @SuppressWarnings("unchecked")
    Class<? extends Enum<?>> enumType() {
        return (Class<? extends Enum<?>>) codes;
    }

    /** The labels of an enum column's codes, in order. */
    java.util.List<String> enumLabels() {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (Enum<?> e : enumType().getEnumConstants()) {
            labels.add(((Labelled) e).labelZh());
        }
        return labels;
    }
}
