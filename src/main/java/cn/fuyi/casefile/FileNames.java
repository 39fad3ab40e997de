package cn.fuyi.casefile;

/** Makes a client's file name safe to store and to send back in Content-Disposition. */
public final class FileNames {

    static final int MAX_CODE_POINTS = 120;

    private FileNames() {
    }

    /**
     * The last segment of the name (a browser may send a whole path), without control characters, characters that
     * Windows or a header cannot hold, or leading dots; at most {@value #MAX_CODE_POINTS} characters, keeping the
     * extension. {@code document} when nothing is left.
     */
    public static String sanitise(String raw) {
        if (raw == null) {
            return "document";
        }
        String s = raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"|?*;".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            b.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        });
        s = b.toString().replaceAll(" {2,}", " ").strip().replaceAll("[. ]+$", "");
        // a leading dot would hide the file on Unix; a name that is only an extension keeps it
        s = s.replaceAll("^\\.+", "document.");
        if (s.codePointCount(0, s.length()) > MAX_CODE_POINTS) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            String stem = ext.isEmpty() ? s : s.substring(0, dot);
            int keep = MAX_CODE_POINTS - ext.length();
            s = stem.substring(0, stem.offsetByCodePoints(0, keep)) + ext;
        }
        return s.isEmpty() ? "document" : s;
    }

    /** The extension in lower case, without the dot; empty if none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A Content-Disposition value: an ASCII fallback name and the full name as RFC 5987 {@code filename*}. */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%' ? (char) cp : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte by : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
