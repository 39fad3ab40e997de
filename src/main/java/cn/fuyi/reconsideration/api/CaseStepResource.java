package cn.fuyi.reconsideration.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import cn.fuyi.common.ETags;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.reconsideration.ReconsiderationCase;

/**
 * What the resources of a case's steps share: the caller's If-Match as a version check, and the answer (the case
 * after the step with its new ETag). Each procedure's resource extends it.
 */
public abstract class CaseStepResource {

    protected static final String CASE = "The case after the step, with its new ETag";

    @Inject
    protected CaseMapper mapper;
    @Context
    protected Request request;
    @Context
    protected HttpHeaders headers;

    protected VersionCheck ifMatch() {
        return v -> ETags.requireMatch(request, headers, v);
    }

    protected Response done(ReconsiderationCase c) {
        return Response.ok(mapper.detail(c)).tag(ETags.of(c.version)).build();
    }
}
