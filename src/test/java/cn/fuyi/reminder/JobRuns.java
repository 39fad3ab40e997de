package cn.fuyi.reminder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.SuccessfulExecution;

/**
 * Starts a Quartz job now (as its trigger would) and waits, on a monitor with a deadline rather than by sleeping,
 * until the scheduler reports that run finished.
 */
@ApplicationScoped
public class JobRuns {

    @Inject
    Scheduler quartz;

    private final Map<String, Integer> finished = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();

    void onSuccess(@Observes SuccessfulExecution e) {
        done(e.getExecution().getTrigger().getId(), null);
    }

    void onFailure(@Observes FailedExecution e) {
        done(e.getExecution().getTrigger().getId(), String.valueOf(e.getException()));
    }

    private synchronized void done(String identity, String failure) {
        finished.merge(identity, 1, Integer::sum);
        if (failure != null) {
            failures.put(identity, failure);
        }
        notifyAll();
    }

    /** Fires the job through Quartz and waits up to {@code timeout} for the run to finish; fails if it failed. */
    public void runNow(String identity, Duration timeout) {
        int before;
        synchronized (this) {
            before = finished.getOrDefault(identity, 0);
            failures.remove(identity);
        }
        try {
            quartz.triggerJob(jobKey(identity));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (finished.getOrDefault(identity, 0) <= before) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError("job " + identity + " did not finish within " + timeout);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            if (failures.containsKey(identity)) {
                throw new AssertionError("job " + identity + " failed: " + failures.get(identity));
            }
        }
    }

    private JobKey jobKey(String identity) throws SchedulerException {
        for (String group : quartz.getJobGroupNames()) {
            for (JobKey k : quartz.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                if (k.getName().equals(identity)) {
                    return k;
                }
            }
        }
        throw new AssertionError("no Quartz job " + identity + " in the job store");
    }
}
