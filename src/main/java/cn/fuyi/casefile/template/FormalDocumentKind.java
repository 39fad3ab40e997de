package cn.fuyi.casefile.template;

import static cn.fuyi.casefile.template.Placeholder.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.fuyi.casefile.DocumentKind;
import cn.fuyi.common.Labelled;

/**
 * The formal documents (法律文书) Fuyi generates from templates, each with the case-file kind it is stored as, the
 * code its document number carries (太政复<b>不受</b>字〔2026〕3号) and the placeholders its template may use beyond
 * the common ones.
 */
public enum FormalDocumentKind implements Labelled {
    /** ARL 30 ¶1. */
    ACCEPTANCE_NOTICE("受理通知书", "Notice of acceptance", DocumentKind.NOTICE, "受", acceptedDate, decisionDueDate),
    /** ARL 30 ¶1, 2. */
    NON_ACCEPTANCE_DECISION("不予受理决定书", "Decision not to accept", DocumentKind.DECISION, "不受", notAcceptedDate,
            notAcceptedReason, competentOrgan),
    /** ARL 31. */
    CORRECTION_NOTICE("补正通知书", "Notice to correct the application", DocumentKind.NOTICE, "补", correctionItems,
            correctionPeriodDays, correctionRequestedDate),
    /** ARL 48, 54: to the respondent, with the copy of the application. */
    REPLY_NOTICE("行政复议答复通知书", "Notice to the respondent to reply", DocumentKind.NOTICE, "答", acceptedDate,
            replyPeriodDays, copySentDate),
    /** ARL 50, 51. */
    HEARING_NOTICE("听证通知书", "Notice of hearing", DocumentKind.NOTICE, "听", hearingDate, hearingPlace, hearingIssues,
            hearingNoticeDate),
    /** ARL 39 ¶2. */
    SUSPENSION_NOTICE("中止审理通知书", "Notice of suspension", DocumentKind.NOTICE, "中止", suspensionDate, suspensionGround,
            suspensionReason),
    /** ARL 40. */
    RESUMPTION_NOTICE("恢复审理通知书", "Notice of resumption", DocumentKind.NOTICE, "恢复", suspensionDate, resumptionDate),
    /** ARL 62 ¶1: the extension is notified to the parties in writing. */
    EXTENSION_NOTICE("延期审理通知书", "Notice of extension", DocumentKind.NOTICE, "延", extensionDate, extensionDays,
            extensionReason, decisionDueDate),
    /** ARL 41, 74. */
    TERMINATION_DECISION("终止行政复议决定书", "Decision to terminate", DocumentKind.DECISION, "终", concludedDate,
            terminationGround, decisionArticle),
    /** ARL 61–72, 75. */
    DECISION("行政复议决定书", "Reconsideration decision", DocumentKind.DECISION, "决", concludedDate, decisionType,
            decisionArticle, decisionSummary),
    /** ARL 73. */
    MEDIATION_AGREEMENT("行政复议调解书", "Mediation agreement", DocumentKind.DECISION, "调", mediationContent, mediationDate),
    /** ARL 76. */
    OPINION_LETTER("行政复议意见书", "Opinion letter", DocumentKind.NOTICE, "意", opinionSubject, opinionIssuedDate),
    /** Service of a document on one recipient (送达回证, CPL 87 applied by ARL 88). */
    SERVICE_RECEIPT("送达回证", "Proof of service", DocumentKind.SERVICE_RECEIPT, "送", servedDocumentTitle,
            servedDocumentNumber, recipientAddress);

    /** What every kind's template may use. */
    public static final Set<Placeholder> COMMON = Collections.unmodifiableSet(EnumSet.of(organName, organShortName,
            documentNumber, documentDate, caseNumber, receivedDate, applicants, applicantDetails, agents, thirdParties,
            respondent, actDescription, actDocumentNumber, actDate, request, recipient));

    private final String zh;
    private final String en;
    private final DocumentKind documentKind;
    private final String numberCode;
    private final Set<Placeholder> own;

    FormalDocumentKind(String zh, String en, DocumentKind documentKind, String numberCode, Placeholder... own) {
        this.zh = zh;
        this.en = en;
        this.documentKind = documentKind;
        this.numberCode = numberCode;
        this.own = own.length == 0 ? EnumSet.noneOf(Placeholder.class) : EnumSet.of(own[0], own);
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** The kind of case-file document the generated file is stored as. */
    public DocumentKind documentKind() {
        return documentKind;
    }

    /** The code between the organ's prefix and 字 in the default document number. */
    public String numberCode() {
        return numberCode;
    }

    /** The placeholders this kind's template may use: the common ones, then its own, in declaration order. */
    public List<Placeholder> placeholders() {
        List<Placeholder> all = new ArrayList<>();
        for (Placeholder p : Placeholder.values()) {
            if (COMMON.contains(p) || own.contains(p)) {
                all.add(p);
            }
        }
        return all;
    }

    public boolean offers(String name) {
        for (Placeholder p : placeholders()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The built-in template's resource path. */
    public String builtInResource() {
        return "templates/" + name().toLowerCase(java.util.Locale.ROOT) + ".docx";
    }
}
