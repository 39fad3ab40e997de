package cn.fuyi.common;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The bulk writers running on this instance (ledger imports), so that work which may wait for them does: the
 * statistics aggregates' writer leaves the cases an import writes to be integrated once it is done, rather than
 * recounting their months while they are still being written.
 */
@ApplicationScoped
public class BulkWrites {

    private int running;
    private long since;

    /** A bulk writer starts. */
    public synchronized void begin() {
        if (running++ == 0) {
            since = System.nanoTime();
        }
    }

    /** A bulk writer is done (after {@link #begin}, in a finally block). */
    public synchronized void end() {
        running = Math.max(0, running - 1);
    }

    /** How long bulk writers have run here without a break, if one runs now. */
    public synchronized Optional<Duration> runningFor() {
        return running == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - since));
    }
}
