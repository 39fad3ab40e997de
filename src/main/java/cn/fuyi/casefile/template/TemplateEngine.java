package cn.fuyi.casefile.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Finds and fills {@code ${name}} placeholders in a .docx: in the body, in tables (nested ones too), headers and
 * footers. Word often splits what the author typed as one placeholder over several runs (a spell-check mark, a
 * changed font in the middle); the placeholder is found in the paragraph's joined text and the runs it spans are
 * merged into its first run, which keeps that run's formatting (font, size, bold).
 */
public final class TemplateEngine {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]{0,60})}");

    private TemplateEngine() {
    }

    /** The names of every placeholder the document uses, in order of first appearance. */
    public static Set<String> placeholders(XWPFDocument doc) {
        Set<String> found = new LinkedHashSet<>();
        paragraphs(doc, p -> {
            Matcher m = PLACEHOLDER.matcher(text(p.getRuns()));
            while (m.find()) {
                found.add(m.group(1));
            }
        });
        return found;
    }

    /** Replaces every placeholder named in {@code values} with its value; other placeholders stay as they are. */
    public static void fill(XWPFDocument doc, Map<String, String> values) {
        paragraphs(doc, p -> fill(p, values));
    }

    private static void fill(XWPFParagraph p, Map<String, String> values) {
        List<XWPFRun> runs = p.getRuns();
        String joined = text(runs);
        if (!joined.contains("${")) {
            return;
        }
        int[] starts = new int[runs.size()];
        int offset = 0;
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = offset;
            offset += runText(runs.get(i)).length();
        }
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(joined);
        while (m.find()) {
            if (values.containsKey(m.group(1))) {
                spans.add(new int[] { m.start(), m.end() });
                names.add(m.group(1));
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        // from the last to the first, so that earlier offsets stay valid while later runs change
        for (int k = spans.size() - 1; k >= 0; k--) {
            int start = spans.get(k)[0];
            int end = spans.get(k)[1];
            int first = runAt(starts, start);
            int last = runAt(starts, end - 1);
            String value = flatten(values.get(names.get(k)));
            XWPFRun firstRun = p.getRuns().get(first);
            String firstText = runText(firstRun);
            if (first == last) {
                setText(firstRun, firstText.substring(0, start - starts[first]) + value + firstText.substring(end - starts[first]));
                continue;
            }
            XWPFRun lastRun = p.getRuns().get(last);
            String lastText = runText(lastRun);
            setText(firstRun, firstText.substring(0, start - starts[first]) + value);
            setText(lastRun, lastText.substring(end - starts[last]));
            for (int i = last - 1; i > first; i--) {
                setText(p.getRuns().get(i), "");
            }
        }
    }

    private static int runAt(int[] starts, int position) {
        int i = starts.length - 1;
        while (i > 0 && starts[i] > position) {
            i--;
        }
        // an empty run shares its start with the next one: take the last run starting at or before the position
        return i;
    }

    private static String flatten(String value) {
        return value == null ? "" : value.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String text(List<XWPFRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : runs) {
            sb.append(runText(r));
        }
        return sb.toString();
    }

    /** The run's text elements only: tabs and breaks are not part of any placeholder and stay where they are. */
    private static String runText(XWPFRun r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.getCTR().sizeOfTArray(); i++) {
            String t = r.getCTR().getTArray(i).getStringValue();
            if (t != null) {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static void setText(XWPFRun r, String text) {
        int n = r.getCTR().sizeOfTArray();
        if (n == 0) {
            r.setText(text);
            return;
        }
        for (int i = n - 1; i > 0; i--) {
            r.getCTR().removeT(i);
        }
        r.setText(text, 0);
    }

    private static void paragraphs(XWPFDocument doc, Consumer<XWPFParagraph> action) {
        elements(doc.getBodyElements(), action);
        for (XWPFHeader h : doc.getHeaderList()) {
            elements(h.getBodyElements(), action);
        }
        for (XWPFFooter f : doc.getFooterList()) {
            elements(f.getBodyElements(), action);
        }
    }

    private static void elements(List<IBodyElement> elements, Consumer<XWPFParagraph> action) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                action.accept(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        elements(cell.getBodyElements(), action);
                    }
                }
            }
        }
    }
}
