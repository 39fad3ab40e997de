package cn.fuyi.reconsideration.mediation;

import cn.fuyi.common.Labelled;

/**
 * Why a case under the 2017 law may be mediated or settled: the 2007 Regulations allowed mediation only of
 * discretionary acts and of compensation or indemnity disputes (art. 50), and settlement only of discretionary acts
 * (art. 40). The 2023 law allows both in every case (ARL 5, 74).
 */
public enum Ground2017 implements Labelled {
    DISCRETION("对行使自由裁量权作出的具体行政行为不服", "The act was made in the exercise of discretion", "Regulations 2007 arts. 40, 50"),
    COMPENSATION("当事人之间的行政赔偿或者行政补偿纠纷", "A dispute over administrative compensation or indemnity", "Regulations 2007 art. 50");

    private final String zh;
    private final String en;
    private final String article;

    Ground2017(String zh, String en, String article) {
        this.zh = zh;
        this.en = en;
        this.article = article;
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

    /** Whether this ground allows the kind under the 2007 Regulations. */
    public boolean allows(MediationKind kind) {
        return kind == MediationKind.MEDIATION || this == DISCRETION;
    }
}
