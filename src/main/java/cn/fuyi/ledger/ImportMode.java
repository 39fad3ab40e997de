package cn.fuyi.ledger;

import cn.fuyi.common.Labelled;

/** What an import does with its rows once they are checked. */
public enum ImportMode implements Labelled {
    /** Check every row through the same rules as a real run, then roll back: the report only. */
    DRY_RUN("仅校验", "Dry run: report only"),
    /** Write nothing unless every row is valid. */
    ALL_OR_NOTHING("全部有效才导入", "All or nothing"),
    /** Write every valid row; report the others. */
    VALID_ROWS("导入有效行", "Write the valid rows");

    private final String zh;
    private final String en;

    ImportMode(String zh, String en) {
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

    /** dryRun, allOrNothing, validRows, or the constant's name; null when none. */
    public static ImportMode parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim().replace("_", "").replace("-", "");
        for (ImportMode m : values()) {
            if (m.name().replace("_", "").equalsIgnoreCase(t)) {
                return m;
            }
        }
        return null;
    }
}
