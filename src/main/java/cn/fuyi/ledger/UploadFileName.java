package cn.fuyi.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The name of an uploaded file as its sender meant it. Browsers send it in {@code filename} as raw UTF-8 (RFC 7578
 * 4.2), which the server reads as it is; some clients add {@code filename*} (RFC 5987: charset, language and
 * percent-encoded bytes) beside an ASCII fallback. RESTEasy Reactive returns the fallback when both are present, and
 * decodes {@code filename*} alone as a form value ({@code +} becoming a space); when the part's header has
 * {@code filename*}, it is the name that counts (RFC 6266 4.3), decoded here byte by byte.
 */
final class UploadFileName {

    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';\\s]+)'[^']*'([^;\\s]*)");

    private UploadFileName() {
    }

    static String of(FileUpload file) {
        List<String> dispositions = file.getHeaders() == null ? null : file.getHeaders().get("Content-Disposition");
        if (dispositions != null) {
            for (String d : dispositions) {
                String extended = extended(d);
                if (extended != null) {
                    return extended;
                }
            }
        }
        return file.fileName();
    }

    /** The decoded {@code filename*} of a Content-Disposition value, or null when it has none or it cannot be read. */
    static String extended(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = EXTENDED.matcher(disposition);
        if (!m.find()) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String value = m.group(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 128) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String name = new String(bytes.toByteArray(), charset);
        return name.isBlank() ? null : name;
    }
}
