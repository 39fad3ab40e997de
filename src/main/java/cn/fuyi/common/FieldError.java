package cn.fuyi.common;

/**
 * One invalid field of a request. {@code message} is filled in when the problem is rendered, from {@code code}
 * and {@code args} unless a message is already given (as Hibernate Validator gives).
 */
public record FieldError(String field, String code, String message, Object[] args) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, new Object[0]);
    }
}
