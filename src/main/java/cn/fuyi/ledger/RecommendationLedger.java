package cn.fuyi.ledger;

import static cn.fuyi.ledger.LedgerField.code;
import static cn.fuyi.ledger.LedgerField.date;
import static cn.fuyi.ledger.LedgerField.text;
import static cn.fuyi.ledger.LedgerField.yesNo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.recommendation.Recommendation;
import cn.fuyi.litigation.recommendation.RecommendationKind;
import cn.fuyi.litigation.recommendation.RecommendationService;

/**
 * The recommendation ledger (司法建议、检察建议台账): one row is one judicial or procuratorial recommendation the
 * government or an agency received, keyed by its document number, with its answer. Written through
 * {@link RecommendationService} as the API writes it (receive, then answer), so the statutory answer periods apply
 * (公益诉讼解释 art. 21: two months, 15 days when the harm spreads; 法释〔2018〕1号 art. 149: 60 days on a normative
 * document). A recommendation arising from a lawsuit names its court number; the lawsuit must be in Fuyi.
 */
@ApplicationScoped
public class RecommendationLedger implements RowLedger {

    static final LedgerField NUMBER = text("文书编号", true, 64, "建议书的文号，如 （2023）苏0585司建1号；同一机关内不得重复，导入后保留。");
    static final LedgerField KIND = code("建议类型", true, RecommendationKind.class, "司法建议或检察建议。");
    static final LedgerField ISSUER = text("发出机关", true, 100, "如 太仓市人民法院、太仓市人民检察院。");
    static final LedgerField LAWSUIT = text("关联法院案号", false, 64, "因行政诉讼案件发出的，填写法院案号；该案须已在系统中（可先导入应诉台账）。");
    static final LedgerField ADDRESSEE = text("被建议单位", true, 100, "建议书的主送单位。");
    static final LedgerField RESPONDENT = LedgerField.respondents("被建议的被申请人", false, false, "主送单位是本机关登记的被申请人的，从下拉列表选择，可空。");
    static final LedgerField SUBJECT = text("建议事项", true, 1000, "建议的内容摘要。");
    static final LedgerField RECEIVED = date("收到日期", true, "收到建议书之日。");
    static final LedgerField DUE = date("答复期限", false, "空时按法定期限：检察建议两个月（危害持续扩大的十五日），涉及规范性文件的司法建议六十日，其他司法建议无法定期限。");
    static final LedgerField HARM = yesNo("危害持续扩大", false, "仅检察建议：国家利益或社会公共利益损害继续扩大的填“是”（公益诉讼解释第二十一条）。");
    static final LedgerField NORMATIVE = yesNo("涉及规范性文件", false, "仅司法建议：建议修改或废止规范性文件的填“是”（法释〔2018〕1号第一百四十九条）。");
    static final LedgerField ANSWERED = date("答复日期", false, "书面答复之日，可空。");
    static final LedgerField SUMMARY = text("答复情况", false, 2000, "可空；填写时须有答复日期。");

    private static final List<LedgerField> FIELDS = List.of(NUMBER, KIND, ISSUER, LAWSUIT, ADDRESSEE, RESPONDENT, SUBJECT, RECEIVED, DUE,
            HARM, NORMATIVE, ANSWERED, SUMMARY);

    @Inject
    AuditLog audit;
    @Inject
    RecommendationService recommendations;

    @Override
    public LedgerKind kind() {
        return LedgerKind.RECOMMENDATIONS;
    }

    @Override
    public String sheetName() {
        return "司法建议检察建议台账";
    }

    @Override
    public List<LedgerField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> explanation() {
        return List.of("一行为一份司法建议或检察建议，以文书编号区分；已答复的，同一行填写答复日期和答复情况。",
                "本机关自己发出的行政复议意见书、建议书在行政复议案件中制作和跟踪（意见书），不在本表；由其产生的整改事项可在整改台账中以意见书文号引用。",
                "日期格式 2019-01-03（或 2019/1/3、2019年1月3日）；代码可填写下拉列表中的中文，也可填写英文代码。",
                "以 =、+、-、@ 开头的内容按文本读取，不会作为公式计算。");
    }

    @Override
    public LedgerCells.Lookups lookups(long organId) {
        return LedgerCells.load(organId, kind(),
                "SELECT document_number, id FROM recommendation WHERE organ_id = ?1 AND document_number IS NOT NULL",
                "SELECT court_case_number, id FROM lawsuit WHERE organ_id = ?1");
    }

    @Override
    public void check(LedgerRecord r, LedgerCells c, List<RowError> errors) {
        if (r.has(NUMBER)) {
            c.key(r, NUMBER, r.text(NUMBER), errors);
        }
        if (r.has(LAWSUIT)) {
            Long id = c.lookups.references().get(r.text(LAWSUIT));
            if (id == null) {
                errors.add(LedgerCells.error(r, LAWSUIT, "LEDGER_LAWSUIT_UNKNOWN", r.text(LAWSUIT)));
            } else {
                r.values.put(LAWSUIT, id);
            }
        }
        RecommendationKind kind = r.value(KIND);
        if (r.yes(HARM) && kind == RecommendationKind.JUDICIAL) {
            errors.add(LedgerCells.error(r, HARM, "LEDGER_ONLY_FOR_KIND", HARM.header(), RecommendationKind.PROCURATORIAL.labelZh()));
        }
        if (r.yes(NORMATIVE) && kind == RecommendationKind.PROCURATORIAL) {
            errors.add(LedgerCells.error(r, NORMATIVE, "LEDGER_ONLY_FOR_KIND", NORMATIVE.header(), RecommendationKind.JUDICIAL.labelZh()));
        }
        c.notBefore(r, DUE, RECEIVED, errors);
        c.notBefore(r, ANSWERED, RECEIVED, errors);
        c.needs(r, SUMMARY, ANSWERED, errors);
    }

    @Override
    public long write(long organId, LedgerRecord r) {
        return audit.importing(SubjectType.RECOMMENDATION, organId, () -> writeSteps(organId, r), id -> Recommendation.findById(id));
    }

    private long writeSteps(long organId, LedgerRecord r) {
        List<LedgerCells.Defendant> respondent = r.value(RESPONDENT);
        Long respondentId = respondent == null || respondent.isEmpty() ? null : respondent.get(0).respondentId();
        LawsuitInputs.RecommendationInput in = new LawsuitInputs.RecommendationInput(r.value(KIND), r.text(ISSUER), r.text(NUMBER),
                r.value(LAWSUIT), organId, respondentId, r.text(ADDRESSEE), r.text(SUBJECT), r.date(RECEIVED), r.date(DUE),
                r.yes(HARM) ? Boolean.TRUE : null, r.yes(NORMATIVE) ? Boolean.TRUE : null);
        long id = RowLedgerRunner.run(RECEIVED, () -> {
            try {
                return recommendations.receive(in);
            } catch (ApiException e) {
                throw new RowLedgerRunner.RowFailure(column(e), e);
            }
        }).id;
        if (r.has(ANSWERED)) {
            RowLedgerRunner.run(ANSWERED, () -> recommendations.answer(id, VersionCheck.NONE,
                    new LawsuitInputs.Answer(r.date(ANSWERED), r.text(SUMMARY))));
        }
        return id;
    }

    /** The column a refusal of {@code receive} is about. */
    private static LedgerField column(ApiException e) {
        String field = e.errors() == null || e.errors().isEmpty() ? "" : e.errors().get(0).field();
        return switch (field) {
            case "harmSpreading" -> HARM;
            case "normativeDocument" -> NORMATIVE;
            case "answerDueDate" -> DUE;
            case "lawsuitId" -> LAWSUIT;
            case "respondentId" -> RESPONDENT;
            default -> RECEIVED;
        };
    }
}
