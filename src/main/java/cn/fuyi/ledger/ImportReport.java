package cn.fuyi.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.fuyi.common.CellText;
import cn.fuyi.common.CsvFiles;
import cn.fuyi.common.Messages;

/**
 * A job's report as XLSX, written with POI's streaming writer (a window of rows in memory): the original rows as
 * uploaded, every cell as text (formula-like text quote-prefixed), with an error column naming what is wrong in the
 * reader's language; then a sheet with one line per error (row, column, code, message).
 */
final class ImportReport {

    private ImportReport() {
    }

    static void write(ImportJob job, java.nio.file.Path file, List<RowError> errors, Locale locale, OutputStream out)
            throws IOException {
        Map<Long, List<String>> byRow = new HashMap<>();
        for (RowError e : errors) {
            byRow.computeIfAbsent(e.row(), k -> new ArrayList<>()).add(e.message(locale));
        }
        boolean en = Messages.isEnglish(locale);
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet rows = wb.createSheet(en ? "Rows" : "导入报告");
            Charset charset = "csv".equals(job.fileFormat) ? CsvFiles.detect(file, job.encoding) : null;
            int[] out0 = { 0 };
            int[] width = { 0 };
            LedgerReader.read(file, job.fileFormat, charset, (rowNo, cells) -> {
                Row row = rows.createRow(out0[0]++);
                boolean first = out0[0] == 1;
                if (first) {
                    width[0] = cells.size();
                }
                int n = Math.max(width[0], cells.size());
                Cell rowNoCell = row.createCell(0);
                if (first) {
                    rowNoCell.setCellValue(en ? "Row" : "行号");
                    rowNoCell.setCellStyle(header);
                } else {
                    rowNoCell.setCellValue(rowNo);
                }
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    Cell c = row.createCell(i + 1);
                    c.setCellValue(v);
                    c.setCellStyle(first ? header : CellText.formulaLike(v) ? quoted : null);
                }
                Cell err = row.createCell(n + 1);
                if (first) {
                    err.setCellValue(en ? "Errors" : "错误");
                    err.setCellStyle(header);
                    List<String> headerErrors = byRow.get(rowNo);
                    if (headerErrors != null) {
                        row.createCell(n + 2).setCellValue(String.join("\n", headerErrors));
                    }
                } else {
                    List<String> messages = byRow.get(rowNo);
                    if (messages != null) {
                        err.setCellValue(String.join("\n", messages));
                        err.setCellStyle(wrap);
                    }
                }
                return true;
            });
            Sheet list = wb.createSheet(en ? "Errors" : "错误明细");
            Row h = list.createRow(0);
            String[] heads = en ? new String[] { "Row", "Column", "Code", "Message" } : new String[] { "行号", "列", "代码", "说明" };
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
                h.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (RowError e : errors) {
                Row row = list.createRow(r++);
                row.createCell(0).setCellValue(e.row());
                if (e.column() != null) {
                    row.createCell(1).setCellValue(e.column());
                }
                row.createCell(2).setCellValue("LEDGER_RULE".equals(e.code()) && e.args().size() > 2 ? e.args().get(2) : e.code());
                Cell m = row.createCell(3);
                m.setCellValue(e.message(locale));
                if (CellText.formulaLike(e.message(locale))) {
                    m.setCellStyle(quoted);
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
