package cn.fuyi.reconsideration.committee;

import cn.fuyi.common.Labelled;

/**
 * The grounds on which the office refers a case to the reconsideration committee (ARL 52 ¶2). The text puts all four
 * under 应当 ("shall refer"). Grounds (一) to (三) are features of the case: where one is present the referral is a
 * duty whatever the office thinks, and Fuyi calls such a referral mandatory. Ground (四) is the office's own judgement
 * that a referral is needed: the duty follows from that judgement, so Fuyi counts the referral as made at the
 * office's discretion. Either way the office must record the committee's opinion (ARL 52 ¶3) and the decision must
 * take it as an important reference (ARL 61 ¶3).
 */
public enum CommitteeGround implements Labelled {
    MAJOR_DIFFICULT_COMPLEX("案情重大、疑难、复杂", "The case is major, difficult or complex", "ARL 52 ¶2(一)", true),
    SPECIALISED_TECHNICAL("专业性、技术性较强", "Highly specialised or technical", "ARL 52 ¶2(二)", true),
    PROVINCIAL_OWN_ACT("省、自治区、直辖市人民政府管辖的对本机关行政行为不服的案件（第二十四条第二款）",
            "A provincial government's own act (ARL 24 ¶2)", "ARL 52 ¶2(三)", true),
    OFFICE_DEEMS_NECESSARY("行政复议机构认为有必要", "The office thinks it necessary", "ARL 52 ¶2(四)", false);

    private final String zh;
    private final String en;
    private final String article;
    private final boolean mandatory;

    CommitteeGround(String zh, String en, String article, boolean mandatory) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.mandatory = mandatory;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    public String article() {
        return article;
    }

    /** The case's own features make the referral a duty (grounds (一) to (三)). */
    public boolean mandatory() {
        return mandatory;
    }
}
