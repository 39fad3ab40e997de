package cn.fuyi.ledger;

import static cn.fuyi.ledger.LedgerField.code;
import static cn.fuyi.ledger.LedgerField.date;
import static cn.fuyi.ledger.LedgerField.text;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.rectification.RectificationItem;
import cn.fuyi.litigation.rectification.RectificationService;
import cn.fuyi.litigation.rectification.RectificationSource;

/**
 * The rectification ledger (整改台账): one row is one rectification item an agency must carry out, arising from a
 * corrected reconsideration case, an opinion letter (行政复议意见书, ARL 76), a lost lawsuit or a recommendation,
 * named by the source's number (case number, the letter's document number, court number, the recommendation's
 * document number), which must be in Fuyi in this organ. Written through {@link RectificationService} as the API
 * writes it (open, then close when the ledger gives the date it was done). An item has no number of its own: it is
 * known by its source and its problem, so the same source and problem twice is a duplicate.
 */
@ApplicationScoped
public class RectificationLedger implements RowLedger {

    static final LedgerField SOURCE = code("整改来源", true, RectificationSource.class, "被纠错的行政复议案件、行政复议意见书、败诉的行政诉讼案件或司法建议、检察建议。");
    static final LedgerField SOURCE_NUMBER = text("来源编号", true, 100,
            "来源的编号：复议案号、意见书文号、法院案号或建议书文号；该来源须已在系统中（可先导入相应台账）。");
    static final LedgerField RESPONDENT = LedgerField.respondents("整改单位", false, false, "负责整改的被申请人；空时取来源的被申请人（或败诉的第一个被告）。");
    static final LedgerField PROBLEM = text("存在问题", true, 5000, "需要整改的问题。同一来源的同一问题只能登记一次。");
    static final LedgerField DUE = date("整改期限", true, "整改应完成之日。");
    static final LedgerField ACTIONS = text("整改措施", false, 5000, "已采取的整改措施；填写完成日期时必填。");
    static final LedgerField EVIDENCE = text("佐证材料", false, 2000, "可空。");
    static final LedgerField CLOSED = date("整改完成日期", false, "整改完成之日，可空（未完成）。");

    private static final List<LedgerField> FIELDS = List.of(SOURCE, SOURCE_NUMBER, RESPONDENT, PROBLEM, DUE, ACTIONS, EVIDENCE, CLOSED);

    @Inject
    AuditLog audit;
    @Inject
    RectificationService rectifications;

    @Override
    public LedgerKind kind() {
        return LedgerKind.RECTIFICATIONS;
    }

    @Override
    public String sheetName() {
        return "整改台账";
    }

    @Override
    public List<LedgerField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> explanation() {
        return List.of("一行为一项整改事项，以整改来源、来源编号和存在问题区分；已完成的，同一行填写整改措施和完成日期。",
                "来源须先在系统中：复议案件（导入复议案件台账）、败诉的诉讼案件（导入应诉台账）、司法建议或检察建议（导入建议台账）、意见书（在复议案件中制作）。",
                "日期格式 2019-01-03（或 2019/1/3、2019年1月3日）；代码可填写下拉列表中的中文，也可填写英文代码。",
                "以 =、+、-、@ 开头的内容按文本读取，不会作为公式计算。");
    }

    @Override
    public LedgerCells.Lookups lookups(long organId) {
        // items entered through the API have no key of the ledger's: only imported ones are known as duplicates
        return LedgerCells.load(organId, kind(), "SELECT record_key, record_id FROM import_row WHERE organ_id = ?1 AND ledger = 'RECTIFICATIONS'",
                "SELECT CONCAT('RECONSIDERATION_CASE:', case_number), id FROM reconsideration_case WHERE organ_id = ?1"
                        + " UNION ALL SELECT CONCAT('LAWSUIT:', court_case_number), id FROM lawsuit WHERE organ_id = ?1"
                        + " UNION ALL SELECT CONCAT('RECOMMENDATION:', document_number), id FROM recommendation WHERE organ_id = ?1"
                        + " AND document_number IS NOT NULL"
                        + " UNION ALL SELECT CONCAT('OPINION_LETTER:', l.document_number), l.id FROM opinion_letter l"
                        + " JOIN reconsideration_case c ON c.id = l.case_id WHERE c.organ_id = ?1 AND l.document_number IS NOT NULL");
    }

    @Override
    public void check(LedgerRecord r, LedgerCells c, List<RowError> errors) {
        RectificationSource source = r.value(SOURCE);
        if (source != null && r.has(SOURCE_NUMBER)) {
            Long id = c.lookups.references().get(source.name() + ":" + r.text(SOURCE_NUMBER));
            if (id == null) {
                errors.add(LedgerCells.error(r, SOURCE_NUMBER, "LEDGER_SOURCE_UNKNOWN", r.text(SOURCE_NUMBER), source.labelZh()));
            } else {
                r.values.put(SOURCE_NUMBER, id);
            }
            if (r.has(PROBLEM)) {
                String problem = r.text(PROBLEM);
                String shown = r.text(SOURCE_NUMBER) + "／" + (problem.length() > 20 ? problem.substring(0, 20) + "…" : problem);
                c.key(r, PROBLEM, LedgerCells.digest(source.name(), r.text(SOURCE_NUMBER), problem), shown, errors);
            }
        }
        c.needs(r, CLOSED, ACTIONS, errors);
        c.needs(r, EVIDENCE, CLOSED, errors);
    }

    @Override
    public long write(long organId, LedgerRecord r) {
        return audit.importing(SubjectType.RECTIFICATION, organId, () -> writeSteps(organId, r), id -> RectificationItem.findById(id));
    }

    private long writeSteps(long organId, LedgerRecord r) {
        List<LedgerCells.Defendant> respondent = r.value(RESPONDENT);
        Long respondentId = respondent == null || respondent.isEmpty() ? null : respondent.get(0).respondentId();
        long sourceId = r.<Long>value(SOURCE_NUMBER);
        long id = RowLedgerRunner.run(SOURCE_NUMBER, () -> rectifications.open(new LawsuitInputs.RectificationInput(r.value(SOURCE),
                sourceId, respondentId, r.text(PROBLEM), r.date(DUE)))).id;
        if (r.has(CLOSED)) {
            RowLedgerRunner.run(CLOSED, () -> rectifications.close(id, VersionCheck.NONE,
                    new LawsuitInputs.CloseRectification(r.date(CLOSED), r.text(ACTIONS), r.text(EVIDENCE))));
        }
        return id;
    }
}
