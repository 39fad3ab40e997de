package cn.fuyi.casefile.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Placeholders as Word leaves them: whole, split over runs in every way, next to each other, among empty runs. */
class TemplateEngineTest {

    private static XWPFParagraph paragraph(XWPFDocument doc, String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String r : runs) {
            XWPFRun run = p.createRun();
            if (!r.isEmpty()) {
                run.setText(r);
            }
        }
        return p;
    }

    private static String filled(String... runs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = paragraph(doc, runs);
            TemplateEngine.fill(doc, Map.of("caseNumber", "太政复〔2026〕7号", "applicants", "王建国、李梅", "recipient", ""));
            return p.getText();
        }
    }

    @Test
    void aWholePlaceholderInOneRun() throws IOException {
        assertEquals("案号：太政复〔2026〕7号。", filled("案号：${caseNumber}。"));
    }

    @Test
    void aPlaceholderSplitOverThreeRunsWithTextAround() throws IOException {
        assertEquals("案号：太政复〔2026〕7号，申请人", filled("案号：$", "{case", "Number}，申请人"));
        assertEquals("太政复〔2026〕7号", filled("${", "caseNumber", "}"));
        assertEquals("前太政复〔2026〕7号后", filled("前$", "", "{caseNu", "", "mber", "}后"));
    }

    @Test
    void adjacentPlaceholdersAndAnEmptyValue() throws IOException {
        assertEquals("王建国、李梅太政复〔2026〕7号", filled("${applicants}${case", "Number}${recipient}"));
        assertEquals("王建国、李梅：太政复〔2026〕7号", filled("${appl", "icants}：${caseNumber", "}"));
    }

    @Test
    void namesWithoutAValueAreLeftForTheNextPass() throws IOException {
        assertEquals("文号：${documentNumber}；太政复〔2026〕7号", filled("文号：${document", "Number}；${caseNumber}"));
    }

    @Test
    void everyPlaceholderIsFoundWhereverItIsSplit() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "${a", "pplicants} 与 $", "{respondent}");
            paragraph(doc, "$", "{ fooBar }", " ${caseNumber}");
            assertEquals(Set.of("applicants", "respondent", " fooBar ", "caseNumber"), TemplateEngine.placeholders(doc));
            assertEquals(List.of("applicants", "respondent", " fooBar ", "caseNumber"), List.copyOf(TemplateEngine.placeholders(doc)));
        }
    }

    @Test
    void numeralsAndArticlesAsStatutesWriteThem() {
        assertEquals("十", CaseFacts.numeral(10));
        assertEquals("四十一", CaseFacts.numeral(41));
        assertEquals("七十", CaseFacts.numeral(70));
        assertEquals("《中华人民共和国行政复议法》第四十一条、第七十四条", CaseFacts.articles("ARL 41, 74"));
        assertEquals("2026年3月2日", CaseFacts.date(java.time.LocalDate.of(2026, 3, 2)));
    }
}
