package cn.fuyi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code sort=field,-field} into an ORDER BY clause over a whitelist of API field names mapped to query
 * expressions; an unknown field is a 400, never a fragment of SQL.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param allowed API field name → query expression (JPQL or SQL)
     * @param defaultSort used when {@code sort} is blank
     * @param tieBreaker appended last so paging is stable, e.g. {@code c.id}
     */
    public static String orderBy(String sort, Map<String, String> allowed, String defaultSort, String tieBreaker) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> parts = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String f = raw.trim();
            if (f.isEmpty()) {
                continue;
            }
            boolean desc = f.startsWith("-");
            String name = desc || f.startsWith("+") ? f.substring(1) : f;
            String expr = allowed.get(name);
            if (expr == null) {
                throw ApiException.badRequest("INVALID_SORT", name, String.join(", ", allowed.keySet()))
                        .with("sortable", allowed.keySet());
            }
            for (String column : expr.split(",")) {
                parts.add(column.trim() + (desc ? " DESC" : " ASC"));
            }
        }
        parts.add(tieBreaker);
        return " ORDER BY " + String.join(", ", parts);
    }
}
