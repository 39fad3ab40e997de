package cn.fuyi.casefile.template;

/**
 * The placeholders a template may use, written {@code ${name}} in the .docx, each with what it is filled with. Which
 * of them a document kind offers is said by {@link FormalDocumentKind#placeholders()}.
 */
public enum Placeholder {
    organName("复议机关名称，如“太仓市人民政府”"),
    organShortName("复议机关简称"),
    documentNumber("本文书的文号，如“太政复不受字〔2026〕3号”"),
    documentDate("文书日期，如“2026年11月28日”"),
    caseNumber("案号"),
    receivedDate("收到行政复议申请的日期"),
    applicants("申请人姓名或者名称，多人以顿号分隔"),
    applicantDetails("申请人基本情况：姓名或者名称、住所或者地址，多人以分号分隔"),
    agents("代理人姓名，多人以顿号分隔；无则为空"),
    thirdParties("第三人姓名或者名称，多人以顿号分隔；无则为空"),
    respondent("被申请人名称"),
    actDescription("被申请行政复议的行政行为"),
    actDocumentNumber("行政行为的文书文号；未记录则为空"),
    actDate("行政行为作出日期；未记录则为空"),
    request("行政复议请求"),
    recipient("文书的收件人（受送达人）：通知书默认为申请人，答复通知书、意见书为被申请人"),
    acceptedDate("受理日期"),
    decisionDueDate("行政复议决定期限届满日（含延期）"),
    notAcceptedDate("不予受理决定日期"),
    notAcceptedReason("不予受理的理由"),
    competentOrgan("告知申请人向其申请的有管辖权的机关；无则为空"),
    correctionItems("需要补正的事项"),
    correctionPeriodDays("补正期限（日）"),
    correctionRequestedDate("通知补正的日期"),
    replyPeriodDays("提出书面答复的期限（日）：普通程序十日（第四十八条），简易程序五日（第五十四条）"),
    copySentDate("发送申请书副本的日期；未记录则为文书日期"),
    hearingDate("听证日期"),
    hearingPlace("听证地点"),
    hearingIssues("听证事项；未记录则为空"),
    hearingNoticeDate("听证通知日期"),
    suspensionDate("中止审理日期"),
    suspensionGround("中止审理的事由（第三十九条）"),
    suspensionReason("中止审理的具体原因；未记录则为空"),
    resumptionDate("恢复审理日期"),
    extensionDate("决定延期的日期"),
    extensionDays("延长的期限（日）"),
    extensionReason("延期的理由"),
    concludedDate("作出决定的日期"),
    decisionType("决定类型，如“撤销”"),
    decisionArticle("决定所依据的条款，如“《中华人民共和国行政复议法》第六十四条”"),
    decisionSummary("决定主文摘要；未记录则为空"),
    terminationGround("终止行政复议的情形"),
    mediationContent("调解协议内容"),
    mediationDate("制作调解书的日期"),
    opinionSubject("意见书事项"),
    opinionIssuedDate("制发意见书的日期"),
    servedDocumentTitle("送达的文书名称"),
    servedDocumentNumber("送达的文书文号"),
    recipientAddress("受送达人的送达地址；未记录则为空");

    private final String description;

    Placeholder(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String token() {
        return "${" + name() + "}";
    }
}
