package cn.fuyi.ledger;

import java.util.List;

/**
 * A ledger other than the case ledger, run by {@link RowLedgerRunner} through the same job machinery: its columns,
 * the rules of a row beyond single cells, the key that identifies a record in the organ, and how a valid row is
 * written through the services the API calls.
 */
interface RowLedger {

    LedgerKind kind();

    /** The name of the template's sheet to fill. */
    String sheetName();

    /** The columns, in template order. */
    List<LedgerField> fields();

    /** Paragraphs for the notes sheet: what a row is and why the ledger has the shape it has. */
    List<String> explanation();

    /** What the organ already has, read once per job (inside a transaction). */
    LedgerCells.Lookups lookups(long organId);

    /**
     * The rules of a row beyond its cells (the order of the dates, facts that need or exclude each other, the key);
     * sets {@link LedgerRecord#key}. Errors go to {@code errors}.
     */
    void check(LedgerRecord r, LedgerCells cells, List<RowError> errors);

    /** Writes the record for {@code organId} in the caller's transaction; returns its id. */
    long write(long organId, LedgerRecord r);
}
