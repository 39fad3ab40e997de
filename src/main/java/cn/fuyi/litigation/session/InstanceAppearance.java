package cn.fuyi.litigation.session;

import cn.fuyi.common.Labelled;

/** Whether a defendant's head met the duty to appear in court in one instance (法释〔2020〕3号 art. 7). */
public enum InstanceAppearance implements Labelled {
    NO_SESSION("尚未开庭", "No session yet"),
    ATTENDED("负责人已出庭应诉（同一审级出庭一次即可，第七条第一款）", "A head appeared (once per instance suffices, art. 7 ¶1)"),
    NOT_ATTENDED("负责人未出庭应诉", "No head appeared"),
    ABSENT_WHEN_NOTIFIED_AGAIN("负责人出庭后，人民法院通知其再次出庭而未出庭（第七条第一款但书）",
            "A head appeared, then did not come when the court notified the head to appear again (art. 7 ¶1, exception)");

    private final String zh;
    private final String en;

    InstanceAppearance(String zh, String en) {
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

    /** The head counts as having appeared in the instance: what the head-appearance rate counts. */
    public boolean counts() {
        return this == ATTENDED;
    }
}
