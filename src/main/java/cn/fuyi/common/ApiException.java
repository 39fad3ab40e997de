package cn.fuyi.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, answered as an RFC 9457 problem. The {@code code} is stable and machine-readable;
 * the human message is looked up under that code in the {@code i18n/messages} bundle, in the caller's language.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final List<FieldError> errors;

    public ApiException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(int status, String code, List<FieldError> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = errors;
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(400, code, args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(404, code, args);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, args);
    }

    public static ApiException unprocessable(String code, Object... args) {
        return new ApiException(422, code, args);
    }

    /** A single invalid field, reported like a validation failure. */
    public static ApiException invalidField(String field, String code, Object... args) {
        return new ApiException(400, "VALIDATION_FAILED", List.of(new FieldError(field, code, null, args)));
    }

    public ApiException with(String key, Object value) {
        extensions.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
