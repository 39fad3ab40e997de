package cn.fuyi.casefile;

import cn.fuyi.common.Labelled;

/** What a document of a case file is (材料种类): the code list DOCUMENT_KIND. */
public enum DocumentKind implements Labelled {
    APPLICATION("行政复议申请书", "Application for reconsideration"),
    IDENTITY_PROOF("身份证明", "Proof of identity"),
    AUTHORISATION("授权委托书", "Power of attorney"),
    EVIDENCE("证据", "Evidence"),
    CORRECTION("补正材料", "Correction materials"),
    REPLY("答复书", "Respondent's reply"),
    HEARING_RECORD("听证笔录", "Hearing record"),
    INVESTIGATION_RECORD("调查笔录", "Investigation record"),
    DECISION("决定书", "Decision"),
    NOTICE("通知书", "Notice"),
    SERVICE_RECEIPT("送达回证", "Proof of service"),
    COMPLAINT("起诉状", "Statement of claim"),
    DEFENCE("答辩状", "Statement of defence"),
    JUDGMENT("判决书", "Judgment"),
    RULING("裁定书", "Ruling"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    DocumentKind(String zh, String en) {
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
