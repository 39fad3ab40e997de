package cn.fuyi.litigation.rectification;

import cn.fuyi.common.Labelled;

/** What a rectification item (整改) arose from. */
public enum RectificationSource implements Labelled {
    RECONSIDERATION_CASE("被纠错的行政复议案件", "A corrected reconsideration case"),
    OPINION_LETTER("行政复议意见书", "An opinion letter"),
    LAWSUIT("败诉的行政诉讼案件", "A lost lawsuit"),
    RECOMMENDATION("司法建议或检察建议", "A judicial or procuratorial recommendation");

    private final String zh;
    private final String en;

    RectificationSource(String zh, String en) {
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
