package cn.fuyi.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * REST Assured calls in tests carry the default bureau-head token unless they send their own Authorization header,
 * or the header {@value #ANONYMOUS} to go without any token.
 */
public class DefaultCaller implements QuarkusTestBeforeEachCallback {

    public static final String ANONYMOUS = "X-Test-Anonymous";
    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (installed) {
            return;
        }
        synchronized (DefaultCaller.class) {
            if (!installed) {
                String token = Tokens.bureauHead();
                Filter filter = (request, response, ctx) -> {
                    if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                        request.removeHeader(ANONYMOUS);
                    } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                        request.header("Authorization", Tokens.bearer(token));
                    }
                    return ctx.next(request, response);
                };
                RestAssured.filters(filter);
                installed = true;
            }
        }
    }
}
