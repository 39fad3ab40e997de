package cn.fuyi.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Accept-Language header (RFC 9110 §12.5.4), read without the exception JAX-RS throws for a malformed one:
 * language ranges such as {@code zh-CN} or {@code *}, each with an optional weight {@code ;q=0.8} between 0 and 1.
 */
final class AcceptLanguage {

    /** One language range and its weight. */
    record Range(String tag, double q) {

        String language() {
            int dash = tag.indexOf('-');
            return dash < 0 ? tag : tag.substring(0, dash);
        }
    }

    // Tolerates what common clients send beyond the RFC: "zh_CN", and weights such as ".5" or "0.8765".
    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern WEIGHT = Pattern.compile("[qQ]\\s*=\\s*(\\d+(\\.\\d*)?|\\.\\d+)");

    private AcceptLanguage() {
    }

    /** The ranges, most preferred first, or empty when any element of the header is malformed. */
    static Optional<List<Range>> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String element : elements(header)) {
            Optional<Range> r = range(element);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            ranges.add(r.get());
        }
        return Optional.of(byPreference(ranges));
    }

    /** The well-formed ranges, most preferred first; malformed elements are left out. */
    static List<Range> lenient(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String element : elements(header)) {
            range(element).ifPresent(ranges::add);
        }
        return byPreference(ranges);
    }

    private static List<String> elements(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        for (String element : header.split(",")) {
            // the list syntax allows empty elements, which mean nothing
            if (!element.isBlank()) {
                out.add(element.strip());
            }
        }
        return out;
    }

    private static Optional<Range> range(String element) {
        String[] parts = element.split(";", -1);
        String tag = parts[0].strip().replace('_', '-');
        if (!RANGE.matcher(tag).matches() || parts.length > 2) {
            return Optional.empty();
        }
        double q = 1;
        if (parts.length == 2) {
            var weight = WEIGHT.matcher(parts[1].strip());
            if (!weight.matches()) {
                return Optional.empty();
            }
            q = Double.parseDouble(weight.group(1));
            if (q > 1) {
                return Optional.empty();
            }
        }
        return Optional.of(new Range(tag, q));
    }

    /** Highest weight first, in header order among equals; a weight of 0 means "not this language". */
    private static List<Range> byPreference(List<Range> ranges) {
        return ranges.stream().filter(r -> r.q() > 0).sorted(Comparator.comparingDouble(Range::q).reversed()).toList();
    }
}
