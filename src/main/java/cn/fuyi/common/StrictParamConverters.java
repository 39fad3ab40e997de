package cn.fuyi.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Parses dates, codes and numbers in query parameters so that a bad value is a 400 problem naming what was
 * expected. (JAX-RS would answer a failed query-parameter conversion with 404.) Path ids are primitives and keep
 * the 404 of a record that cannot exist.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(s -> {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw invalid(s, "yyyy-MM-dd");
                }
            });
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<>(s -> {
                try {
                    return Enum.valueOf(type, s);
                } catch (IllegalArgumentException e) {
                    throw invalid(s, String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
            });
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(s -> {
                try {
                    return Integer.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    throw invalid(s, "integer");
                }
            });
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(s -> {
                try {
                    return Long.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    throw invalid(s, "integer");
                }
            });
        }
        return null;
    }

    private static ApiException invalid(String value, String expected) {
        return ApiException.badRequest("INVALID_QUERY_VALUE", value, expected);
    }

    private record Converter<T>(java.util.function.Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null || value.isEmpty() ? null : parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
