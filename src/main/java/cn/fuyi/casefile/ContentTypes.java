package cn.fuyi.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The file types a case file accepts, recognised by their first bytes where that is cheap and by the extension
 * where one container holds several types (DOCX, XLSX and OFD are ZIP files; DOC and XLS are OLE files). A file
 * whose bytes do not fit its extension is refused rather than stored under a type it is not.
 */
public final class ContentTypes {

    /** Extension → media type of every accepted type. */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("txt", "text/plain; charset=UTF-8"));

    private ContentTypes() {
    }

    /** The media type of the file, or empty when its bytes are not one of the accepted types with that extension. */
    public static Optional<String> detect(Path file, String extension) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String family = family(head, n);
        String ext = extension.toLowerCase(java.util.Locale.ROOT);
        String expected = switch (ext) {
            case "pdf" -> "pdf";
            case "jpg", "jpeg" -> "jpeg";
            case "png" -> "png";
            case "tif", "tiff" -> "tiff";
            case "docx", "xlsx", "ofd" -> "zip";
            case "doc", "xls" -> "ole";
            case "txt" -> "text";
            default -> null;
        };
        if (expected == null || !expected.equals(family)) {
            return Optional.empty();
        }
        return Optional.of(ALLOWED.get(ext));
    }

    private static String family(byte[] b, int n) {
        if (starts(b, n, 0x25, 0x50, 0x44, 0x46)) {
            return "pdf";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (starts(b, n, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (starts(b, n, 0x49, 0x49, 0x2A, 0x00) || starts(b, n, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "tiff";
        }
        if (starts(b, n, 0x50, 0x4B, 0x03, 0x04)) {
            return "zip";
        }
        if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "ole";
        }
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "binary";
            }
        }
        return "text";
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
