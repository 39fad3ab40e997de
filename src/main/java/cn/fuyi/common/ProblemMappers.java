package cn.fuyi.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import cn.fuyi.resilience.DatabaseFailure;
import cn.fuyi.resilience.DatabaseFailureException;
import cn.fuyi.resilience.RetryConfig;
import cn.fuyi.resilience.RetryingTransactions;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;

/**
 * Turns every failure into an {@code application/problem+json} answer: the client's mistakes into 4xx with a stable
 * code and a message in the caller's language, a database that cannot do the work now into a 503 with Retry-After,
 * anything unexpected into a 500 that shows no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RetryConfig retry;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        Problem p = problem(locale, e.status(), e.code(), uri, e.args());
        if (!e.errors().isEmpty()) {
            p.errors = e.errors().stream().map(f -> violation(locale, f)).toList();
        }
        p.extensions().putAll(e.extensions());
        return respond(p);
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            return unexpected(e, headers, uri);
        }
        return violations(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return violations(e, headers, uri);
    }

    private Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        Problem p = problem(locale, 400, "VALIDATION_FAILED", uri);
        List<Problem.Violation> list = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            list.add(new Problem.Violation(fieldPath(v.getPropertyPath()), rule, v.getMessage()));
        }
        list.sort((a, b) -> a.field().compareTo(b.field()));
        p.errors = list;
        return respond(p);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        Problem p = problem(locale, 400, "VALIDATION_FAILED", uri);
        p.errors = List.of(new Problem.Violation(jsonPath(e), "UNKNOWN_FIELD",
                Messages.get(locale, "field.UNKNOWN_FIELD", e.getPropertyName())));
        return respond(p);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return invalidValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return invalidValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, HttpHeaders headers, UriInfo uri) {
        return invalidValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return invalidValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    private Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        String where = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        return respond(problem(locale, 400, "MALFORMED_JSON", uri, where));
    }

    private Response invalidValue(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        if (e.getPath().isEmpty()) {
            return respond(problem(locale, 400, "MALFORMED_JSON", uri, "-"));
        }
        Problem p = problem(locale, 400, "VALIDATION_FAILED", uri);
        String field = jsonPath(e);
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String message;
        String code;
        if (target != null && target.isEnum()) {
            code = "UNKNOWN_CODE";
            String allowed = String.join(", ", Arrays.stream(target.getEnumConstants()).map(Object::toString).toList());
            message = Messages.get(locale, "field.UNKNOWN_CODE", allowed);
        } else if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            code = "INVALID_DATE";
            message = Messages.get(locale, "field.INVALID_DATE");
        } else {
            code = "INVALID_VALUE";
            message = Messages.get(locale, "field.INVALID_VALUE",
                    target == null ? "?" : target.getSimpleName());
        }
        p.errors = List.of(new Problem.Violation(field, code, message));
        return respond(p);
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(problem(Messages.locale(headers), 401, "UNAUTHENTICATED", uri)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(problem(Messages.locale(headers), 401, "UNAUTHENTICATED", uri)))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(problem(Messages.locale(headers), 403, "FORBIDDEN", uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(problem(Messages.locale(headers), 409, "CONCURRENT_MODIFICATION", uri));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return respond(problem(Messages.locale(headers), 409, "CONCURRENT_MODIFICATION", uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        Response wrapped = wrapped(e, headers, uri);
        if (wrapped != null) {
            return wrapped;
        }
        return respond(problem(Messages.locale(headers), 404, "NOT_FOUND", uri, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Response r = respond(problem(Messages.locale(headers), 405, "METHOD_NOT_ALLOWED", uri));
        return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response wrapped = wrapped(e, headers, uri);
        if (wrapped != null) {
            return wrapped;
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        Problem p = problem(Messages.locale(headers), status, code, uri, uri.getPath());
        if (p.detail == null) {
            p.detail = e.getMessage();
        }
        return respond(p);
    }

    @ServerExceptionMapper
    public Response databaseFailure(DatabaseFailureException e, HttpHeaders headers, UriInfo uri) {
        return unavailable(e.failure(), e, headers, uri);
    }

    /** 503 with Retry-After: the request did nothing, or (a connection lost at commit) may have; the client tries later. */
    private Response unavailable(DatabaseFailure failure, Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("%s answered 503 %s (%s): %s", uri == null ? "?" : uri.getPath(), failure.problemCode(), failure,
                RetryingTransactions.databaseMessage(e));
        Problem p = problem(Messages.locale(headers), 503, failure.problemCode(), uri);
        long seconds = Math.max(1, (retry.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(respond(p)).header("Retry-After", Long.toString(seconds)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        var database = DatabaseFailure.of(e);
        if (database.isPresent()) {
            return unavailable(database.get(), e, headers, uri);
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ApiException api) {
                return api(api, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(problem(Messages.locale(headers), 409, "CONCURRENT_MODIFICATION", uri));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        Problem p = problem(Messages.locale(headers), 500, "INTERNAL_ERROR", uri, incident);
        p.extensions().put("incident", incident);
        return respond(p);
    }

    /** A JAX-RS exception wrapping one of ours or a JSON failure is answered as what it wraps. */
    private Response wrapped(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, headers, uri);
            }
            if (cause instanceof UnrecognizedPropertyException u) {
                return unknownField(u, headers, uri);
            }
            if (cause instanceof JsonMappingException m) {
                return invalidValue(m, headers, uri);
            }
            if (cause instanceof JsonProcessingException j) {
                return malformedJson(j, headers, uri);
            }
            cause = cause.getCause();
        }
        return null;
    }

    static Problem problem(Locale locale, int status, String code, UriInfo uri, Object... args) {
        Problem p = new Problem();
        p.type = "urn:fuyi:problem:" + code;
        p.status = status;
        p.code = code;
        p.title = Messages.find(locale, code + ".title");
        if (p.title == null) {
            p.title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : code;
        }
        p.detail = Messages.find(locale, code + ".detail", localize(locale, args));
        p.instance = uri == null ? null : uri.getPath();
        return p;
    }

    /** Labelled codes in message arguments become labels in the caller's language; lists are joined. */
    static Object[] localize(Locale locale, Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = localizeOne(locale, args[i]);
        }
        return out;
    }

    private static Object localizeOne(Locale locale, Object arg) {
        if (arg instanceof Labelled l) {
            return Messages.isEnglish(locale) ? l.labelEn() : l.labelZh();
        }
        if (arg instanceof java.util.Collection<?> c) {
            return String.join(Messages.isEnglish(locale) ? ", " : "、",
                    c.stream().map(o -> String.valueOf(localizeOne(locale, o))).toList());
        }
        if (arg instanceof java.time.temporal.TemporalAccessor) {
            return arg.toString();
        }
        return arg;
    }

    static Response respond(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static Problem.Violation violation(Locale locale, FieldError f) {
        String message = f.message() != null ? f.message() : Messages.get(locale, "field." + f.code(), localize(locale, f.args()));
        return new Problem.Violation(f.field(), f.code(), message);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.applicants[0].name" → "applicants[0].name"; a query parameter → its name. */
    static String fieldPath(Path path) {
        StringBuilder sb = new StringBuilder();
        String paramName = null;
        for (Path.Node n : path) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> paramName = n.getName();
                default -> {
                    if (n.getName() == null) {
                        break;
                    }
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(n.getName());
                }
            }
            if (n.getIndex() != null && !sb.isEmpty()) {
                // the index belongs to the container node preceding this one
                int dot = sb.lastIndexOf(".");
                sb.insert(dot < 0 ? 0 : dot, "[" + n.getIndex() + "]");
            }
        }
        if (sb.isEmpty()) {
            return paramName == null ? "" : paramName;
        }
        return sb.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}
