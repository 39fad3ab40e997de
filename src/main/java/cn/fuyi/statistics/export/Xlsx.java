package cn.fuyi.statistics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.fuyi.common.CellText;

/**
 * Writes {@link Table}s as an Office Open XML workbook (XLSX), one sheet per table: a bold header row that stays in
 * view, numbers as numeric cells (percentages with one decimal), dates as date cells. Column widths are estimated
 * from the text (a Chinese character is about two Latin ones wide) rather than measured, which would need fonts
 * on the server. Text is always a string cell, never a formula; formula-like text is quote-prefixed as well
 * ({@link CellText}).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_WIDTH_CHARS = 60;

    private Xlsx() {
    }

    public static byte[] write(List<Table> tables) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (Table t : tables) {
                sheet(wb, styles, t);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Workbook wb, Styles styles, Table table) {
        Sheet sheet = wb.createSheet(uniqueName(wb, table.title()));
        int[] widths = new int[table.columns().size()];
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(table.columns().get(i).header());
            cell.setCellStyle(styles.header);
            widths[i] = width(table.columns().get(i).header());
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                Table.Type type = table.columns().get(i).type();
                if (v instanceof Number n && type == Table.Type.PERCENT) {
                    cell.setCellValue(((BigDecimal) n).doubleValue());
                    cell.setCellStyle(styles.percent);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.integer);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b ? "是" : "否");
                } else {
                    cell.setCellValue(v.toString());
                    if (CellText.formulaLike(v.toString())) {
                        cell.setCellStyle(styles.text);
                    }
                }
                widths[i] = Math.max(widths[i], v instanceof LocalDate ? 11 : width(v.toString()));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i] + 2, MAX_WIDTH_CHARS) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
    private static String uniqueName(Workbook wb, String title) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Sheet" : title);
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle date;
        /** Formula-like text: quote-prefixed, so that editing the cell never turns it into a formula. */
        final CellStyle text;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            text = wb.createCellStyle();
            text.setQuotePrefixed(true);
        }
    }
}
