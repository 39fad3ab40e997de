package cn.fuyi.casefile.template;

import static cn.fuyi.casefile.template.OfficialLayout.BODY_FONT;
import static cn.fuyi.casefile.template.OfficialLayout.BODY_POINTS;
import static cn.fuyi.casefile.template.OfficialLayout.TITLE_FONT;
import static cn.fuyi.casefile.template.OfficialLayout.TITLE_POINTS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Writes Fuyi's built-in templates (src/main/resources/templates/*.docx) from the texts below. Run through
 * {@code BuiltInTemplatesTest} with {@code -Dfuyi.templates.update=true} after changing a text; the written files
 * are committed.
 */
final class BuiltInTemplateWriter {

    /** Lines of a template: "# " heading in 黑体, "> " right-aligned, "| " no indent, "" a blank line, else body. */
    static final Map<FormalDocumentKind, List<String>> TEXTS = new java.util.EnumMap<>(FormalDocumentKind.class);

    private static final List<String> PARTIES = List.of(
            "| 申请人：${applicantDetails}",
            "| 代理人：${agents}",
            "| 被申请人：${respondent}",
            "| 第三人：${thirdParties}");
    private static final List<String> SIGNATURE = List.of("", "> ${organName}", "> ${documentDate}", "> （印章）");

    static {
        TEXTS.put(FormalDocumentKind.ACCEPTANCE_NOTICE, join(List.of(
                "| ${recipient}：",
                "你（单位）对${respondent}作出的${actDescription}（${actDocumentNumber}）不服，于${receivedDate}向本机关提出的行政复议申请（案号：${caseNumber}），经审查，符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件，本机关决定自${acceptedDate}起予以受理。",
                "本机关将依法在${decisionDueDate}前作出行政复议决定；情况复杂、不能在规定期限内作出决定的，经批准可以适当延长，并书面告知你（单位）。",
                "特此通知。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.NON_ACCEPTANCE_DECISION, join(PARTIES, List.of(
                "申请人对被申请人作出的${actDescription}（${actDocumentNumber}）不服，于${receivedDate}向本机关提出行政复议申请（案号：${caseNumber}）。行政复议请求：${request}。",
                "经审查，本机关认为：${notAcceptedReason}。【此处写明不予受理的事实和理由】",
                "根据《中华人民共和国行政复议法》第三十条第一款的规定，本机关决定：对申请人的行政复议申请不予受理。${competentOrgan}",
                "申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.CORRECTION_NOTICE, join(List.of(
                "| ${recipient}：",
                "你（单位）于${receivedDate}向本机关提出的行政复议申请（案号：${caseNumber}），申请材料不齐全或者表述不清楚，无法判断是否符合受理条件。根据《中华人民共和国行政复议法》第三十一条的规定，请你（单位）自收到本通知之日起${correctionPeriodDays}日内补正下列材料：",
                "${correctionItems}",
                "无正当理由逾期不补正的，视为你（单位）放弃行政复议申请，并记录在案。补正申请材料所用时间不计入行政复议审理期限。",
                "特此通知。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.REPLY_NOTICE, join(List.of(
                "| ${recipient}：",
                "${applicants}对你单位作出的${actDescription}（${actDocumentNumber}）不服，向本机关申请行政复议，本机关已于${acceptedDate}依法受理（案号：${caseNumber}）。现将行政复议申请书副本（申请笔录复印件）发送你单位。",
                "根据《中华人民共和国行政复议法》第四十八条（适用简易程序的，第五十四条）的规定，请你单位自收到申请书副本或者申请笔录复印件之日起${replyPeriodDays}日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。",
                "被申请人不按照规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据（第七十条）。",
                "| 附件：行政复议申请书副本（发送日期：${copySentDate}）"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.HEARING_NOTICE, join(List.of(
                "| ${recipient}：",
                "${applicants}不服${respondent}作出的${actDescription}一案（案号：${caseNumber}），本机关决定依照《中华人民共和国行政复议法》第五十条、第五十一条的规定举行听证。现将有关事项通知如下：",
                "一、听证时间：${hearingDate}。",
                "二、听证地点：${hearingPlace}。",
                "三、听证事项：${hearingIssues}。",
                "请准时参加。申请人无正当理由拒不参加听证的，视为放弃听证权利；被申请人的负责人应当参加听证，不能参加的，应当说明理由并委托相应的工作人员参加听证。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.SUSPENSION_NOTICE, join(List.of(
                "| ${recipient}：",
                "${applicants}不服${respondent}作出的${actDescription}一案（案号：${caseNumber}），因${suspensionGround}（${suspensionReason}），根据《中华人民共和国行政复议法》第三十九条的规定，本机关决定自${suspensionDate}起中止行政复议。",
                "行政复议中止的原因消除后，本机关将及时恢复行政复议案件的审理。",
                "特此通知。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.RESUMPTION_NOTICE, join(List.of(
                "| ${recipient}：",
                "${applicants}不服${respondent}作出的${actDescription}一案（案号：${caseNumber}），本机关于${suspensionDate}中止审理。现中止行政复议的原因已经消除，根据《中华人民共和国行政复议法》第四十条的规定，本机关决定自${resumptionDate}起恢复审理。",
                "特此通知。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.EXTENSION_NOTICE, join(List.of(
                "| ${recipient}：",
                "${applicants}不服${respondent}作出的${actDescription}一案（案号：${caseNumber}），因${extensionReason}，不能在规定期限内作出行政复议决定。根据《中华人民共和国行政复议法》第六十二条第一款的规定，经本机关负责人批准，审理期限延长${extensionDays}日，至${decisionDueDate}。",
                "特此通知。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.TERMINATION_DECISION, join(PARTIES, List.of(
                "申请人不服被申请人作出的${actDescription}（${actDocumentNumber}），于${receivedDate}向本机关申请行政复议（案号：${caseNumber}）。",
                "【此处写明终止行政复议的事实经过】",
                "本机关认为，本案出现${terminationGround}的情形，根据${decisionArticle}的规定，本机关决定：终止本案的行政复议。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.DECISION, join(PARTIES, List.of(
                "申请人不服被申请人作出的${actDescription}（${actDocumentNumber}）（作出日期：${actDate}），于${receivedDate}向本机关申请行政复议（案号：${caseNumber}）。本机关依法受理并进行了审理。本案现已审理终结。",
                "申请人请求：${request}。",
                "# 申请人称：",
                "【此处写明申请人的事实和理由】",
                "# 被申请人称：",
                "【此处写明被申请人的答复意见】",
                "# 经审理查明：",
                "【此处写明审理查明的事实和证据】",
                "# 本机关认为：",
                "【此处写明认定事实、适用依据和作出决定的理由】",
                "综上，根据${decisionArticle}的规定，本机关决定：${decisionType}。${decisionSummary}",
                "申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.MEDIATION_AGREEMENT, join(PARTIES, List.of(
                "申请人不服被申请人作出的${actDescription}（${actDocumentNumber}），于${receivedDate}向本机关申请行政复议（案号：${caseNumber}）。",
                "【此处写明案件事实及调解经过】",
                "经本机关主持调解，双方当事人自愿达成如下协议：",
                "${mediationContent}",
                "本调解书经双方当事人签字，加盖本机关印章，即具有法律效力（《中华人民共和国行政复议法》第七十三条）。",
                "",
                "| 申请人（签字）：                被申请人（签章）：",
                "> ${mediationDate}"), SIGNATURE));
        TEXTS.put(FormalDocumentKind.OPINION_LETTER, join(List.of(
                "| ${recipient}：",
                "本机关在办理${applicants}不服你单位作出的${actDescription}一案（案号：${caseNumber}）中，发现你单位${opinionSubject}。",
                "【此处写明发现的问题及事实依据】",
                "根据《中华人民共和国行政复议法》第七十六条的规定，现提出如下意见：【此处写明纠正相关行政违法行为或者做好善后工作的意见】",
                "请你单位自收到本意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送本机关。"), SIGNATURE));
    }

    private BuiltInTemplateWriter() {
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    static byte[] write(FormalDocumentKind kind) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(doc);
            title(doc, "${organName}");
            title(doc, kind.labelZh());
            line(doc, "", ParagraphAlignment.CENTER, BODY_FONT, false);
            line(doc, "${documentNumber}", ParagraphAlignment.RIGHT, BODY_FONT, false);
            if (kind == FormalDocumentKind.SERVICE_RECEIPT) {
                receiptTable(doc);
            } else {
                for (String l : TEXTS.get(kind)) {
                    if (l.startsWith("# ")) {
                        line(doc, l.substring(2), ParagraphAlignment.LEFT, TITLE_FONT, true);
                    } else if (l.startsWith("> ")) {
                        line(doc, l.substring(2), ParagraphAlignment.RIGHT, BODY_FONT, false);
                    } else if (l.startsWith("| ")) {
                        line(doc, l.substring(2), ParagraphAlignment.LEFT, BODY_FONT, false);
                    } else {
                        line(doc, l, ParagraphAlignment.BOTH, BODY_FONT, true);
                    }
                }
            }
            doc.getProperties().getCoreProperties().setCreator("Fuyi");
            doc.getProperties().getCoreProperties().setTitle(kind.labelZh());
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        XWPFRun r = p.createRun();
        OfficialLayout.font(r, TITLE_FONT, TITLE_POINTS);
        r.setText(text);
    }

    private static void line(XWPFDocument doc, String text, ParagraphAlignment align, String font, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        // 22 lines a page (GB/T 9704 7.1): a fixed line of 28.95 pt
        p.setSpacingBetween(28.95, LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine(BODY_POINTS * 2 * 20);
        }
        XWPFRun r = p.createRun();
        OfficialLayout.font(r, font, BODY_POINTS);
        r.setText(text);
    }

    private static void receiptTable(XWPFDocument doc) {
        String[][] rows = {
                { "案号", "${caseNumber}" },
                { "送达文书名称及文号", "${servedDocumentTitle} ${servedDocumentNumber}" },
                { "受送达人", "${recipient}" },
                { "送达地址", "${recipientAddress}" },
                { "送达方式", "" },
                { "受送达人签名或者盖章", "                    年    月    日" },
                { "代收人及代收理由", "" },
                { "送达人", "" },
                { "备注", "" } };
        XWPFTable t = doc.createTable(rows.length, 2);
        t.setWidth("100%");
        t.setWidthType(TableWidthType.PCT);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 2; j++) {
                XWPFTableCell cell = t.getRow(i).getCell(j);
                cell.setWidth(j == 0 ? "30%" : "70%");
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(j == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                XWPFRun r = p.createRun();
                OfficialLayout.font(r, BODY_FONT, 14);
                r.setText(rows[i][j]);
            }
            t.getRow(i).setHeight(BigInteger.valueOf(900).intValue());
        }
        line(doc, "", ParagraphAlignment.LEFT, BODY_FONT, false);
        line(doc, "> ${organName}".substring(2), ParagraphAlignment.RIGHT, BODY_FONT, false);
        line(doc, "${documentDate}", ParagraphAlignment.RIGHT, BODY_FONT, false);
    }
}
