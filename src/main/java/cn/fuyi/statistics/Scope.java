package cn.fuyi.statistics;

import java.util.List;

import cn.fuyi.organ.Organ;

/**
 * Whose cases a statistic counts: one organ's own, an organ's together with every organ below it (the roll-up a
 * county reports upward, 上报), or every organ of the deployment. A report always says which.
 */
public record Scope(Organ organ, boolean includeSubordinates, List<Long> organIds, boolean wholeDeployment) {

    public static Scope all() {
        // the organs are listed even here: every statistics index starts with organ_id, so a list of organs turns a
        // scan of the whole index into one range per organ over the dates of the period
        return new Scope(null, false, Organ.<Organ>listAll().stream().map(o -> o.id).sorted().toList(), true);
    }

    /** No organ at all: counts nothing (used to ask a definition what it would read). */
    static Scope none() {
        return new Scope(null, false, List.of(), false);
    }

    public static Scope of(Organ organ, boolean includeSubordinates) {
        return new Scope(organ, includeSubordinates, includeSubordinates ? Organ.subtreeIds(organ.id) : List.of(organ.id), false);
    }

    /** The same scope limited to the organs the caller may see (never the whole deployment then). */
    public Scope limitedTo(java.util.function.LongPredicate sees) {
        return new Scope(organ, includeSubordinates, organIds.stream().filter(sees::test).toList(), false);
    }

    /** No organ named: every organ (the caller may see). */
    public boolean everyOrgan() {
        return organ == null;
    }

    /**
     * Every organ of the deployment, no caller's limit: a query may then leave out the restriction to organs where
     * reading a table without it is cheaper. Otherwise the restriction always applies.
     */
    public boolean wholeDeployment() {
        return wholeDeployment;
    }

    /** The SQL restriction of the case {@code c} to the scope, with the parameter {@code :organs}. */
    String sql() {
        return organIds.isEmpty() ? " AND 1 = 0" : " AND c.organ_id IN (:organs)";
    }

    public String descriptionZh() {
        if (everyOrgan()) {
            return "全部复议机关";
        }
        return includeSubordinates ? organ.name + "及其下级复议机关（共" + organIds.size() + "个）" : organ.name + "（不含下级复议机关）";
    }

    public String descriptionEn() {
        if (everyOrgan()) {
            return "Every organ";
        }
        return includeSubordinates ? organ.name + " and its subordinate organs (" + organIds.size() + " in all)"
                : organ.name + " alone (subordinate organs not included)";
    }
}
