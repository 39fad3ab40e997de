package cn.fuyi.casefile.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/**
 * The built-in templates as shipped: one per kind, using only the placeholders their kind offers, on A4 with the
 * GB/T 9704 margins. With {@code -Dfuyi.templates.update=true} the files are written anew first.
 */
class BuiltInTemplatesTest {

    @Test
    void everyKindHasATemplateWithItsOwnPlaceholdersAndTheOfficialPage() throws IOException {
        if (Boolean.getBoolean("fuyi.templates.update")) {
            for (FormalDocumentKind kind : FormalDocumentKind.values()) {
                Path target = Path.of("src/main/resources", kind.builtInResource());
                Files.createDirectories(target.getParent());
                Files.write(target, BuiltInTemplateWriter.write(kind));
            }
        }
        for (FormalDocumentKind kind : FormalDocumentKind.values()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(kind.builtInResource())) {
                assertNotNull(in, "missing built-in template " + kind.builtInResource());
                try (XWPFDocument doc = new XWPFDocument(in)) {
                    Set<String> used = TemplateEngine.placeholders(doc);
                    for (String name : used) {
                        assertTrue(kind.offers(name), kind + " uses ${" + name + "} which it does not offer");
                    }
                    assertTrue(used.contains("documentNumber") && used.contains("caseNumber") && used.contains("organName"), kind + ": " + used);
                    CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
                    assertEquals(OfficialLayout.twips(37), ((Number) mar.getTop()).intValue());
                    assertEquals(OfficialLayout.twips(35), ((Number) mar.getBottom()).intValue());
                    assertEquals(OfficialLayout.twips(28), ((Number) mar.getLeft()).intValue());
                    assertEquals(OfficialLayout.twips(26), ((Number) mar.getRight()).intValue());
                    assertEquals(kind.labelZh(), doc.getParagraphs().get(1).getText());
                }
            }
        }
    }
}
