package cn.fuyi.statistics.job;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Lets a test act on the worker thread when a statistics job has been marked running, before its work: hold it, or fail it. */
@ApplicationScoped
public class StatisticsJobHooks {

    static volatile Consumer<StatisticsJobRunner.Starting> starting;

    void starting(@Observes StatisticsJobRunner.Starting event) {
        Consumer<StatisticsJobRunner.Starting> hook = starting;
        if (hook != null) {
            hook.accept(event);
        }
    }
}
