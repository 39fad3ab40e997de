package cn.fuyi.organ;

import java.util.regex.Matcher;

import cn.fuyi.common.ApiException;

/**
 * An organ's case-number pattern, e.g. {@code 太政复〔{year}〕{seq}号} → 太政复〔2026〕12号.
 * {@code {seq:3}} pads the number with zeros to three digits.
 */
public final class CaseNumberPattern {

    private static final java.util.regex.Pattern SEQ = java.util.regex.Pattern.compile("\\{seq(?::(\\d))?}");

    private CaseNumberPattern() {
    }

    public static void validate(String pattern) {
        if (pattern == null || !pattern.contains("{year}") || !SEQ.matcher(pattern).find()) {
            throw ApiException.invalidField("caseNumberPattern", "CASE_NUMBER_PATTERN", pattern);
        }
    }

    public static String format(String pattern, int year, int seq) {
        Matcher m = SEQ.matcher(pattern.replace("{year}", Integer.toString(year)));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            String n = Integer.toString(seq);
            String padded = n.length() >= width ? n : "0".repeat(width - n.length()) + n;
            m.appendReplacement(sb, Matcher.quoteReplacement(padded));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The year and number of {@code caseNumber} when it is written in {@code pattern}, or null. */
    public static int[] parse(String pattern, String caseNumber) {
        if (pattern == null || caseNumber == null) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = java.util.regex.Pattern.compile("\\{year}|\\{seq(?::\\d)?}").matcher(pattern);
        int last = 0;
        java.util.List<String> groups = new java.util.ArrayList<>();
        while (m.find()) {
            regex.append(java.util.regex.Pattern.quote(pattern.substring(last, m.start())));
            boolean year = m.group().equals("{year}");
            regex.append(year ? "(\\d{4})" : "(\\d{1,9})");
            groups.add(year ? "year" : "seq");
            last = m.end();
        }
        regex.append(java.util.regex.Pattern.quote(pattern.substring(last)));
        Matcher n = java.util.regex.Pattern.compile(regex.toString()).matcher(caseNumber.strip());
        if (!n.matches()) {
            return null;
        }
        int year = 0;
        int seq = 0;
        for (int g = 0; g < groups.size(); g++) {
            int v = Integer.parseInt(n.group(g + 1));
            if (groups.get(g).equals("year")) {
                year = v;
            } else {
                seq = v;
            }
        }
        return seq > 0 ? new int[] { year, seq } : null;
    }
}
