package cn.fuyi.ledger;

import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Lets a test act at the moment an all-or-nothing job has checked every row and is about to write them. */
@ApplicationScoped
public class ImportHooks {

    static volatile LongConsumer beforeWriting;

    void writingStarts(@Observes ImportRunner.WritingStarts event) {
        LongConsumer hook = beforeWriting;
        if (hook != null) {
            hook.accept(event.jobId());
        }
    }
}
