package cn.fuyi.resilience;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Runs every {@code @Transactional} method through {@link RetryingTransactions}. It is bound to
 * {@code @Transactional} itself, so that no write path and no audited read can be left out by forgetting an
 * annotation, and its priority puts it outside the transaction interceptor
 * ({@code PLATFORM_BEFORE + 200}): a retry begins a new transaction, and a failure at commit reaches it.
 *
 * <p>Only {@code @Transactional} with the default {@code REQUIRED} binds; Fuyi uses no other kind (a test
 * checks it).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransactionRetryInterceptor {

    @Inject
    RetryingTransactions transactions;

    @AroundInvoke
    Object aroundTransaction(InvocationContext ic) throws Exception {
        String operation = ic.getMethod().getDeclaringClass().getSimpleName() + "." + ic.getMethod().getName();
        return transactions.call(operation, ic::proceed);
    }
}
