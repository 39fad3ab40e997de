package cn.fuyi.statistics.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Table} as CSV (RFC 4180): UTF-8 with a byte-order mark, so that Excel reads the Chinese headers
 * correctly, CRLF line ends, and fields holding a comma, a quote or a line break quoted with inner quotes doubled.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    public static byte[] write(Table table) {
        StringBuilder sb = new StringBuilder();
        line(sb, table.columns().stream().map(c -> (Object) c.header()).toList());
        for (List<Object> row : table.rows()) {
            line(sb, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder sb, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
