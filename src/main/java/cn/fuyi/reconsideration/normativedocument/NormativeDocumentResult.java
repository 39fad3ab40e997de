package cn.fuyi.reconsideration.normativedocument;

import cn.fuyi.common.Labelled;

/**
 * The result of the incidental review (ARL 59, 60): the clauses are lawful, to be stated in the decision; or they
 * exceed the drafting organ's powers or conflict with a higher law, so that their execution is stopped and the
 * drafting organ ordered to correct them (by this organ when competent, by the receiver when forwarded).
 */
public enum NormativeDocumentResult implements Labelled {
    LAWFUL("相关条款合法", "The clauses are lawful"),
    UNLAWFUL("相关条款超越权限或者违反上位法，停止执行并责令制定机关纠正",
            "The clauses exceed the drafting organ's powers or conflict with a higher law: stopped, correction ordered");

    private final String zh;
    private final String en;

    NormativeDocumentResult(String zh, String en) {
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
