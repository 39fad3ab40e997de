package cn.fuyi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every message exists in Chinese and in English, and every problem title has its detail. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndEveryTitleItsDetail() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            if (key.endsWith(".title")) {
                String detail = key.substring(0, key.length() - ".title".length()) + ".detail";
                assertTrue(zh.containsKey(detail), detail);
            }
        }
    }
}
