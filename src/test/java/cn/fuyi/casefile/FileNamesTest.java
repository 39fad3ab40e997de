package cn.fuyi.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAreCutToTheirLastSegment() {
        assertEquals("票据.png", FileNames.sanitise("C:\\扫描\\票据.png"));
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
    }

    @Test
    void controlAndReservedCharactersAreRemoved() {
        assertEquals("申请书.pdf", FileNames.sanitise("申\u0007请\u202e书\n.pdf"));
        assertEquals("ab.pdf", FileNames.sanitise("a<>:\"|?*;b.pdf"));
        assertEquals("document.pdf", FileNames.sanitise(".pdf"));
        assertEquals("document", FileNames.sanitise(" .. "));
        assertEquals("document", FileNames.sanitise(null));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String s = FileNames.sanitise("证".repeat(300) + ".docx");
        assertEquals(FileNames.MAX_CODE_POINTS, s.codePointCount(0, s.length()));
        assertTrue(s.endsWith("证.docx"));
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"__ 1.pdf\"; filename*=UTF-8''%E7%AD%94%E5%A4%8D%201.pdf",
                FileNames.contentDisposition("答复 1.pdf"));
    }
}
