package cn.fuyi.reconsideration.normativedocument;

import cn.fuyi.common.Labelled;

/**
 * What kind of document is reviewed: the four kinds an applicant may ask to have reviewed (ARL 13 ¶1), and rules
 * (规章), which an applicant may not (ARL 13 ¶2) but which the organ may find to be an unlawful basis itself (ARL 57:
 * "依据"), to be forwarded to the organ competent for them.
 */
public enum NormativeDocumentKind implements Labelled {
    STATE_COUNCIL_DEPARTMENT("国务院部门的规范性文件", "Normative document of a State Council department", true),
    LOCAL_GOVERNMENT("县级以上地方各级人民政府及其工作部门的规范性文件", "Normative document of a local government at county level or above, or its department", true),
    TOWNSHIP_GOVERNMENT("乡、镇人民政府的规范性文件", "Normative document of a township or town government", true),
    AUTHORISED_ORGANISATION("法律、法规、规章授权的组织的规范性文件", "Normative document of an organisation authorised by law", true),
    RULE("规章", "Rule (规章)", false);

    private final String zh;
    private final String en;
    private final boolean applicantMayRaise;

    NormativeDocumentKind(String zh, String en, boolean applicantMayRaise) {
        this.zh = zh;
        this.en = en;
        this.applicantMayRaise = applicantMayRaise;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** ARL 13: an applicant may ask for the review of these; rules are reviewed under other laws (ARL 13 ¶2). */
    public boolean applicantMayRaise() {
        return applicantMayRaise;
    }
}
