package cn.fuyi.statistics.job;

import cn.fuyi.common.Labelled;

/** Where a statistics job is. */
public enum StatisticsJobState implements Labelled {
    QUEUED("排队中", "Queued"),
    RUNNING("运行中", "Running"),
    SUCCEEDED("已完成", "Succeeded"),
    FAILED("失败", "Failed");

    private final String zh;
    private final String en;

    StatisticsJobState(String zh, String en) {
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

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
