package cn.fuyi.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The valid values nearest to one that is not: those that contain it or are contained in it, then those within a
 * small edit distance (Levenshtein, a Chinese character counting as one), at most three.
 */
final class Nearest {

    private Nearest() {
    }

    static List<String> to(String wrong, List<String> valid) {
        String w = wrong.strip();
        Set<String> out = new LinkedHashSet<>();
        for (String v : valid) {
            if (!w.isEmpty() && (v.contains(w) || w.contains(v))) {
                out.add(v);
            }
        }
        int limit = Math.max(2, w.length() / 2);
        List<String> byDistance = new ArrayList<>(valid);
        byDistance.sort(Comparator.comparingInt(v -> distance(w, v)));
        for (String v : byDistance) {
            if (distance(w, v) <= limit) {
                out.add(v);
            }
        }
        return out.stream().limit(3).toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
