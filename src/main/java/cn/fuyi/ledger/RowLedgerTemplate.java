package cn.fuyi.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
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
 * The template of a row ledger, laid out as the case ledger's ({@link LedgerTemplate}): the sheet to fill (Chinese
 * headers, required ones shaded, date columns as dates and the others as text), a notes sheet (填写说明) with each
 * column and the ledger's explanation of its rows, and dropdowns fed from a hidden sheet of the code lists, the
 * enums' labels and the organ's respondents.
 */
final class RowLedgerTemplate {

    private static final int ROWS = 100_000;

    private RowLedgerTemplate() {
    }

    private static List<String> with(List<String> list, String more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    /**
     * @param codeLists list name (ACT_CATEGORY, DOMAIN) → labels
     * @param respondents the organ's respondents' names, or empty
     * @param organName the organ's name (offered where a column may name the organ itself, e.g. as a co-defendant), or null
     */
    static byte[] write(RowLedger ledger, Map<String, List<String>> codeLists, List<String> respondents, String organName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(ledger.sheetName());
            Sheet notes = wb.createSheet(LedgerTemplate.NOTES_SHEET);
            Sheet codes = wb.createSheet(LedgerTemplate.CODES_SHEET);
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
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);

            Row head = data.createRow(0);
            Row noteHead = notes.createRow(0);
            String[] noteHeaders = { "列名", "是否必填", "说明", "可选值" };
            for (int i = 0; i < noteHeaders.length; i++) {
                Cell c = noteHead.createCell(i);
                c.setCellValue(noteHeaders[i]);
                c.setCellStyle(header);
            }
            DataValidationHelper dv = data.getDataValidationHelper();
            List<LedgerField> fields = ledger.fields();
            int codeColumn = 0;
            for (int i = 0; i < fields.size(); i++) {
                LedgerField f = fields.get(i);
                Cell c = head.createCell(i);
                c.setCellValue(f.header());
                c.setCellStyle(f.required() ? required : header);
                data.setColumnWidth(i, Math.min(40, Math.max(10, f.header().length() * 2 + 2)) * 256);
                data.setDefaultColumnStyle(i, f.type() == CaseColumn.Type.DATE ? date : text);
                List<String> values = switch (f.type()) {
                    case CODE -> f.enumLabels();
                    case CODE_LIST -> codeLists.getOrDefault((String) f.codes(), List.of());
                    case RESPONDENT -> f.multiple() && organName != null ? with(respondents, organName) : respondents;
                    case YES_NO -> List.of("是", "否");
                    default -> List.of();
                };
                Row note = notes.createRow(i + 1);
                note.createCell(0).setCellValue(f.header());
                note.createCell(1).setCellValue(f.required() ? "必填" : "选填");
                note.createCell(2).setCellValue(f.note());
                note.createCell(3).setCellValue(String.join("、", values));
                if (!values.isEmpty()) {
                    String letter = CellReference.convertNumToColString(codeColumn);
                    for (int r = 0; r < values.size(); r++) {
                        Row row = codes.getRow(r) != null ? codes.getRow(r) : codes.createRow(r);
                        Cell cell = row.createCell(codeColumn);
                        cell.setCellValue(values.get(r));
                        if (CellText.formulaLike(values.get(r))) {
                            cell.setCellStyle(quoted);
                        }
                    }
                    codeColumn++;
                    Name name = wb.createName();
                    name.setNameName("list_" + i);
                    name.setRefersToFormula("'" + LedgerTemplate.CODES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size());
                    DataValidation v = dv.createValidation(dv.createFormulaListConstraint("list_" + i),
                            new CellRangeAddressList(1, ROWS, i, i));
                    // a code list may hold an organ's own codes, a defendant cell several names: warn, do not block
                    v.setShowErrorBox(f.type() != CaseColumn.Type.CODE_LIST && !f.multiple());
                    v.setSuppressDropDownArrow(true);
                    data.addValidationData(v);
                }
            }
            int n = fields.size() + 2;
            Row title = notes.createRow(n++);
            title.createCell(0).setCellValue("填写说明");
            title.getCell(0).setCellStyle(header);
            for (String paragraph : ledger.explanation()) {
                notes.createRow(n++).createCell(0).setCellValue(paragraph);
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
}
