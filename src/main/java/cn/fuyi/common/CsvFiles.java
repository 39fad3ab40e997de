package cn.fuyi.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Fuyi writes or reads goes through Apache Commons CSV in the formats defined here. Written files are UTF-8
 * with a byte-order mark (so that Excel reads Chinese headers), RFC 4180 quoting and CRLF line ends, with
 * formula-like text neutralised ({@link CellText}). Read files may be UTF-8 with or without a BOM or GB18030, the
 * encoding Chinese Excel and WPS save CSV in.
 */
public final class CsvFiles {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    /** How far ahead a file's bytes are checked for being UTF-8 before it is read as GB18030. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /** RFC 4180 as Excel writes it. */
    public static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    /** Lenient reading: surrounding spaces trimmed, blank lines skipped. */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    private CsvFiles() {
    }

    /** A whole CSV file (header row, then rows), BOM first, cells neutralised. */
    public static byte[] write(List<?> header, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(w, WRITE)) {
            w.write('\uFEFF');
            printRow(printer, header);
            for (List<?> row : rows) {
                printRow(printer, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row; text cells are neutralised, numbers are written as they are. */
    public static void printRow(CSVPrinter printer, List<?> cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell == null ? "" : cell instanceof java.math.BigDecimal d ? d.toPlainString()
                    : cell instanceof Number ? cell.toString() : CellText.neutralised(cell.toString()));
        }
        printer.println();
    }

    /**
     * The charset of a CSV file: {@code explicit} when given; UTF-8 when it starts with a BOM or its first 64 KiB
     * decode as strict UTF-8; GB18030 otherwise.
     */
    public static Charset detect(Path file, String explicit) throws IOException {
        if (explicit != null && !explicit.isBlank()) {
            try {
                return Charset.forName(explicit.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("encoding", "UNKNOWN_ENCODING", explicit);
            }
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2]) {
            return StandardCharsets.UTF_8;
        }
        int end = head.length;
        if (end == SNIFF_BYTES) {
            // the sample may cut a multi-byte character at its end: drop an incomplete UTF-8 sequence there
            int i = end - 1;
            while (i > 0 && end - i < 4 && (head[i] & 0xC0) == 0x80) {
                i--;
            }
            end = i;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    /** A reader of the file in {@code charset}, a leading BOM skipped. */
    public static Reader reader(Path file, Charset charset) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        byte[] first = in.readNBytes(3);
        boolean bom = first.length == 3 && first[0] == BOM[0] && first[1] == BOM[1] && first[2] == BOM[2];
        if (!bom && first.length > 0) {
            in.unread(first);
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
