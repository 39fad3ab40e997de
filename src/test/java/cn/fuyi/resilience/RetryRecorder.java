package cn.fuyi.resilience;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records the retries the service makes, and lets a test act at the moment one happens. */
@ApplicationScoped
public class RetryRecorder {

    private final List<TransactionRetried> retries = new CopyOnWriteArrayList<>();
    private volatile Consumer<TransactionRetried> onRetry = r -> {
    };

    void record(@Observes TransactionRetried retried) {
        retries.add(retried);
        onRetry.accept(retried);
    }

    /** Forgets the retries seen so far; {@code action} runs on the service's thread at each further retry. */
    public void reset(Consumer<TransactionRetried> action) {
        retries.clear();
        onRetry = action;
    }

    public void reset() {
        reset(r -> {
        });
    }

    public List<TransactionRetried> retries() {
        return List.copyOf(retries);
    }
}
