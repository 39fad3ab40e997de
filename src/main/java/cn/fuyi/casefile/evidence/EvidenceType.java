package cn.fuyi.casefile.evidence;

import cn.fuyi.common.Labelled;

/** The eight kinds of evidence in reconsideration (证据种类, ARL 43): the code list EVIDENCE_TYPE. */
public enum EvidenceType implements Labelled {
    DOCUMENTARY("书证", "Documentary evidence"),
    PHYSICAL("物证", "Physical evidence"),
    AUDIO_VISUAL("视听资料", "Audio-visual material"),
    ELECTRONIC_DATA("电子数据", "Electronic data"),
    WITNESS_TESTIMONY("证人证言", "Witness testimony"),
    PARTY_STATEMENT("当事人的陈述", "Statement of a party"),
    EXPERT_OPINION("鉴定意见", "Expert opinion"),
    INSPECTION_RECORD("勘验笔录、现场笔录", "Record of inspection or of the scene");

    private final String zh;
    private final String en;

    EvidenceType(String zh, String en) {
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
