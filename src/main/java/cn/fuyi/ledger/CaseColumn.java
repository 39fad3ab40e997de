package cn.fuyi.ledger;

import cn.fuyi.common.Labelled;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/**
 * The columns of the reconsideration-case ledger (复议案件台账), one finished or open case a row, in template
 * order: its Chinese header, whether it must be filled, what it holds, and the note the template's notes sheet
 * shows. Codes may be given as the label the dropdown offers or as the stable English code.
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
    NOT_PUBLISHED_REASON("不予公开理由", false, Type.TEXT, null, "不公开的，填写理由（记录日期取送达日期）。");

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
