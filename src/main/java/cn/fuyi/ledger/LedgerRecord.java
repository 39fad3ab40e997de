package cn.fuyi.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a row ledger, read and checked cell by cell: its texts, its dates and its parsed values. */
final class LedgerRecord {

    final long row;
    final Map<LedgerField, String> text = new LinkedHashMap<>();
    final Map<LedgerField, LocalDate> dates = new HashMap<>();
    final Map<LedgerField, Object> values = new HashMap<>();
    /** What identifies the record in the organ (a court case number, a document number …). */
    String key;
    String hash;

    LedgerRecord(long row) {
        this.row = row;
    }

    String text(LedgerField f) {
        return text.get(f);
    }

    boolean has(LedgerField f) {
        return text.get(f) != null;
    }

    LocalDate date(LedgerField f) {
        return dates.get(f);
    }

    @SuppressWarnings("unchecked")
    <T> T value(LedgerField f) {
        return (T) values.get(f);
    }

    boolean yes(LedgerField f) {
        return Boolean.TRUE.equals(values.get(f));
    }
}
