package cn.fuyi.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.fuyi.common.CsvFiles;

/**
 * Streams the rows of an uploaded ledger without holding the file in memory: XLSX through POI's event API (the
 * sheet's XML read with SAX, shared strings read-only), CSV through Commons CSV in the detected encoding. Every cell
 * arrives as text: a formula's cached value is read as text and never evaluated; a cell that looks like a formula
 * stays the text it is. Dates formatted as dates arrive as ISO dates whatever their display format.
 */
final class LedgerReader {

    /** Receives each non-empty row: its number as the spreadsheet shows it (1 = the first line) and its cells. */
    interface RowSink {
        /** @return false to stop reading */
        boolean row(long rowNo, List<String> cells);
    }

    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private LedgerReader() {
    }

    static void read(Path file, String format, Charset charset, RowSink sink) throws IOException {
        if ("xlsx".equals(format)) {
            xlsx(file, sink);
        } else {
            csv(file, charset, sink);
        }
    }

    private static void csv(Path file, Charset charset, RowSink sink) throws IOException {
        try (Reader in = CsvFiles.reader(file, charset); CSVParser parser = CSVParser.parse(in, CsvFiles.READ)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(cells::add);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!sink.row(r.getRecordNumber(), cells)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The sheet named 复议案件台账 (or whichever the ledger's is), else the first sheet. */
    private static void xlsx(Path file, RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new IsoDates(), false));
                try {
                    xml.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    // the sink asked to stop
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Cells collected per row, blanks filled in, handed on at the row's end. */
    private static final class Rows implements SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int rowNum;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank()) && !sink.row(rowNum + 1L, new ArrayList<>(cells))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers as written (no grouping, no rounding), date-formatted numbers as ISO dates. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate d = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
                return d.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return java.math.BigDecimal.valueOf(value).toPlainString();
        }
    }
}
