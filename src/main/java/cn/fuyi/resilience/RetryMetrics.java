package cn.fuyi.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/** Counts transaction retries by failure, as {@code fuyi_transaction_retries_total} on /q/metrics. */
@ApplicationScoped
class RetryMetrics {

    @Inject
    MeterRegistry registry;

    void count(@Observes TransactionRetried retried) {
        registry.counter("fuyi.transaction.retries", "failure", retried.failure().name()).increment();
    }
}
