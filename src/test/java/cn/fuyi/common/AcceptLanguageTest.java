package cn.fuyi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    private static List<String> tags(List<AcceptLanguage.Range> ranges) {
        return ranges.stream().map(AcceptLanguage.Range::tag).toList();
    }

    @Test
    void rangesAreOrderedByWeightThenByPlaceAndZeroMeansNo() {
        assertEquals(List.of("zh-CN", "zh", "en"), tags(AcceptLanguage.parse("en;q=0.8, zh-CN, zh;q=0.9").orElseThrow()));
        assertEquals(List.of("fr", "de"), tags(AcceptLanguage.parse("fr;q=0.5, en;q=0, de;q=0.5").orElseThrow()));
        assertEquals(List.of(), tags(AcceptLanguage.parse("").orElseThrow()));
        assertEquals(List.of("zh-CN"), tags(AcceptLanguage.parse("zh_CN").orElseThrow()));
    }

    @Test
    void anyUnreadableElementMakesTheHeaderMalformed() {
        for (String bad : List.of("en;q=abc", "en;q=1.5", "en;q=", "en;;", "en;x=1", "-en", "en_", "*;q=0.5;q=0.1")) {
            assertTrue(AcceptLanguage.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void leniencyKeepsWhatCanBeRead() {
        assertEquals(List.of("en"), tags(AcceptLanguage.lenient("en, fr;q=abc")));
        assertEquals(List.of(), tags(AcceptLanguage.lenient(";;;")));
        assertEquals(List.of(), tags(AcceptLanguage.lenient(null)));
    }
}
