package cn.fuyi.reconsideration;

import static cn.fuyi.reconsideration.CaseState.ACCEPTED;
import static cn.fuyi.reconsideration.CaseState.AWAITING_CORRECTION;
import static cn.fuyi.reconsideration.CaseState.CONCLUDED;
import static cn.fuyi.reconsideration.CaseState.IN_REVIEW;
import static cn.fuyi.reconsideration.CaseState.RECEIVED;
import static cn.fuyi.reconsideration.CaseState.SERVED;
import static cn.fuyi.reconsideration.CaseState.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;

import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleStep;

/**
 * Every named step a reconsideration case can take: the states it may start from and the state it leads to
 * ({@code null}: the case stays where it is). This table is the case's state machine; nothing else decides
 * whether a step is allowed.
 */
public enum Transition implements LifecycleStep<CaseState> {
    RECEIVE("收到申请", "Application received", "ARL 22", Set.of(), RECEIVED),
    ASSIGN_CLERK("指定承办人", "Assign the clerk", "ARL 36", notTerminal(), null),
    UPDATE_DETAILS("更正案件信息", "Correct case details", null, notTerminal(), null),
    REQUEST_CORRECTION("通知补正", "Request correction", "ARL 31", Set.of(RECEIVED), AWAITING_CORRECTION),
    EXTEND_CORRECTION_PERIOD("延长补正期限", "Extend the correction period", "ARL 31", Set.of(AWAITING_CORRECTION), null),
    RECEIVE_CORRECTION("收到补正材料", "Correction received", "ARL 31", Set.of(AWAITING_CORRECTION), RECEIVED),
    ABANDON("视为放弃申请", "Deem the application abandoned", "ARL 31", Set.of(AWAITING_CORRECTION), CaseState.ABANDONED),
    ACCEPT("决定受理", "Accept", "ARL 30", Set.of(RECEIVED), ACCEPTED),
    DEEM_ACCEPTED("视为受理", "Deem accepted", "ARL 30", Set.of(RECEIVED), ACCEPTED),
    NOT_ACCEPT("不予受理", "Not accept", "ARL 30", Set.of(RECEIVED), CaseState.NOT_ACCEPTED),
    RECORD_SUPERIOR_COMPLAINT("记录向上级行政机关反映", "Record a complaint to the superior organ", "ARL 35",
            Set.of(CaseState.NOT_ACCEPTED, ACCEPTED, IN_REVIEW, SUSPENDED, CONCLUDED, SERVED), null),
    RECORD_SUPERIOR_COMPLAINT_OUTCOME("记录上级行政机关处理结果", "Record the superior organ's answer", "ARL 35",
            Set.of(CaseState.NOT_ACCEPTED, ACCEPTED, IN_REVIEW, SUSPENDED, CONCLUDED, SERVED), null),
    CHOOSE_PROCEDURE("确定审理程序", "Choose the procedure", "ARL 49, 53", Set.of(ACCEPTED), IN_REVIEW),
    CONVERT_TO_ORDINARY("简易程序转普通程序", "Convert to the ordinary procedure", "ARL 55", Set.of(IN_REVIEW), null),
    SEND_COPY("发送申请书副本", "Send the application to the respondent", "ARL 48, 54", Set.of(IN_REVIEW), null),
    RECEIVE_REPLY("收到答复及证据", "Respondent's reply received", "ARL 48, 54", Set.of(IN_REVIEW), null),
    SUSPEND("中止审理", "Suspend", "ARL 39", Set.of(IN_REVIEW), SUSPENDED),
    RESUME("恢复审理", "Resume", "ARL 39", Set.of(SUSPENDED), IN_REVIEW),
    EXTEND("延长审理期限", "Extend the decision period", "ARL 62", Set.of(IN_REVIEW, SUSPENDED), null),
    START_EXCLUDED_PERIOD("开始现场勘验或鉴定", "Start a site inspection or appraisal", "Regulations 2007 arts. 34, 37",
            Set.of(IN_REVIEW, SUSPENDED), null),
    END_EXCLUDED_PERIOD("现场勘验或鉴定结束", "End a site inspection or appraisal", "Regulations 2007 arts. 34, 37",
            Set.of(IN_REVIEW, SUSPENDED), null),
    SCHEDULE_HEARING("安排听证", "Schedule a hearing", "ARL 50, 51", Set.of(IN_REVIEW), null),
    HOLD_HEARING("举行听证", "Hearing held", "ARL 50, 51", Set.of(IN_REVIEW), null),
    POSTPONE_HEARING("延期听证", "Postpone a hearing", "ARL 51", Set.of(IN_REVIEW, SUSPENDED), null),
    CANCEL_HEARING("取消听证", "Cancel a hearing", "ARL 51", Set.of(IN_REVIEW, SUSPENDED), null),
    RECORD_HEARING_WAIVED("申请人拒不参加听证，视为放弃听证权利", "Applicant refused to attend: hearing waived", "ARL 51",
            Set.of(IN_REVIEW), null),
    HEAR_PARTY_OPINION("听取当事人意见", "Hear a party's opinion", "ARL 49", Set.of(IN_REVIEW, SUSPENDED), null),
    RECORD_OPINION_NOT_HEARD("记录未能听取意见的原因", "Record why a party's opinion could not be heard", "ARL 49",
            Set.of(IN_REVIEW, SUSPENDED), null),
    RAISE_NORMATIVE_DOCUMENT_REVIEW("规范性文件附带审查（中止审理）", "Start the incidental review of a normative document (suspends the case)",
            "ARL 13, 39, 56, 57", Set.of(IN_REVIEW, SUSPENDED), SUSPENDED),
    NOTIFY_DRAFTING_ORGAN("书面通知制定机关答复", "Ask the drafting organ for a written answer", "ARL 58", Set.of(SUSPENDED), null),
    RECEIVE_DRAFTING_ORGAN_ANSWER("收到制定机关书面答复", "Drafting organ's answer received", "ARL 58", Set.of(SUSPENDED), null),
    FORWARD_NORMATIVE_DOCUMENT("转送有权机关处理", "Forward the document to the competent organ", "ARL 56, 57", Set.of(SUSPENDED), null),
    RECORD_NORMATIVE_DOCUMENT_RESULT("记录规范性文件审查结论", "Record the result of the normative document review", "ARL 59, 60",
            Set.of(SUSPENDED), null),
    REFER_TO_COMMITTEE("提请行政复议委员会咨询", "Refer to the reconsideration committee", "ARL 52", Set.of(IN_REVIEW, SUSPENDED), null),
    RECORD_COMMITTEE_OPINION("记录行政复议委员会咨询意见", "Record the committee's opinion", "ARL 52", Set.of(IN_REVIEW, SUSPENDED), null),
    DECIDE_STAY_OF_EXECUTION("停止执行决定", "Decide on a stay of execution", "ARL 42", Set.of(ACCEPTED, IN_REVIEW, SUSPENDED), null),
    DISMISS_APPLICATION("驳回行政复议申请", "Dismiss the application", "ARL 33", Set.of(ACCEPTED, IN_REVIEW), CONCLUDED),
    CONCLUDE("作出行政复议决定", "Decide", "ARL 62-74", Set.of(ACCEPTED, IN_REVIEW, SUSPENDED), CONCLUDED),
    SERVE("送达决定书", "Serve the decision", "ARL 75", Set.of(CONCLUDED), SERVED),
    PUBLISH("公开决定书", "Publish the decision", "ARL 79", Set.of(SERVED), null),
    RECORD_NOT_PUBLISHED("记录不予公开理由", "Record why the decision is not published", "ARL 79", Set.of(SERVED), null),
    RECORD_COMMITTEE_OPINION_ADOPTION("记录咨询意见采纳情况", "Record whether the decision followed the committee's opinion", "ARL 61",
            Set.of(CONCLUDED, SERVED), null),
    ISSUE_OPINION_LETTER("制发行政复议意见书", "Issue an opinion letter", "ARL 76", Set.of(CONCLUDED, SERVED), null),
    ANSWER_OPINION_LETTER("收到意见书整改情况", "Opinion letter answered", "ARL 76", Set.of(CONCLUDED, SERVED), null),
    RECORD_OPINION_LETTER_RECEIPT("有关机关收到意见书", "The agency received the opinion letter", "ARL 76", Set.of(CONCLUDED, SERVED), null),
    COPY_OPINION_LETTER_TO_SUPERIOR("意见书抄告上一级主管部门", "Copy the opinion letter to the respondent's superior department",
            "ARL 79", Set.of(CONCLUDED, SERVED), null),
    COPY_DECISION_TO_SUPERIOR("决定书抄告上一级主管部门", "Copy the decision to the respondent's superior department", "ARL 79",
            Set.of(SERVED), null),
    CONSENT_TO_MEDIATION("当事人同意调解或和解", "A party consents to mediation or settlement", "ARL 5, 39, 74", mediating(), null),
    HOLD_MEDIATION_SESSION("进行调解", "Mediation session held", "ARL 5, 73", mediating(), null),
    DRAW_UP_MEDIATION_AGREEMENT("制作行政复议调解书", "Draw up the mediation agreement", "ARL 5, 73", mediating(), null),
    SIGN_MEDIATION_AGREEMENT("当事人签署调解书", "A party signs the mediation agreement", "ARL 73", mediating(), null),
    SEAL_MEDIATION_AGREEMENT("调解书加盖行政复议机关印章", "Seal the mediation agreement", "ARL 73", mediating(), null),
    BACK_OUT_OF_MEDIATION("调解书生效前一方反悔", "A party backs out before the agreement takes effect", "ARL 73", mediating(), null),
    END_MEDIATION("调解、和解未达成协议", "Mediation or settlement ends without agreement", "ARL 73, 74", mediating(), null),
    RECORD_SETTLEMENT("当事人达成和解", "Settlement reached", "ARL 74", mediating(), null),
    WITHDRAW_AFTER_SETTLEMENT("和解后申请人撤回申请", "The applicant withdraws after settlement", "ARL 74", mediating(), null),
    RECORD_OBLIGATION("记录履行事项", "Record what the respondent must carry out", "ARL 64, 66, 71, 72, 77",
            Set.of(CONCLUDED, SERVED), null),
    SET_PERFORMANCE_DUE("确定或改定履行期限", "Set or change the due date of an obligation", "ARL 64, 66, 77",
            Set.of(CONCLUDED, SERVED), null),
    REPORT_PERFORMANCE("收到履行情况报告", "The respondent reports performance", "ARL 77", Set.of(CONCLUDED, SERVED), null),
    SUPERVISE_PERFORMANCE("履行监督", "Supervise performance: order by a date, summons, circular, transfer", "ARL 77, 85",
            Set.of(CONCLUDED, SERVED), null);

    private final String zh;
    private final String en;
    private final String article;
    private final Set<CaseState> from;
    private final CaseState to;

    Transition(String zh, String en, String article, Set<CaseState> from, CaseState to) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.from = from.isEmpty() ? Set.of() : EnumSet.copyOf(from);
        this.to = to;
    }

    /** Mediation and settlement go on from acceptance to the decision, a suspension under ARL 39 ¶1 (六) included. */
    private static Set<CaseState> mediating() {
        return Set.of(ACCEPTED, IN_REVIEW, SUSPENDED);
    }

    private static Set<CaseState> notTerminal() {
        EnumSet<CaseState> s = EnumSet.noneOf(CaseState.class);
        for (CaseState c : CaseState.values()) {
            if (!c.terminal()) {
                s.add(c);
            }
        }
        return s;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    @Override
    public CaseState target(CaseState current) {
        return to == null ? current : to;
    }

    /** The steps a case in {@code state} may take, in table order (intake excluded). */
    public static java.util.List<Transition> allowedIn(CaseState state) {
        return Lifecycle.allowedIn(Transition.class, state, Set.of(RECEIVE));
    }

}
