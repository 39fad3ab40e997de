package cn.fuyi.statistics.benchmark;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import cn.fuyi.statistics.LitigationQueries;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

/**
 * The litigation aggregates in the benchmark: the bulk load writes rows without feed events, so the aggregates are
 * rebuilt from the rows (the documented command), then reconciled with them, which must find no difference; both
 * timed, beside one row-level 5-year report over every organ (the reconciliation's cost target).
 */
final class LitigationAggregateBenchmark {

    private LitigationAggregateBenchmark() {
    }

    /** Rebuilds, reconciles and times them; the lines for the results. */
    static String rebuildAndReconcile() {
        long t = System.nanoTime();
        JsonPath rebuilt = cn.fuyi.support.StatisticsJobs.run(given(), "/api/v1/statistics/litigation/aggregates/rebuild",
                StatisticsBenchmarkTest.JOB_TIMEOUT).setRootPath("result");
        double rebuildMs = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        JsonPath reconciled = cn.fuyi.support.StatisticsJobs.reconcile(given(), "/api/v1/statistics/litigation/reconciliations",
                StatisticsBenchmarkTest.JOB_TIMEOUT);
        double reconcileMs = (System.nanoTime() - t) / 1e6;
        assertEquals(0, reconciled.getInt("differenceCount"), "the aggregates equal the rows: " + reconciled.getList("differences"));
        LitigationQueries queries = Arc.container().instance(LitigationQueries.class).get();
        t = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(3600).call(() -> queries.totalsFromRows(Scope.all(),
                Period.range(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), null));
        double rowsMs = (System.nanoTime() - t) / 1e6;
        return String.format(Locale.ROOT, "%-52s %8.1f s   (%,d lawsuits and recommendations, %,d month buckets)%n"
                + "%-52s %8.1f s   (%,d buckets, %d differences)%n%-52s %8.1f s%n",
                "litigation aggregates: rebuild from the rows", rebuildMs / 1000, rebuilt.getLong("subjects"), rebuilt.getLong("buckets"),
                "litigation aggregates: reconciliation", reconcileMs / 1000, reconciled.getLong("buckets"),
                reconciled.getInt("differenceCount"), "row-level litigation report, every organ, 5 years", rowsMs / 1000);
    }
}
