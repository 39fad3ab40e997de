package cn.fuyi.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.fuyi.common.CellText;

/**
 * The reconsideration-case ledger template: the sheet to fill (Chinese headers, required ones marked and shaded,
 * date columns formatted as dates, text columns as text so that nothing typed becomes a formula), a notes sheet
 * explaining each column, and dropdowns fed from a hidden sheet of the code lists (and the organ's respondents when
 * an organ is named).
 */
final class LedgerTemplate {

    static final String DATA_SHEET = "复议案件台账";
    static final String NOTES_SHEET = "填写说明";
    static final String CODES_SHEET = "代码表";
    /** Rows the dropdowns and formats cover. */
    private static final int ROWS = 100_000;

    private LedgerTemplate() {
    }

    /**
     * @param codeLists list name (ACT_CATEGORY, DOMAIN) → labels
     * @param respondents the organ's respondents' names, or empty
     */
    static byte[] write(Map<String, List<String>> codeLists, List<String> respondents) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(DATA_SHEET);
            Sheet notes = wb.createSheet(NOTES_SHEET);
            Sheet codes = wb.createSheet(CODES_SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle required = wb.createCellStyle();
            required.cloneStyleFrom(header);
            required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            Row head = data.createRow(0);
            Row noteHead = notes.createRow(0);
            String[] noteHeaders = { "列名", "是否必填", "说明", "可选值" };
            for (int i = 0; i < noteHeaders.length; i++) {
                Cell c = noteHead.createCell(i);
                c.setCellValue(noteHeaders[i]);
                c.setCellStyle(header);
            }
            DataValidationHelper dv = data.getDataValidationHelper();
            int codeColumn = 0;
            for (CaseColumn col : CaseColumn.values()) {
                int i = col.ordinal();
                Cell c = head.createCell(i);
                c.setCellValue(col.header);
                c.setCellStyle(col.required ? required : header);
                data.setColumnWidth(i, Math.min(40, Math.max(10, col.header.length() * 2 + 2)) * 256);
                data.setDefaultColumnStyle(i, col.type == CaseColumn.Type.DATE ? date : text);
                List<String> values = switch (col.type) {
                    case CODE -> col.enumLabels();
                    case CODE_LIST -> codeLists.getOrDefault((String) col.codes, List.of());
                    case RESPONDENT -> respondents;
                    case YES_NO -> List.of("是", "否");
                    default -> List.of();
                };
                Row note = notes.createRow(i + 1);
                note.createCell(0).setCellValue(col.header);
                note.createCell(1).setCellValue(col.required ? "必填" : "选填");
                note.createCell(2).setCellValue(col.note);
                note.createCell(3).setCellValue(String.join("、", values));
                if (!values.isEmpty()) {
                    String range = codeRange(wb, codes, codeColumn++, col, values);
                    DataValidationConstraint constraint = dv.createFormulaListConstraint(range);
                    DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, ROWS, i, i));
                    v.setShowErrorBox(col.type != CaseColumn.Type.CODE_LIST);
                    v.setSuppressDropDownArrow(true);
                    data.addValidationData(v);
                }
            }
            data.createFreezePane(1, 1);
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 10 * 256);
            notes.setColumnWidth(2, 80 * 256);
            notes.setColumnWidth(3, 80 * 256);
            wb.setSheetVisibility(wb.getSheetIndex(codes), SheetVisibility.HIDDEN);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the values into a column of the hidden sheet and names the range for the dropdown. */
    private static String codeRange(XSSFWorkbook wb, Sheet codes, int column, CaseColumn col, List<String> values) {
        List<String> list = new ArrayList<>(values);
        CellStyle quoted = null;
        for (int r = 0; r < list.size(); r++) {
            Row row = codes.getRow(r) != null ? codes.getRow(r) : codes.createRow(r);
            Cell cell = row.createCell(column);
            cell.setCellValue(list.get(r));
            if (CellText.formulaLike(list.get(r))) {
                if (quoted == null) {
                    quoted = wb.createCellStyle();
                    quoted.setQuotePrefixed(true);
                }
                cell.setCellStyle(quoted);
            }
        }
        String letter = CellReference.convertNumToColString(column);
        Name name = wb.createName();
        name.setNameName("list_" + col.name());
        name.setRefersToFormula("'" + CODES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + list.size());
        return "list_" + col.name();
    }
}
