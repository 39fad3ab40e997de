package cn.fuyi.statistics.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

import cn.fuyi.statistics.aggregate.AggregateViews.ReconciliationRunView;

/** The daily reconciliation of the reconsideration aggregates with the rows (one instance of the cluster runs it). */
@ApplicationScoped
public class ReconciliationJob {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class);

    @Inject
    AggregateReconciliations reconciliations;

    @Scheduled(identity = "fuyi-statistics-reconciliation", cron = "${fuyi.statistics.aggregates.reconcile-cron}", timeZone = "Asia/Shanghai")
    @Nonconcurrent
    @ActivateRequestContext
    public void reconcile() {
        ReconciliationRunView r = reconciliations.reconcile("SCHEDULED");
        if (r.differenceCount() > 0) {
            LOG.warnf("Reconciliation %d: %d differences between the reconsideration aggregates and the rows (GET "
                    + "/api/v1/statistics/reconsideration/reconciliations/%d names them; POST .../aggregates/rebuild repairs)",
                    r.id(), r.differenceCount(), r.id());
        } else {
            LOG.infof("Reconciliation %d: the reconsideration aggregates equal the rows (%d buckets)", r.id(), r.bucketsCompared());
        }
    }
}
