package cn.fuyi.statistics;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.fuyi.common.Labelled;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;

/**
 * The labels and the code order of breakdown rows, shared by the reconsideration and litigation breakdowns. A row's
 * key is an id (with a prefix such as {@code respondent:} where ids of two tables meet) or a code.
 */
final class BreakdownLabels {

    private BreakdownLabels() {
    }

    /** The ids in the keys that start with {@code prefix} ("" for keys that are plain ids; the empty key is none). */
    static List<Long> ids(List<String> keys, String prefix) {
        return keys.stream().filter(k -> !k.isEmpty() && k.startsWith(prefix)).map(k -> Long.valueOf(k.substring(prefix.length()))).toList();
    }

    /** prefix + id → the respondent's name, for the respondents named in the keys. */
    static Map<String, String> respondents(List<String> keys, String prefix) {
        Map<String, String> m = new HashMap<>();
        List<Long> ids = ids(keys, prefix);
        if (!ids.isEmpty()) {
            Respondent.<Respondent>list("id in ?1", ids).forEach(r -> m.put(prefix + r.id, r.name));
        }
        return m;
    }

    /** prefix + id → the organ's name, for the organs named in the keys. */
    static Map<String, String> organs(List<String> keys, String prefix) {
        Map<String, String> m = new HashMap<>();
        List<Long> ids = ids(keys, prefix);
        if (!ids.isEmpty()) {
            Organ.<Organ>list("id in ?1", ids).forEach(o -> m.put(prefix + o.id, o.name));
        }
        return m;
    }

    /** Code → Chinese label of a code list (act categories, domains). */
    static Map<String, String> codes(String listName) {
        Map<String, String> m = new HashMap<>();
        CodeItem.<CodeItem>list("listName", listName).forEach(i -> m.put(i.code, i.labelZh));
        return m;
    }

    /** Enum name → Chinese label. */
    static <E extends Enum<E> & Labelled> Map<String, String> of(E[] values) {
        Map<String, String> m = new HashMap<>();
        for (E e : values) {
            m.put(e.name(), e.labelZh());
        }
        return m;
    }

    /** Rows keyed by these codes in the codes' order, other keys last. */
    static Comparator<BreakdownRow> inCodeOrder(Enum<?>[] codes) {
        Map<String, Integer> rank = new HashMap<>();
        for (Enum<?> e : codes) {
            rank.put(e.name(), e.ordinal());
        }
        return Comparator.comparing(r -> rank.getOrDefault(r.key(), Integer.MAX_VALUE));
    }

    /**
     * How rows with equal counts are ordered: by their label in Chinese collation, then by key, ids as numbers
     * ({@code respondent:98} before {@code respondent:100}). So two organs with the same respondents' names list
     * their rows alike, whatever ids the respondents got.
     */
    static final Comparator<BreakdownRow> TIE = Comparator.comparing(BreakdownRow::label, Collator.getInstance(Locale.CHINA))
            .thenComparing(BreakdownRow::key, BreakdownLabels::compareKeys);

    /** Keys compared as text, except the numbers at their ends, compared as numbers when the text before them is equal. */
    static int compareKeys(String a, String b) {
        int i = digitsFrom(a), j = digitsFrom(b);
        String headA = a.substring(0, i), headB = b.substring(0, j);
        if (headA.equals(headB) && i < a.length() && j < b.length()) {
            String numA = a.substring(i), numB = b.substring(j);
            int byLength = Integer.compare(numA.replaceFirst("^0+", "").length(), numB.replaceFirst("^0+", "").length());
            int c = byLength != 0 ? byLength : numA.replaceFirst("^0+", "").compareTo(numB.replaceFirst("^0+", ""));
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static int digitsFrom(String key) {
        int i = key.length();
        while (i > 0 && key.charAt(i - 1) >= '0' && key.charAt(i - 1) <= '9') {
            i--;
        }
        return i;
    }
}
