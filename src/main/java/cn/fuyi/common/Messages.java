package cn.fuyi.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Human messages in Chinese (the default) or English, from the {@code i18n/messages} bundle.
 * English is chosen when the caller's first acceptable language is English.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /**
     * The caller's language: English when the first of the Accept-Language ranges that names English or Chinese
     * names English, Chinese otherwise. Malformed parts of the header are passed over here; the request itself is
     * refused by {@link MalformedHeaders}.
     */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return CHINESE;
        }
        for (AcceptLanguage.Range r : AcceptLanguage.lenient(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))) {
            if ("en".equalsIgnoreCase(r.language())) {
                return Locale.ENGLISH;
            }
            if ("zh".equalsIgnoreCase(r.language())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The message for {@code key}, or {@code null} when the bundle has none. */
    public static String find(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            if (args == null || args.length == 0) {
                return pattern;
            }
            MessageFormat format = new MessageFormat(pattern, locale);
            java.text.Format[] formats = format.getFormatsByArgumentIndex();
            for (int i = 0; i < formats.length && i < args.length; i++) {
                if (formats[i] == null && args[i] instanceof Number) {
                    // ids and years read as written: 2026, not 2,026
                    java.text.NumberFormat plain = java.text.NumberFormat.getIntegerInstance(locale);
                    plain.setGroupingUsed(false);
                    format.setFormatByArgumentIndex(i, plain);
                }
            }
            return format.format(args);
        } catch (MissingResourceException e) {
            return null;
        } catch (IllegalArgumentException e) {
            // a message whose arguments do not fit its pattern must not turn an answer into a 500
            return bundle.getString(key);
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        String m = find(locale, key, args);
        return m != null ? m : key;
    }
}
