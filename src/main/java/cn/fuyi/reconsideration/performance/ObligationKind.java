package cn.fuyi.reconsideration.performance;

import cn.fuyi.common.Labelled;

/**
 * What the respondent is to carry out, with the article that orders it and, where the law itself sets the period,
 * the rule: an act to be made again has 60 days unless a law, regulation or rule sets another period (Regulations
 * 2007 art. 49); an opinion letter is answered within 60 days of its receipt (ARL 76, see
 * {@link OpinionLetterAnswerPeriod}). Every other period is the one the decision or agreement sets.
 */
public enum ObligationKind implements Labelled {
    REDO("重新作出行政行为", "Make the act again", "ARL 64", 60),
    PERFORM_DUTY("履行法定职责", "Perform the statutory duty", "ARL 66", null),
    AGREEMENT("订立、继续履行行政协议，采取补救措施或者赔偿、补偿", "Conclude or perform the agreement, remedy, compensate or indemnify", "ARL 71", null),
    COMPENSATION("依法给予赔偿", "Pay compensation", "ARL 72", null),
    REMEDY("采取补救措施", "Take remedial measures", "ARL 72", null),
    PROPERTY_RETURN("返还财产、解除查封扣押冻结或者赔偿相应价款", "Return property, lift the seizure or pay its value", "ARL 72", null),
    MEDIATION_TERMS("履行调解书", "Carry out the mediation agreement", "ARL 73, 77", null),
    OPINION_LETTER_REPORT("纠正并报送纠正情况", "Correct and report the correction", "ARL 76", null),
    OTHER("其他履行事项", "Other", "ARL 77", null);

    private final String zh;
    private final String en;
    private final String article;
    private final Integer ruleDays;

    ObligationKind(String zh, String en, String article, Integer ruleDays) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.ruleDays = ruleDays;
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

    /** The period in calendar days the rules set when the document sets none, or {@code null}. */
    public Integer ruleDays() {
        return ruleDays;
    }

    /** Kinds a clerk records from a decision; the others come with their agreement or letter. */
    public boolean fromDecision() {
        return this != MEDIATION_TERMS && this != OPINION_LETTER_REPORT;
    }
}
