package cn.fuyi.statistics.job;

import java.util.Set;

import cn.fuyi.common.Labelled;
import cn.fuyi.security.Roles;

/**
 * What a statistics job does: a rebuild or a reconciliation of the reconsideration or the litigation aggregates. Each
 * kind names the roles that may start it (the same as its POST) and so see it, and where its result is kept.
 */
public enum StatisticsJobKind implements Labelled {
    RECONSIDERATION_REBUILD("复议统计汇总重建", "Rebuild of the reconsideration aggregates", Set.of(Roles.ADMIN), null),
    RECONSIDERATION_RECONCILIATION("复议统计汇总核对", "Reconciliation of the reconsideration aggregates",
            Set.of(Roles.STATISTICIAN, Roles.REVIEWER, Roles.AUDITOR), "/api/v1/statistics/reconsideration/reconciliations/"),
    LITIGATION_REBUILD("应诉统计汇总重建", "Rebuild of the litigation aggregates", Set.of(Roles.ADMIN), null),
    LITIGATION_RECONCILIATION("应诉统计汇总核对", "Reconciliation of the litigation aggregates", Set.of(Roles.ADMIN, Roles.AUDITOR),
            "/api/v1/statistics/litigation/reconciliations/");

    private final String zh;
    private final String en;
    private final Set<String> roles;
    private final String resultPath;

    StatisticsJobKind(String zh, String en, Set<String> roles, String resultPath) {
        this.zh = zh;
        this.en = en;
        this.roles = roles;
        this.resultPath = resultPath;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /** The roles that may start a job of this kind and read it. */
    public Set<String> roles() {
        return roles;
    }

    /** Where the stored result with this id is read (a reconciliation's run), or null when the job's view holds it all. */
    public String resultLocation(Long id) {
        return resultPath == null || id == null ? null : resultPath + id;
    }
}
