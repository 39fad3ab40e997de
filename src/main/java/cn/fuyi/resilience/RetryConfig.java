package cn.fuyi.resilience;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How transactions that hit a transient database failure are run again, and when clients are told to come back. */
@ConfigMapping(prefix = "fuyi.retry")
public interface RetryConfig {

    /** Attempts of one transaction in all, the first included. */
    @WithDefault("4")
    int maxAttempts();

    /** The pause before the second attempt; each further pause doubles, up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("50ms")
    Duration initialBackoff();

    @WithDefault("1s")
    Duration maxBackoff();

    /** The Retry-After of a 503 answer. */
    @WithDefault("2s")
    Duration retryAfter();
}
