package cn.fuyi.ledger;

import static cn.fuyi.ledger.LedgerField.code;
import static cn.fuyi.ledger.LedgerField.codeList;
import static cn.fuyi.ledger.LedgerField.date;
import static cn.fuyi.ledger.LedgerField.text;
import static cn.fuyi.ledger.LedgerField.yesNo;
import static cn.fuyi.ledger.RowLedgerRunner.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.litigation.CounselType;
import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.api.LawsuitInputs.AppearanceInput;
import cn.fuyi.litigation.api.LawsuitInputs.DefendantInput;
import cn.fuyi.litigation.defendant.LawsuitDefendant;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.litigation.outcome.OutcomeSteps;
import cn.fuyi.litigation.session.AbsenceReason;
import cn.fuyi.litigation.session.HeadRank;
import cn.fuyi.litigation.session.SessionSteps;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;
import cn.fuyi.reconsideration.intake.PartyKind;

/**
 * The lawsuit ledger (行政应诉案件台账, with the head-appearance ledger 负责人出庭台账 folded in): one row is one
 * lawsuit in one instance, keyed by the court's case number (ALL 26, 67; 法释〔2020〕3号), with up to
 * {@value #SESSIONS} court sessions as repeated groups of columns — who appeared for the first-named defendant at
 * each: the head (负责人, with rank, whether the head spoke on the substance, art. 11) or, when no head came, the
 * reason (arts. 8-9) and the staff who went — then the outcome (ALL 58-89), its service and its becoming final
 * (ALL 85). An appeal or retrial is a row of its own naming the first instance's number (原审案号); the first
 * instance must come earlier in the file or be in Fuyi already.
 *
 * <p>Why sessions as repeated columns and not a second sheet keyed by the court number: a bureau's 负责人出庭台账 is kept
 * per lawsuit with the sessions side by side (rarely more than two or three per instance), a CSV has one sheet only,
 * and one row then carries everything the statistics count for the suit. A lawsuit with more sessions is entered
 * in Fuyi after the import (hold-session).
 *
 * <p>Each row goes through the litigation services the API calls (register, record-service, record-report,
 * submit-defence, hold-session, record-outcome, become-final), so the step table and every rule apply, and the
 * events carry {@code importedFrom}.
 */
@ApplicationScoped
public class LawsuitLedger implements RowLedger {

    /** Sessions a row can carry. */
    static final int SESSIONS = 3;

    static final LedgerField COURT_NUMBER = text("法院案号", true, 64,
            "法院立案的案号，如 （2019）苏0585行初12号（行政诉讼法第二十六条）；同一机关内不得重复，导入后保留原案号。");
    static final LedgerField COURT = text("审理法院", true, 100, "如 太仓市人民法院。");
    static final LedgerField INSTANCE = code("审级", true, Instance.class, "一审、二审或再审；须与案号中的“行初”“行终”“行再/行申”一致。");
    static final LedgerField PREVIOUS = text("原审案号", false, 64,
            "二审、再审必填：原审的法院案号；原审须在本表靠前的行中或已在系统中，且已作出裁判（二审）。");
    static final LedgerField CASE_NUMBER = text("关联复议案号", false, 64, "被诉行为经本机关复议的，填写复议案号，可空。");
    static final LedgerField PLAINTIFF = text("原告", true, 1000, "原告姓名或名称；多名以“、”分隔。");
    static final LedgerField PLAINTIFF_KIND = code("原告类型", true, PartyKind.class, "自然人、法人或其他组织。");
    static final LedgerField DEFENDANTS = LedgerField.respondents("被告", true, true,
            "本机关已登记的被申请人名称；复议机关作共同被告的（第二十六条第二款）填写本机关名称或“本机关”；多个以“、”分隔。出庭情况记在第一个被告名下。");
    static final LedgerField CATEGORY = codeList("行政管理类别", true, CodeItem.ACT_CATEGORY, "代码表 ACT_CATEGORY（下拉列表）。");
    static final LedgerField DOMAIN = codeList("行政管理领域", true, CodeItem.DOMAIN, "代码表 DOMAIN（下拉列表）。");
    static final LedgerField ACT = text("被诉行政行为", true, 1000, "如 某某行政处罚决定。");
    static final LedgerField CLAIMS = text("诉讼请求", true, 5000, "原告的诉讼请求。");
    static final LedgerField FILED = date("立案日期", true, "法院立案之日。");
    static final LedgerField SERVED = date("收到起诉状副本日期", false, "被告收到起诉状副本之日（第六十七条），可空。");
    static final LedgerField REPORTED = date("报备日期", false, "被告向本机关报备之日，可空。");
    static final LedgerField DEFENCE = date("提交答辩状日期", false, "提交答辩状及证据之日（第六十七条，收到副本之日起十五日内），可空。");
    static final LedgerField SIMPLIFIED = yesNo("适用简易程序", false, "是或否，仅一审；可空（否）。");
    static final LedgerField COUNSEL_TYPE = code("代理人类型", true, CounselType.class, "公职律师、法律顾问、外聘律师或无。");
    static final LedgerField COUNSEL_NAME = text("代理人", false, 100, "可空。");

    /** The columns of the n-th session (1-based). */
    record Session(LedgerField date, LedgerField headAppeared, LedgerField headName, LedgerField headPosition,
            LedgerField headRank, LedgerField headSpoke, LedgerField notified, LedgerField absence, LedgerField staff) {

        List<LedgerField> all() {
            return List.of(date, headAppeared, headName, headPosition, headRank, headSpoke, notified, absence, staff);
        }

        static Session of(int n) {
            String p = "第" + n + "次";
            return new Session(LedgerField.date(p + "开庭日期", false, "第 " + n + " 次开庭之日，可空。"),
                    yesNo(p + "负责人出庭", false, "是或否：被告负责人是否出庭应诉（法释〔2020〕3号）；填写开庭日期时必填。"),
                    text(p + "出庭负责人", false, 50, "负责人出庭的，填写姓名。"),
                    text(p + "负责人职务", false, 100, "如 局长、副局长。"),
                    code(p + "负责人级别", false, HeadRank.class, "负责人出庭的必填：正职、副职或其他参与分管的负责人（第二条）。"),
                    yesNo(p + "负责人出声", false, "负责人出庭并就实质问题发表意见的填“是”（第十一条）；可空（否）。"),
                    yesNo(p + "法院通知负责人出庭", false, "法院书面通知负责人出庭的填“是”（第四条、第五条）；可空（否）。"),
                    code(p + "负责人未出庭原因", false, AbsenceReason.class, "负责人未出庭的原因（第八条、第九条），可空。"),
                    text(p + "出庭工作人员", false, 200, "负责人未出庭时出庭的工作人员，以“、”分隔，可空。"));
        }
    }

    static final List<Session> SESSION_COLUMNS = List.of(Session.of(1), Session.of(2), Session.of(3));

    static final LedgerField OUTCOME = code("裁判结果", false, Outcome.class, "判决、裁定或调解结案（第五十八条至第八十九条）；填写裁判日期时必填。");
    static final LedgerField OUTCOME_DATE = date("裁判日期", false, "裁判文书作出之日；填写裁判结果时必填。");
    static final LedgerField OUTCOME_SERVED = date("裁判文书送达日期", false, "裁判文书送达被告之日，上诉期自此起算（第八十五条），可空。");
    static final LedgerField REDO = yesNo("判决重作", false, "撤销判决责令重新作出行政行为的填“是”；可空（否）。");
    static final LedgerField WITHDRAWN_CHANGED = yesNo("改变行为后撤诉", false, "被告改变被诉行为后原告撤诉（或按撤诉处理）的填“是”；可空（否）。");
    static final LedgerField FINAL = date("生效日期", false, "裁判生效之日（上诉期届满之后；不可上诉的，送达之后），可空。");
    static final LedgerField SUMMARY = text("裁判要旨", false, 5000, "可空。");

    private static final List<LedgerField> FIELDS;
    static {
        List<LedgerField> f = new ArrayList<>(List.of(COURT_NUMBER, COURT, INSTANCE, PREVIOUS, CASE_NUMBER, PLAINTIFF, PLAINTIFF_KIND,
                DEFENDANTS, CATEGORY, DOMAIN, ACT, CLAIMS, FILED, SERVED, REPORTED, DEFENCE, SIMPLIFIED, COUNSEL_TYPE, COUNSEL_NAME));
        SESSION_COLUMNS.forEach(s -> f.addAll(s.all()));
        f.addAll(List.of(OUTCOME, OUTCOME_DATE, OUTCOME_SERVED, REDO, WITHDRAWN_CHANGED, FINAL, SUMMARY));
        FIELDS = List.copyOf(f);
    }

    private static final VersionCheck ANY = VersionCheck.NONE;

    @Inject
    LitigationService lawsuits;
    @Inject
    AuditLog audit;
    @Inject
    SessionSteps sessions;
    @Inject
    OutcomeSteps outcomes;

    @Override
    public LedgerKind kind() {
        return LedgerKind.LAWSUITS;
    }

    @Override
    public String sheetName() {
        return "行政应诉案件台账";
    }

    @Override
    public List<LedgerField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> explanation() {
        return List.of("一行为一个审级的一件行政诉讼案件，以法院案号区分；二审、再审各占一行，填写原审案号，并排在原审之后。",
                "开庭情况（含负责人出庭，即负责人出庭台账的内容）按次填写在同一行：第1次、第2次、第3次开庭各一组列。"
                        + "负责人出庭台账一般按案件逐件登记、各次开庭并列，CSV 也只有一张表，故不另设开庭工作表；超过三次开庭的，导入后在系统中补录。",
                "出庭情况记在“被告”列第一个被告名下；复议机关作共同被告的，其出庭情况请导入后在系统中补录。",
                "日期格式 2019-01-03（或 2019/1/3、2019年1月3日）；代码可填写下拉列表中的中文，也可填写英文代码。",
                "以 =、+、-、@ 开头的内容按文本读取，不会作为公式计算。");
    }

    @Override
    public LedgerCells.Lookups lookups(long organId) {
        return LedgerCells.load(organId, kind(), "SELECT court_case_number, id FROM lawsuit WHERE organ_id = ?1",
                "SELECT case_number, id FROM reconsideration_case WHERE organ_id = ?1");
    }

    /** The court number of the instance a row continues, or null. */
    String refersTo(LedgerRecord r) {
        return r.text(PREVIOUS);
    }

    @Override
    public void check(LedgerRecord r, LedgerCells c, List<RowError> errors) {
        String number = r.text(COURT_NUMBER);
        if (number != null) {
            c.key(r, COURT_NUMBER, number, errors);
        }
        Instance instance = r.value(INSTANCE);
        if (instance != null && instance != Instance.FIRST) {
            c.needs(r, INSTANCE, PREVIOUS, errors);
        }
        if (instance == Instance.FIRST && r.has(PREVIOUS)) {
            errors.add(LedgerCells.error(r, PREVIOUS, "LEDGER_PREVIOUS_FIRST_INSTANCE"));
        }
        if (r.has(PREVIOUS) && !c.seen.containsKey(r.text(PREVIOUS)) && !c.lookups.existingKeys().containsKey(r.text(PREVIOUS))) {
            errors.add(LedgerCells.error(r, PREVIOUS, "LEDGER_PREVIOUS_UNKNOWN", r.text(PREVIOUS)));
        }
        if (r.has(CASE_NUMBER) && !c.lookups.references().containsKey(r.text(CASE_NUMBER))) {
            errors.add(LedgerCells.error(r, CASE_NUMBER, "LEDGER_CASE_UNKNOWN", r.text(CASE_NUMBER)));
        }
        c.notBefore(r, SERVED, FILED, errors);
        c.notBefore(r, REPORTED, FILED, errors);
        c.notBefore(r, DEFENCE, SERVED, errors);
        c.needs(r, DEFENCE, SERVED, errors);
        LedgerField previous = FILED;
        for (Session s : SESSION_COLUMNS) {
            for (LedgerField f : s.all()) {
                c.needs(r, f, s.date(), errors);
            }
            c.needs(r, s.date(), s.headAppeared(), errors);
            c.notBefore(r, s.date(), previous, errors);
            if (Boolean.TRUE.equals(r.value(s.headAppeared()))) {
                c.needs(r, s.headAppeared(), s.headName(), errors);
                c.needs(r, s.headAppeared(), s.headRank(), errors);
                c.exclusive(r, s.absence(), s.headAppeared(), errors);
            } else if (Boolean.FALSE.equals(r.value(s.headAppeared()))) {
                for (LedgerField f : List.of(s.headName(), s.headPosition(), s.headRank())) {
                    if (r.has(f)) {
                        errors.add(LedgerCells.error(r, f, "LEDGER_ONLY_WHEN_HEAD_APPEARED", f.header(), s.headAppeared().header()));
                    }
                }
                if (r.yes(s.headSpoke())) {
                    errors.add(LedgerCells.error(r, s.headSpoke(), "LEDGER_ONLY_WHEN_HEAD_APPEARED", s.headSpoke().header(),
                            s.headAppeared().header()));
                }
            }
            if (r.has(s.date())) {
                previous = s.date();
            }
            c.notBefore(r, OUTCOME_DATE, s.date(), errors);
        }
        for (int i = 1; i < SESSION_COLUMNS.size(); i++) {
            c.needs(r, SESSION_COLUMNS.get(i).date(), SESSION_COLUMNS.get(i - 1).date(), errors);
        }
        c.needs(r, OUTCOME, OUTCOME_DATE, errors);
        c.needs(r, OUTCOME_DATE, OUTCOME, errors);
        c.notBefore(r, OUTCOME_DATE, FILED, errors);
        c.notBefore(r, OUTCOME_SERVED, OUTCOME_DATE, errors);
        c.notBefore(r, FINAL, OUTCOME_SERVED, errors);
        for (LedgerField f : List.of(OUTCOME_SERVED, REDO, WITHDRAWN_CHANGED, SUMMARY)) {
            c.needs(r, f, OUTCOME, errors);
        }
        c.needs(r, FINAL, OUTCOME_SERVED, errors);
    }

    /**
     * Writes the lawsuit of {@code r}; its audit trail gets one record of the import, as a case's does
     * ({@link AuditLog#importing}, {@link CaseImporter#write}).
     */
    @Override
    public long write(long organId, LedgerRecord r) {
        return audit.importing(SubjectType.LAWSUIT, organId, () -> writeSteps(organId, r), id -> Lawsuit.findById(id));
    }

    private long writeSteps(long organId, LedgerRecord r) {
        List<LedgerCells.Defendant> named = r.value(DEFENDANTS);
        List<DefendantInput> defendants = named.stream().map(d -> new DefendantInput(d.respondentId(), d.organId())).toList();
        List<PartyInput> plaintiffs = new ArrayList<>();
        // names of parties are separated as the case ledger's applicants are: a comma may belong to a name
        for (String name : r.text(PLAINTIFF).split("\\s*[、；;]\\s*")) {
            plaintiffs.add(new PartyInput(r.value(PLAINTIFF_KIND), name, null, null, null, null, null, null));
        }
        Long previous = null;
        if (r.has(PREVIOUS)) {
            Lawsuit p = Lawsuit.find("organId = ?1 and courtCaseNumber = ?2", organId, r.text(PREVIOUS)).firstResult();
            if (p == null) {
                throw new RowLedgerRunner.RowFailure(PREVIOUS, ApiException.unprocessable("LAWSUIT_NOT_FOUND", r.text(PREVIOUS)));
            }
            previous = p.id;
        }
        Long caseId = null;
        if (r.has(CASE_NUMBER)) {
            caseId = ((Number) Lawsuit.getEntityManager().createNativeQuery(
                    "SELECT id FROM reconsideration_case WHERE organ_id = ?1 AND case_number = ?2").setParameter(1, organId)
                    .setParameter(2, r.text(CASE_NUMBER)).getSingleResult()).longValue();
        }
        LawsuitInputs.LawsuitInput in = new LawsuitInputs.LawsuitInput(organId, r.text(COURT), r.text(COURT_NUMBER), r.value(INSTANCE),
                previous, caseId, plaintiffs, defendants, r.value(CATEGORY), r.value(DOMAIN), r.text(ACT), r.text(CLAIMS),
                r.date(FILED), null, r.yes(SIMPLIFIED), r.value(COUNSEL_TYPE), r.text(COUNSEL_NAME), null);
        long id = run(COURT_NUMBER, () -> lawsuits.register(in)).id;
        long firstDefendant = LawsuitDefendant.<LawsuitDefendant>find("lawsuitId = ?1 order by position", id).firstResult().id;
        List<Step> steps = new ArrayList<>();
        int order = 0;
        add(steps, r, SERVED, order++, () -> lawsuits.recordService(id, ANY, new LawsuitInputs.DatedStep(r.date(SERVED), null)));
        add(steps, r, REPORTED, order++, () -> lawsuits.recordReport(id, ANY, new LawsuitInputs.DatedStep(r.date(REPORTED), null)));
        add(steps, r, DEFENCE, order++, () -> lawsuits.submitDefence(id, ANY, new LawsuitInputs.DatedStep(r.date(DEFENCE), null)));
        for (Session s : SESSION_COLUMNS) {
            boolean head = r.yes(s.headAppeared());
            add(steps, r, s.date(), order++, () -> sessions.holdSession(id, ANY, new LawsuitInputs.HoldSession(r.date(s.date()), null,
                    null, List.of(new AppearanceInput(firstDefendant, head, r.text(s.headName()), r.text(s.headPosition()),
                            r.value(s.headRank()), head && r.yes(s.headSpoke()), false, r.yes(s.notified()),
                            head ? null : r.value(s.absence()),
                            r.has(s.staff()) ? LedgerCells.names(r.text(s.staff())) : null, null, null)))));
        }
        add(steps, r, OUTCOME_DATE, order++, () -> outcomes.recordOutcome(id, ANY, new LawsuitInputs.RecordOutcome(r.date(OUTCOME_DATE),
                r.value(OUTCOME), r.yes(REDO) ? Boolean.TRUE : null, r.yes(WITHDRAWN_CHANGED) ? Boolean.TRUE : null,
                r.date(OUTCOME_SERVED), r.text(SUMMARY), null, null)));
        add(steps, r, FINAL, order++, () -> outcomes.becomeFinal(id, ANY, new LawsuitInputs.DatedStep(r.date(FINAL), null)));
        // in the order they happened; on one day, in the order of the ledger's columns
        steps.sort(Comparator.comparing(Step::date).thenComparingInt(Step::order));
        for (Step s : steps) {
            run(s.field(), () -> {
                s.action().run();
                return null;
            });
        }
        return id;
    }

    private record Step(LocalDate date, int order, LedgerField field, Runnable action) {
    }

    private static void add(List<Step> steps, LedgerRecord r, LedgerField date, int order, Runnable action) {
        if (r.date(date) != null) {
            steps.add(new Step(r.date(date), order, date, action));
        }
    }
}
