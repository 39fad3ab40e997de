package cn.fuyi.statistics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fuyi.common.ApiException;

/**
 * The definition variant chosen for each rate. The request names them as {@code variant=rateId:variantId}, the
 * parameter repeated or the pairs comma-separated ({@code variant=correction.direct:accepted,hearing:concluded});
 * a rate not named keeps its default.
 */
public final class Variants {

    private final Map<Metric, Metric.Variant> chosen;

    private Variants(Map<Metric, Metric.Variant> chosen) {
        this.chosen = chosen;
    }

    public static Variants defaults() {
        return new Variants(new EnumMap<>(Metric.class));
    }

    /** The variants named, each for a rate of the statistics asked for ({@code litigation} or reconsideration); another rate is a 400. */
    public static Variants parse(List<String> params, boolean litigation) {
        Map<Metric, Metric.Variant> chosen = new EnumMap<>(Metric.class);
        if (params == null) {
            return new Variants(chosen);
        }
        for (String param : params) {
            for (String pair : param.split(",")) {
                String p = pair.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int colon = p.indexOf(':');
                if (colon <= 0 || colon == p.length() - 1) {
                    throw ApiException.badRequest("STATISTICS_VARIANT_SYNTAX", p);
                }
                String rateId = p.substring(0, colon);
                String variantId = p.substring(colon + 1);
                Metric metric = Metric.byId(rateId).filter(m -> m.litigation() == litigation).orElseThrow(() -> ApiException
                        .badRequest("STATISTICS_RATE_UNKNOWN", rateId, Metric.of(litigation).stream().map(Metric::id).toList()));
                Metric.Variant variant = metric.variant(variantId).orElseThrow(() -> ApiException.badRequest(
                        "STATISTICS_VARIANT_UNKNOWN", variantId, rateId, metric.variants().stream().map(Metric.Variant::id).toList()));
                Metric.Variant before = chosen.put(metric, variant);
                if (before != null && before != variant) {
                    throw ApiException.badRequest("STATISTICS_VARIANT_TWICE", rateId);
                }
            }
        }
        return new Variants(chosen);
    }

    /**
     * The variants of one kind of statistics from pairs that may name rates of both (a frozen report holds both):
     * pairs naming a rate of the other kind are left to it; anything else is parsed as by {@link #parse}.
     */
    public static Variants parseMixed(String pairs, boolean litigation) {
        if (pairs == null || pairs.isBlank()) {
            return defaults();
        }
        List<String> mine = new java.util.ArrayList<>();
        for (String pair : pairs.split(",")) {
            String p = pair.trim();
            int colon = p.indexOf(':');
            boolean other = colon > 0 && Metric.byId(p.substring(0, colon)).map(m -> m.litigation() != litigation).orElse(false);
            if (!p.isEmpty() && !other) {
                mine.add(p);
            }
        }
        return parse(mine, litigation);
    }

    public Metric.Variant of(Metric metric) {
        return chosen.getOrDefault(metric, metric.defaultVariant());
    }

    public boolean isDefault(Metric metric) {
        return of(metric) == metric.defaultVariant();
    }

    /** "correction.direct:accepted", for file names and logs; empty when every rate uses its default. */
    @Override
    public String toString() {
        return Arrays.stream(Metric.values()).filter(chosen::containsKey).map(m -> m.id() + ":" + chosen.get(m).id())
                .collect(Collectors.joining(","));
    }
}
