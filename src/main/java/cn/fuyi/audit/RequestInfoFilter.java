package cn.fuyi.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/** Takes the caller's X-Request-Id (or makes one) and address, and echoes the id on the answer. */
public class RequestInfoFilter {

    public static final String HEADER = "X-Request-Id";

    @Inject
    RequestInfo info;

    @ServerRequestFilter(preMatching = true)
    public void capture(ContainerRequestContext ctx, HttpServerRequest request) {
        String id = ctx.getHeaderString(HEADER);
        if (id == null || id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9._:-]+")) {
            id = java.util.UUID.randomUUID().toString();
        }
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        info.set(id, address);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, info.requestId());
    }
}
