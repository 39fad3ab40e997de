package cn.fuyi.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.fuyi.common.Labelled;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;

/**
 * Reads the cells of a row ledger's row and checks each on its own, the way {@link CaseRows} does for cases:
 * required cells, dates (not in the future), codes with the nearest valid ones, code lists, respondents, yes/no,
 * lengths; then hands the row to its ledger's rules ({@link RowLedger#check}) and keeps what a whole file needs (the
 * keys seen so far, for duplicates). Messages are the case ledger's ({@code ledger.LEDGER_…}).
 */
final class LedgerCells {

    /**
     * The organ as the ledger needs it: its name (a defendant may be the organ itself), its respondents, codes, the
     * keys of the records it has ({@code existingKeys}, key → id), what earlier imports brought in (key → row hash),
     * and other numbers a ledger refers to (e.g. reconsideration case numbers → id).
     */
    record Lookups(long organId, String organName, Map<String, Long> respondents, Map<String, List<String>> codeLists,
            Map<String, String> codeByLabel, Map<String, Long> existingKeys, Map<String, String> importedHashes,
            Map<String, Long> references) {
    }

    private final RowLedger ledger;
    final Lookups lookups;
    final LocalDate today;
    /** Key → the first row that has it. */
    final Map<String, Long> seen = new HashMap<>();

    LedgerCells(RowLedger ledger, Lookups lookups, LocalDate today) {
        this.ledger = ledger;
        this.lookups = lookups;
        this.today = today;
    }

    /** The row's facts, with every error found added to {@code errors}; null when the row is blank. */
    LedgerRecord read(long rowNo, Map<LedgerField, String> cells, List<RowError> errors) {
        LedgerRecord r = new LedgerRecord(rowNo);
        for (LedgerField f : ledger.fields()) {
            String v = cells.get(f);
            if (v != null && !v.isBlank()) {
                r.text.put(f, v.strip());
            }
        }
        if (r.text.isEmpty()) {
            return null;
        }
        r.hash = hash(ledger.fields(), r);
        for (LedgerField f : ledger.fields()) {
            String v = r.text(f);
            if (v == null) {
                if (f.required()) {
                    errors.add(error(r, f, "LEDGER_REQUIRED"));
                }
                continue;
            }
            switch (f.type()) {
                case DATE -> {
                    LocalDate d = CaseRows.parseDate(v);
                    if (d == null) {
                        errors.add(error(r, f, "LEDGER_DATE", v));
                    } else if (d.isAfter(today)) {
                        errors.add(error(r, f, "LEDGER_FUTURE", d.toString()));
                    } else {
                        r.dates.put(f, d);
                    }
                }
                case NUMBER -> {
                    try {
                        int n = Integer.parseInt(v.replace(".0", ""));
                        if (n <= 0) {
                            throw new NumberFormatException();
                        }
                        r.values.put(f, n);
                    } catch (NumberFormatException e) {
                        errors.add(error(r, f, "LEDGER_NUMBER", v));
                    }
                }
                case CODE -> {
                    Enum<?> found = null;
                    for (Enum<?> e : f.enumType().getEnumConstants()) {
                        Labelled l = (Labelled) e;
                        if (l.labelZh().equals(v) || e.name().equalsIgnoreCase(v) || l.labelEn().equalsIgnoreCase(v)) {
                            found = e;
                        }
                    }
                    if (found == null) {
                        errors.add(error(r, f, "LEDGER_CODE", v, suggestions(v, f.enumLabels())));
                    } else {
                        r.values.put(f, found);
                    }
                }
                case CODE_LIST -> {
                    String code = lookups.codeByLabel().get(f.codes() + ":" + v);
                    if (code == null) {
                        code = lookups.codeByLabel().get(f.codes() + ":" + v.toUpperCase(Locale.ROOT));
                    }
                    if (code == null) {
                        errors.add(error(r, f, "LEDGER_CODE", v, suggestions(v, lookups.codeLists().get((String) f.codes()))));
                    } else {
                        r.values.put(f, code);
                    }
                }
                case RESPONDENT -> respondents(r, f, v, errors);
                case YES_NO -> {
                    String u = v.toUpperCase(Locale.ROOT);
                    if (List.of("是", "Y", "YES", "TRUE", "1").contains(u)) {
                        r.values.put(f, Boolean.TRUE);
                    } else if (List.of("否", "N", "NO", "FALSE", "0").contains(u)) {
                        r.values.put(f, Boolean.FALSE);
                    } else {
                        errors.add(error(r, f, "LEDGER_CODE", v, "是、否"));
                    }
                }
                case TEXT -> {
                    if (v.length() > f.maxLength()) {
                        errors.add(error(r, f, "LEDGER_TOO_LONG", Integer.toString(f.maxLength())));
                    }
                }
            }
        }
        ledger.check(r, this, errors);
        return r;
    }

    /**
     * One respondent, or with {@code multiple} several separated by 、: each registered with the organ, or the organ
     * itself (its name, or 本机关). The value is a list of {@link Defendant}s.
     */
    private void respondents(LedgerRecord r, LedgerField f, String v, List<RowError> errors) {
        List<String> names = f.multiple() ? names(v) : List.of(v);
        List<Defendant> found = new ArrayList<>();
        for (String n : names) {
            Long id = lookups.respondents().get(n);
            if (id != null) {
                found.add(new Defendant(id, null));
            } else if (f.multiple() && (n.equals(lookups.organName()) || n.equals("本机关"))) {
                found.add(new Defendant(null, lookups.organId()));
            } else {
                List<String> valid = new ArrayList<>(lookups.respondents().keySet());
                if (f.multiple()) {
                    valid.add(lookups.organName());
                }
                errors.add(error(r, f, "LEDGER_RESPONDENT", n, suggestions(n, valid)));
                return;
            }
        }
        r.values.put(f, found);
    }

    /** A defendant or addressee: one of the organ's respondents, or the organ itself. */
    record Defendant(Long respondentId, Long organId) {
    }

    /** Whether the row was imported before exactly as it is now: importing it again changes nothing. */
    boolean unchanged(LedgerRecord r) {
        return r.key != null && r.hash.equals(lookups.importedHashes().get(r.key));
    }

    /**
     * The record's key: not twice in the file, and not already in Fuyi unless it came from this very row before (a
     * different row with an imported key is refused, as in the case ledger).
     */
    void key(LedgerRecord r, LedgerField f, String key, List<RowError> errors) {
        key(r, f, key, key, errors);
    }

    /** As {@link #key(LedgerRecord, LedgerField, String, List)}, with {@code shown} naming the record in messages. */
    void key(LedgerRecord r, LedgerField f, String key, String shown, List<RowError> errors) {
        Long first = seen.putIfAbsent(key, r.row);
        if (first != null) {
            errors.add(error(r, f, "LEDGER_DUPLICATE_IN_FILE", shown, Long.toString(first)));
            return;
        }
        String imported = lookups.importedHashes().get(key);
        if (imported != null && !imported.equals(r.hash)) {
            errors.add(error(r, f, "LEDGER_IMPORTED_DIFFERENTLY", shown));
        } else if (imported == null && lookups.existingKeys().containsKey(key)) {
            errors.add(error(r, f, "LEDGER_DUPLICATE_IN_DB", shown));
        }
        r.key = key;
    }

    void notBefore(LedgerRecord r, LedgerField later, LedgerField earlier, List<RowError> errors) {
        LocalDate l = r.date(later);
        LocalDate e = r.date(earlier);
        if (l != null && e != null && l.isBefore(e)) {
            errors.add(error(r, later, "LEDGER_DATE_ORDER", later.header(), earlier.header()));
        }
    }

    void needs(LedgerRecord r, LedgerField filled, LedgerField required, List<RowError> errors) {
        if (r.has(filled) && !r.has(required)) {
            errors.add(error(r, required, "LEDGER_NEEDS", filled.header(), required.header()));
        }
    }

    void exclusive(LedgerRecord r, LedgerField a, LedgerField b, List<RowError> errors) {
        if (r.has(a) && r.has(b)) {
            errors.add(error(r, a, "LEDGER_EXCLUSIVE", a.header(), b.header()));
        }
    }

    static RowError error(LedgerRecord r, LedgerField f, String code, String... more) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(r.row));
        args.add(f.header());
        args.addAll(List.of(more));
        return new RowError(r.row, f.header(), code, args);
    }

    /** A short digest of {@code parts} (hex), for a key made of long texts. */
    static String digest(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(String s) {
        return List.of(s.split("\\s*[、，,;；]\\s*"));
    }

    private static String suggestions(String wrong, List<String> valid) {
        List<String> near = valid == null ? List.of() : Nearest.to(wrong, valid);
        return near.isEmpty() ? "—" : String.join("、", near);
    }

    private static String hash(List<LedgerField> fields, LedgerRecord r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (LedgerField f : fields) {
                String v = r.text(f);
                md.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lookups every row ledger needs; {@code existingKeysSql} selects (key, id) of the organ's records (parameter
     * 1: the organ), {@code referencesSql} likewise for what rows refer to (or null).
     */
    static Lookups load(long organId, LedgerKind kind, String existingKeysSql, String referencesSql) {
        Organ organ = Organ.findById(organId);
        Map<String, Long> respondents = new HashMap<>();
        for (Respondent r : Respondent.<Respondent>list("organId", organId)) {
            respondents.putIfAbsent(r.name, r.id);
        }
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, String> byLabel = new HashMap<>();
        for (String list : List.of(CodeItem.ACT_CATEGORY, CodeItem.DOMAIN)) {
            List<String> labels = new ArrayList<>();
            for (CodeItem i : CodeItem.<CodeItem>list("listName = ?1 and active = true and (organId is null or organId = ?2)"
                    + " order by sortOrder, code", list, organId)) {
                labels.add(i.labelZh);
                byLabel.put(list + ":" + i.labelZh, i.code);
                byLabel.put(list + ":" + i.code.toUpperCase(Locale.ROOT), i.code);
            }
            lists.put(list, labels);
        }
        Map<String, String> imported = new HashMap<>();
        for (Object o : Organ.getEntityManager().createNativeQuery("SELECT record_key, content_hash FROM import_row"
                + " WHERE organ_id = ?1 AND ledger = ?2").setParameter(1, organId).setParameter(2, kind.name()).getResultList()) {
            Object[] row = (Object[]) o;
            imported.put((String) row[0], (String) row[1]);
        }
        return new Lookups(organId, organ.name, respondents, lists, byLabel, pairs(existingKeysSql, organId),
                imported, referencesSql == null ? Map.of() : pairs(referencesSql, organId));
    }

    private static Map<String, Long> pairs(String sql, long organId) {
        Map<String, Long> m = new HashMap<>();
        for (Object o : Organ.getEntityManager().createNativeQuery(sql).setParameter(1, organId).getResultList()) {
            Object[] row = (Object[]) o;
            m.putIfAbsent(row[0].toString(), ((Number) row[1]).longValue());
        }
        return m;
    }

    /** The fields whose header matches a template header (a trailing * or （必填） ignored). */
    static Map<Integer, LedgerField> header(List<String> cells, List<LedgerField> fields) {
        Map<String, LedgerField> byHeader = new HashMap<>();
        for (LedgerField f : fields) {
            byHeader.put(f.header(), f);
        }
        Map<Integer, LedgerField> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i) == null ? "" : cells.get(i).strip().replaceAll("[*＊]$|（必填）$|\\(必填\\)$", "").strip();
            LedgerField f = byHeader.get(h);
            if (f != null && !columns.containsValue(f)) {
                columns.put(i, f);
            }
        }
        return columns;
    }

}
