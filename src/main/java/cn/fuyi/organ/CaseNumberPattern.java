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
}
