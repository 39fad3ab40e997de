package cn.fuyi.statistics.export;

import java.util.List;

import cn.fuyi.common.CsvFiles;

/**
 * Writes a {@link Table} as CSV through {@link CsvFiles}: UTF-8 with a byte-order mark, so that Excel reads the
 * Chinese headers correctly, RFC 4180 quoting, CRLF line ends, and formula-like text neutralised.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static byte[] write(Table table) {
        List<Object> header = table.columns().stream().map(c -> (Object) c.header()).toList();
        return CsvFiles.write(header, table.rows());
    }
}
