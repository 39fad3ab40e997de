package cn.fuyi.common;

/**
 * Text that goes into a spreadsheet cell Fuyi writes. A cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read by Excel and WPS as a formula when the file is opened or the cell is
 * edited (CSV injection, OWASP): an applicant named {@code =HYPERLINK(...)} would run on the report author's
 * machine. Such text is written with a leading apostrophe in CSV, which the spreadsheet shows as text, and as a
 * quote-prefixed string cell in XLSX; on import such cells are only ever read as text.
 */
public final class CellText {

    private CellText() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    public static boolean formulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text for a CSV cell: formula-like text gets a leading apostrophe, anything else stays as it is. */
    public static String neutralised(String s) {
        return formulaLike(s) ? "'" + s : s;
    }
}
