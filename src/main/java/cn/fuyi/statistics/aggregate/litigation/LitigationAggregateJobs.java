package cn.fuyi.statistics.aggregate.litigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

/**
 * The jobs that keep the litigation aggregates: the projector's catch-up every few seconds
 * ({@code fuyi.statistics.litigation.projector.every}), which also rebuilds them when they were never built, and the
 * daily reconciliation ({@code fuyi.jobs.litigation-reconciliation.cron}). On Quartz's clustered store, so one
 * instance runs each firing and {@link Nonconcurrent} keeps two runs from overlapping: one writer.
 */
@ApplicationScoped
public class LitigationAggregateJobs {

    private static final Logger LOG = Logger.getLogger(LitigationAggregateJobs.class);

    @Inject
    LitigationProjector projector;
    @Inject
    LitigationReconciliation reconciliation;

    @Scheduled(identity = "fuyi-litigation-aggregates", every = "${fuyi.statistics.litigation.projector.every}")
    @Nonconcurrent
    @ActivateRequestContext
    public void project() {
        try {
            projector.catchUp();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Litigation aggregates not brought up to date now; the next run tries again");
        }
        projector.signal();
    }

    @Scheduled(identity = "fuyi-litigation-reconciliation", cron = "${fuyi.jobs.litigation-reconciliation.cron}", timeZone = "Asia/Shanghai")
    @Nonconcurrent
    @ActivateRequestContext
    public void reconcile() {
        LitigationReconciliation.ReconciliationView r = reconciliation.run("SCHEDULED");
        if (r.differenceCount() > 0) {
            LOG.warnf("Litigation aggregates differ from the rows in %d buckets (reconciliation %d); rebuild them", r.differenceCount(), r.id());
        } else {
            LOG.infof("Litigation aggregates equal the rows (%d buckets, reconciliation %d)", r.buckets(), r.id());
        }
    }
}
