package cn.fuyi.ledger;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.common.Labelled;

/**
 * A column of a row ledger other than the case ledger (lawsuits, recommendations, rectification items): its Chinese
 * header, whether it must be filled, what it holds ({@link CaseColumn.Type}, the same kinds as the case ledger's),
 * its codes (an enum class or a code-list name), the longest text it takes, and the note of the template's notes
 * sheet. {@code multiple}: a RESPONDENT cell may name several, separated by 、.
 */
record LedgerField(String header, boolean required, CaseColumn.Type type, Object codes, int maxLength, boolean multiple,
        String note) {

    static LedgerField text(String header, boolean required, int maxLength, String note) {
        return new LedgerField(header, required, CaseColumn.Type.TEXT, null, maxLength, false, note);
    }

    static LedgerField date(String header, boolean required, String note) {
        return new LedgerField(header, required, CaseColumn.Type.DATE, null, 0, false, note);
    }

    static LedgerField code(String header, boolean required, Class<? extends Enum<?>> codes, String note) {
        return new LedgerField(header, required, CaseColumn.Type.CODE, codes, 0, false, note);
    }

    static LedgerField codeList(String header, boolean required, String list, String note) {
        return new LedgerField(header, required, CaseColumn.Type.CODE_LIST, list, 0, false, note);
    }

    static LedgerField yesNo(String header, boolean required, String note) {
        return new LedgerField(header, required, CaseColumn.Type.YES_NO, null, 0, false, note);
    }

    static LedgerField respondents(String header, boolean required, boolean multiple, String note) {
        return new LedgerField(header, required, CaseColumn.Type.RESPONDENT, null, 1000, multiple, note);
    }

    @SuppressWarnings("unchecked")
    Class<? extends Enum<?>> enumType() {
        return (Class<? extends Enum<?>>) codes;
    }

    /** The Chinese labels of an enum column's codes, in order. */
    List<String> enumLabels() {
        List<String> labels = new ArrayList<>();
        for (Enum<?> e : enumType().getEnumConstants()) {
            labels.add(((Labelled) e).labelZh());
        }
        return labels;
    }
}
