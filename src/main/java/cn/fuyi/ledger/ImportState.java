package cn.fuyi.ledger;

import cn.fuyi.common.Labelled;

/** Where an import job is. */
public enum ImportState implements Labelled {
    QUEUED("排队中", "Queued"),
    VALIDATING("校验中", "Validating"),
    WRITING("导入中", "Writing"),
    SUCCEEDED("已完成", "Finished"),
    /** All or nothing found invalid rows, so nothing was written. */
    REJECTED("未导入（存在无效行）", "Nothing written: invalid rows"),
    CANCELLED("已取消", "Cancelled"),
    FAILED("失败", "Failed");

    private final String zh;
    private final String en;

    ImportState(String zh, String en) {
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
        return this == SUCCEEDED || this == REJECTED || this == CANCELLED || this == FAILED;
    }
}
