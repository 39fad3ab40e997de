package cn.fuyi.statistics.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.InstanceNames;
import cn.fuyi.statistics.aggregate.AggregateReconciliations;
import cn.fuyi.statistics.aggregate.AggregateViews.ReconciliationRunView;
import cn.fuyi.statistics.aggregate.litigation.LitigationProjector;
import cn.fuyi.statistics.aggregate.litigation.LitigationReconciliation;
import cn.fuyi.statistics.aggregate.litigation.api.LitigationAggregateResource.RebuildView;

/**
 * Runs the statistics jobs on a managed executor of its own, never on the request thread: each job opens its own
 * request context and acts as the user who requested it, so the rebuild's or reconciliation's audit record names that
 * user. While it runs, its instance renews the job's heartbeat every {@code fuyi.statistics.jobs.heartbeat}; a job
 * whose heartbeat is older than {@code fuyi.statistics.jobs.lease} (its instance stopped, or lost the database) is
 * failed as abandoned (STATISTICS_JOB_ABANDONED) at the next start of any instance or the next heartbeat round,
 * which frees its kind for a new request; a job running at an orderly shutdown is failed at once
 * (STATISTICS_JOB_INTERRUPTED). It is not run again: the requester decides whether to ask again.
 */
@ApplicationScoped
public class StatisticsJobRunner {

    private static final Logger LOG = Logger.getLogger(StatisticsJobRunner.class);

    @Inject
    StatisticsJobs jobs;
    @Inject
    CurrentUser user;
    @Inject
    AggregateReconciliations reconsideration;
    @Inject
    LitigationProjector litigationProjector;
    @Inject
    LitigationReconciliation litigationReconciliation;
    @Inject
    ObjectMapper json;
    @Inject
    Event<Starting> starting;

    @ConfigProperty(name = "fuyi.statistics.jobs.heartbeat", defaultValue = "15s")
    Duration heartbeat;
    @ConfigProperty(name = "fuyi.statistics.jobs.lease", defaultValue = "2m")
    Duration lease;

    /** Fired on the worker thread when a job has been marked running, just before its work: for tests that hold it there. */
    public record Starting(long jobId, StatisticsJobKind kind) {
    }

    private final String instance = InstanceNames.next();
    /** Jobs submitted on this instance and not finished yet, for heartbeats and for callers that wait. */
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    private ManagedExecutor executor;
    private ScheduledExecutorService beats;

    private synchronized ManagedExecutor executor() {
        if (executor == null) {
            // one job of each kind at most; nothing of the request is carried over: the job opens its own request context
            executor = ManagedExecutor.builder().maxAsync(StatisticsJobKind.values().length).propagated(ThreadContext.NONE)
                    .cleared(ThreadContext.ALL_REMAINING).build();
        }
        return executor;
    }

    void onStart(@Observes StartupEvent event) {
        long every = Math.max(1000, heartbeat.toMillis());
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fuyi-statistics-job-heartbeats");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleWithFixedDelay(() -> {
            try {
                if (!running.isEmpty()) {
                    jobs.heartbeat(new ArrayList<>(running.keySet()), instance);
                }
                failAbandoned();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Statistics jobs: heartbeat or the check for abandoned jobs failed; trying again in %d ms", every);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * At a shutdown, the jobs this instance runs are failed as interrupted (their transactions are rolled back with
     * the stopping executor) rather than left to the abandonment check, so their kinds are free at once.
     */
    @ActivateRequestContext
    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        if (running.isEmpty()) {
            return;
        }
        user.actAsSystem("statistics-job-shutdown");
        for (Long id : new ArrayList<>(running.keySet())) {
            try {
                jobs.finish(id, instance, null, null, "STATISTICS_JOB_INTERRUPTED");
                LOG.warnf("Statistics job %d: interrupted by the shutdown of this instance; failed", id);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Statistics job %d: not marked failed at shutdown; the abandonment check will", id);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (beats != null) {
            beats.shutdownNow();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** This instance, as a job's worker names it. */
    public String instance() {
        return instance;
    }

    /** Fails the jobs whose worker stopped saying it runs them; answers them. */
    @ActivateRequestContext
    public List<Long> failAbandoned() {
        user.actAsSystem("statistics-job-recovery");
        List<Long> failed = jobs.failAbandoned(Instant.now().minus(lease), instance, new HashSet<>(running.keySet()));
        for (Long id : failed) {
            LOG.warnf("Statistics job %d: its worker stopped (no heartbeat for %s); failed as abandoned", id, lease);
        }
        return failed;
    }

    /** Queues a job of {@code kind} for the caller and starts it on the executor; 409 while one of the kind is going. */
    public StatisticsJobs.Job request(StatisticsJobKind kind) {
        StatisticsJobs.Job job = jobs.queue(kind, instance);
        submit(job.id());
        return job;
    }

    /** Runs a queued job on the executor. */
    public void submit(long jobId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (running.putIfAbsent(jobId, done) != null) {
            return;
        }
        try {
            executor().runAsync(() -> {
                try {
                    run(jobId);
                } finally {
                    running.remove(jobId);
                    done.complete(null);
                }
            });
        } catch (RuntimeException e) {
            running.remove(jobId);
            done.complete(null);
            LOG.errorf(e, "Statistics job %d not submitted", jobId);
            jobs.finish(jobId, instance, null, null, "STATISTICS_JOB_NOT_STARTED");
        }
    }

    /** Waits up to {@code timeout} for a job running on this instance to finish; answers at once for any other job. */
    public void await(long jobId, Duration timeout) {
        CompletableFuture<Void> done = running.get(jobId);
        if (done == null || timeout.isZero()) {
            return;
        }
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // answer with the job as it is now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this instance runs the job. */
    public boolean runsHere(long jobId) {
        return running.containsKey(jobId);
    }

    @ActivateRequestContext
    void run(long jobId) {
        StatisticsJobs.Job job = jobs.find(jobId);
        if (job == null || !jobs.start(jobId, instance)) {
            return;
        }
        user.actAs(job.requestedBy(), job.requestedByName());
        long t0 = System.nanoTime();
        Long resultId = null;
        Map<String, Object> result = null;
        String failure = null;
        try {
            starting.fire(new Starting(jobId, job.kind()));
            switch (job.kind()) {
                case RECONSIDERATION_REBUILD -> result = map(reconsideration.rebuild());
                case RECONSIDERATION_RECONCILIATION -> {
                    ReconciliationRunView r = reconsideration.reconcile("REQUESTED");
                    resultId = r.id();
                    result = summary(r.id(), r.differenceCount());
                    result.put("bucketsCompared", r.bucketsCompared());
                    result.put("consistent", r.consistent());
                }
                case LITIGATION_REBUILD -> {
                    LitigationProjector.Run r = litigationProjector.rebuildRequested();
                    result = map(new RebuildView(r.subjects(), r.buckets(), r.lastSeq()));
                }
                case LITIGATION_RECONCILIATION -> {
                    LitigationReconciliation.ReconciliationView r = litigationReconciliation.run("API");
                    resultId = r.id();
                    result = summary(r.id(), r.differenceCount());
                    result.put("buckets", r.buckets());
                }
            }
        } catch (ApiException e) {
            failure = e.code();
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Statistics job %d (%s) failed", jobId, job.kind());
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
            jobs.finish(jobId, instance, resultId, result, failure);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Statistics job %d (%s): its end not written; it will be failed as abandoned", jobId, job.kind());
        }
        LOG.infof("Statistics job %d (%s, for %s): %s in %d ms", jobId, job.kind(), job.requestedBy(),
                failure == null ? "succeeded" : "failed (" + failure + ")", (System.nanoTime() - t0) / 1_000_000);
    }

    private static Map<String, Object> summary(long id, int differences) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("differenceCount", differences);
        return m;
    }

    private Map<String, Object> map(Object view) {
        return json.convertValue(view, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
        });
    }
}
