package cn.fuyi.ledger;

import static cn.fuyi.ledger.CaseColumn.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fuyi.common.Labelled;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/**
 * Reads the cells of a reconsideration-case ledger row and checks what can be checked before the case engine sees
 * it: required cells, dates, numbers, codes (with the nearest valid ones), respondents, the order of the dates, facts
 * that need or exclude each other, and the case number (the organ's pattern; not twice in the file; not already in
 * Fuyi unless it came from this very row before). The engine's own rules are applied afterwards by
 * {@link CaseImporter}, through the same steps as the API.
 */
final class CaseRows {

    /** The ledger's facts as the organ knows them: its pattern, respondents, codes, and the case numbers it has. */
    record Lookups(String caseNumberPattern, Map<String, Long> respondents, Map<String, List<String>> codeLists,
            Map<String, String> codeByLabel, java.util.Set<String> existingNumbers, Map<String, String> importedHashes) {
    }

    private static final Pattern DATE_ZH = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Map<CaseColumn, CaseColumn> NOT_BEFORE = new java.util.LinkedHashMap<>();
    static {
        NOT_BEFORE.put(ACT_KNOWN, ACT_DATE);
        NOT_BEFORE.put(RECEIVED, ACT_DATE);
        NOT_BEFORE.put(CORRECTION_REQUESTED, RECEIVED);
        NOT_BEFORE.put(CORRECTION_RECEIVED, CORRECTION_REQUESTED);
        NOT_BEFORE.put(ABANDONED, CORRECTION_REQUESTED);
        NOT_BEFORE.put(ACCEPTED, RECEIVED);
        NOT_BEFORE.put(NOT_ACCEPTED, RECEIVED);
        NOT_BEFORE.put(PROCEDURE_DATE, ACCEPTED);
        NOT_BEFORE.put(OPINION_HEARD, ACCEPTED);
        NOT_BEFORE.put(HEARING_NOTICE, ACCEPTED);
        NOT_BEFORE.put(HEARING_DATE, HEARING_NOTICE);
        NOT_BEFORE.put(SUSPENDED, ACCEPTED);
        NOT_BEFORE.put(RESUMED, SUSPENDED);
        NOT_BEFORE.put(EXTENDED, ACCEPTED);
        NOT_BEFORE.put(DECIDED, ACCEPTED);
        NOT_BEFORE.put(SERVED, DECIDED);
        NOT_BEFORE.put(PUBLISHED, SERVED);
        NOT_BEFORE.put(STAY_DECIDED, ACCEPTED);
        NOT_BEFORE.put(COMMITTEE_REFERRED, ACCEPTED);
        NOT_BEFORE.put(COMMITTEE_OPINION_DATE, COMMITTEE_REFERRED);
        NOT_BEFORE.put(MEDIATION_STARTED, ACCEPTED);
        NOT_BEFORE.put(MEDIATION_ENDED, MEDIATION_STARTED);
        NOT_BEFORE.put(NORMATIVE_RAISED, ACCEPTED);
        NOT_BEFORE.put(NORMATIVE_NOTICE, NORMATIVE_RAISED);
        NOT_BEFORE.put(NORMATIVE_ANSWER, NORMATIVE_NOTICE);
        NOT_BEFORE.put(NORMATIVE_FORWARDED, NORMATIVE_RAISED);
        NOT_BEFORE.put(NORMATIVE_RESULT_DATE, NORMATIVE_RAISED);
    }

    private final Lookups lookups;
    private final LocalDate today;
    /** Case number → the first row that has it. */
    private final Map<String, Long> seen = new HashMap<>();

    CaseRows(Lookups lookups, LocalDate today) {
        this.lookups = lookups;
        this.today = today;
    }

    /** The row's facts, with every error found added to {@code errors}; null when the row is blank. */
    CaseRow read(long rowNo, Map<CaseColumn, String> cells, List<RowError> errors) {
        CaseRow r = new CaseRow(rowNo);
        boolean blank = true;
        for (CaseColumn c : CaseColumn.values()) {
            String v = cells.get(c);
            if (v != null && !v.isBlank()) {
                r.text.put(c, v.strip());
                blank = false;
            }
        }
        if (blank) {
            return null;
        }
        r.hash = hash(r);
        for (CaseColumn c : CaseColumn.values()) {
            String v = r.text(c);
            if (v == null) {
                if (c.required) {
                    errors.add(error(r, c, "LEDGER_REQUIRED"));
                }
                continue;
            }
            switch (c.type) {
                case DATE -> date(r, c, v, errors);
                case NUMBER -> {
                    try {
                        int n = Integer.parseInt(v.replace(".0", ""));
                        if (n <= 0) {
                            throw new NumberFormatException();
                        }
                        if (c == CORRECTION_DAYS) {
                            r.correctionDays = n;
                        } else {
                            r.extensionDays = n;
                        }
                    } catch (NumberFormatException e) {
                        errors.add(error(r, c, "LEDGER_NUMBER", v));
                    }
                }
                case CODE -> code(r, c, v, errors);
                case CODE_LIST -> {
                    String code = codeListValue(c, v);
                    if (code == null) {
                        errors.add(error(r, c, "LEDGER_CODE", v, suggestions(v, lookups.codeLists().get((String) c.codes))));
                    } else if (c == CATEGORY) {
                        r.actCategory = code;
                    } else {
                        r.actDomain = code;
                    }
                }
                case RESPONDENT -> {
                    Long id = lookups.respondents().get(v);
                    if (id == null) {
                        errors.add(error(r, c, "LEDGER_RESPONDENT", v,
                                suggestions(v, new ArrayList<>(lookups.respondents().keySet()))));
                    } else {
                        r.respondentId = id;
                    }
                }
                case YES_NO -> {
                    Boolean yes = null;
                    if (List.of("是", "Y", "YES", "TRUE", "1").contains(v.toUpperCase(Locale.ROOT))) {
                        yes = true;
                    } else if (List.of("否", "N", "NO", "FALSE", "0").contains(v.toUpperCase(Locale.ROOT))) {
                        yes = false;
                    } else {
                        errors.add(error(r, c, "LEDGER_CODE", v, "是、否"));
                    }
                    if (yes != null) {
                        yesNo(r, c, yes);
                    }
                }
                case TEXT -> {
                    if (v.length() > maxLength(c)) {
                        errors.add(error(r, c, "LEDGER_TOO_LONG", Integer.toString(maxLength(c))));
                    }
                }
            }
        }
        if (r.has(APPLICANT)) {
            r.applicants = List.of(r.text(APPLICANT).split("\\s*[、；;]\\s*"));
        }
        caseNumber(r, errors);
        order(r, errors);
        sequence(r, errors);
        LaterColumns.check(r, errors);
        return r;
    }

    /** A yes-or-no cell's value, on the field of its column. */
    private static void yesNo(CaseRow r, CaseColumn c, boolean yes) {
        switch (c) {
            case HEAD_ATTENDED -> r.headAttended = yes;
            case STAY_GRANTED -> r.stayGranted = yes;
            case COMMITTEE_FOLLOWED -> r.committeeFollowed = yes;
            case MEDIATION_AGREED -> r.mediationAgreed = yes;
            case NORMATIVE_COMPETENT -> r.normativeCompetent = yes;
            default -> throw new IllegalStateException(c.name());
        }
    }

    private static int maxLength(CaseColumn c) {
        return switch (c) {
            case CASE_NUMBER -> 64;
            case APPLICANT, ACT, NOT_ACCEPTED_REASON, HEAD_ABSENCE_REASON, EXTENSION_REASON, DECISION_REASON,
                    NOT_PUBLISHED_REASON -> 1000;
            case REQUEST -> 5000;
            case HEARING_PLACE, PUBLISHED_AT, RESPONDENT_STAFF, HEARING_OFFICERS -> 200;
            case APPLICANT_ID_NUMBER, AGENT, THIRD_PARTY, STAY_REASON, COMMITTEE_NOT_FOLLOWED_REASON, MEDIATION_END_REASON,
                    COMMITTEE_MEMBERS -> 1000;
            case STAY_LEGAL_BASIS, NORMATIVE_TITLE, NORMATIVE_FORWARDED_TO -> 300;
            case NORMATIVE_ISSUER -> 200;
            case COMMITTEE_QUESTIONS, NORMATIVE_CLAUSES, NORMATIVE_STOPPED_CLAUSES -> 2000;
            case COMMITTEE_OPINION, MEDIATION_CONTENT -> 20000;
            default -> 50;
        };
    }

    private void date(CaseRow r, CaseColumn c, String v, List<RowError> errors) {
        LocalDate d = parseDate(v);
        if (d == null) {
            errors.add(error(r, c, "LEDGER_DATE", v));
        } else if (d.isAfter(today)) {
            errors.add(error(r, c, "LEDGER_FUTURE", d.toString()));
        } else {
            r.dates.put(c, d);
        }
    }

    /** 2019-01-03, 2019/1/3, 2019.1.3, 2019年1月3日, or an Excel serial day number. */
    static LocalDate parseDate(String v) {
        String s = v.strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // other forms below
        }
        Matcher m = DATE_ZH.matcher(s);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (s.matches("\\d{5}(\\.0+)?")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(s.replaceAll("\\..*", "")));
        }
        return null;
    }

    private void code(CaseRow r, CaseColumn c, String v, List<RowError> errors) {
        Enum<?> found = null;
        List<String> labels = new ArrayList<>();
        for (Enum<?> e : c.enumType().getEnumConstants()) {
            Labelled l = (Labelled) e;
            labels.add(l.labelZh());
            if (l.labelZh().equals(v) || e.name().equalsIgnoreCase(v) || l.labelEn().equalsIgnoreCase(v)) {
                found = e;
            }
        }
        if (found == null) {
            errors.add(error(r, c, "LEDGER_CODE", v, suggestions(v, labels)));
            return;
        }
        switch (c) {
            case CHANNEL -> r.channel = (Channel) found;
            case APPLICANT_KIND -> r.applicantKind = (PartyKind) found;
            case PROCEDURE -> r.procedure = (ProcedureType) found;
            case SIMPLIFIED_GROUND -> r.simplifiedGround = (SimplifiedGround) found;
            case SUSPENSION_GROUND -> r.suspensionGround = (SuspensionGround) found;
            case DECISION_TYPE -> r.decisionType = (DecisionType) found;
            case TERMINATION_GROUND -> r.terminationGround = (TerminationGround) found;
            case APPLICANT_ID_TYPE -> r.applicantIdType = (cn.fuyi.reconsideration.intake.IdType) found;
            case AGENT_KIND -> r.agentKind = (cn.fuyi.reconsideration.intake.AgentKind) found;
            case THIRD_PARTY_KIND -> r.thirdPartyKind = (PartyKind) found;
            case STAY_REQUESTED_BY -> r.stayRequestedBy = (cn.fuyi.reconsideration.stay.StayRequester) found;
            case STAY_GROUND -> r.stayGround = (cn.fuyi.reconsideration.stay.StayGround) found;
            case COMMITTEE_GROUND -> r.committeeGround = (cn.fuyi.reconsideration.committee.CommitteeGround) found;
            case MEDIATION_GROUND_2017 -> r.mediationGround2017 = (cn.fuyi.reconsideration.mediation.Ground2017) found;
            case NORMATIVE_RAISED_BY -> r.normativeRaisedBy = (cn.fuyi.reconsideration.normativedocument.ReviewRaisedBy) found;
            case NORMATIVE_KIND -> r.normativeKind = (cn.fuyi.reconsideration.normativedocument.NormativeDocumentKind) found;
            case NORMATIVE_RESULT -> r.normativeResult = (cn.fuyi.reconsideration.normativedocument.NormativeDocumentResult) found;
            default -> throw new IllegalStateException(c.name());
        }
    }

    /** A code-list cell: its label or its code (letters in any case). */
    private String codeListValue(CaseColumn c, String v) {
        String code = lookups.codeByLabel().get(c.codes + ":" + v);
        return code != null ? code : lookups.codeByLabel().get(c.codes + ":" + v.toUpperCase(Locale.ROOT));
    }

    private static String suggestions(String wrong, List<String> valid) {
        List<String> near = valid == null ? List.of() : Nearest.to(wrong, valid);
        return near.isEmpty() ? "—" : String.join("、", near);
    }

    private void caseNumber(CaseRow r, List<RowError> errors) {
        String n = r.text(CASE_NUMBER);
        if (n == null) {
            return;
        }
        if (CaseNumberPattern.parse(lookups.caseNumberPattern(), n) == null) {
            errors.add(error(r, CASE_NUMBER, "LEDGER_CASE_NUMBER_PATTERN", n, lookups.caseNumberPattern()));
            return;
        }
        Long first = seen.putIfAbsent(n, r.row);
        if (first != null) {
            errors.add(error(r, CASE_NUMBER, "LEDGER_DUPLICATE_IN_FILE", n, Long.toString(first)));
            return;
        }
        String imported = lookups.importedHashes().get(n);
        if (imported != null && !imported.equals(r.hash)) {
            errors.add(error(r, CASE_NUMBER, "LEDGER_IMPORTED_DIFFERENTLY", n));
        } else if (imported == null && lookups.existingNumbers().contains(n)) {
            errors.add(error(r, CASE_NUMBER, "LEDGER_DUPLICATE_IN_DB", n));
        }
        r.caseNumber = n;
    }

    /** Whether the row was imported before, exactly as it is now: importing it again changes nothing. */
    boolean unchanged(CaseRow r) {
        return r.hash.equals(lookups.importedHashes().get(r.caseNumber));
    }

    private static void order(CaseRow r, List<RowError> errors) {
        NOT_BEFORE.forEach((later, earlier) -> {
            LocalDate l = r.date(later);
            LocalDate e = r.date(earlier);
            if (l != null && e != null && l.isBefore(e)) {
                errors.add(error(r, later, "LEDGER_DATE_ORDER", later.header, earlier.header));
            }
        });
    }

    private static void sequence(CaseRow r, List<RowError> errors) {
        exclusive(r, ACCEPTED, NOT_ACCEPTED, errors);
        exclusive(r, ABANDONED, ACCEPTED, errors);
        exclusive(r, ABANDONED, NOT_ACCEPTED, errors);
        exclusive(r, PUBLISHED, NOT_PUBLISHED_REASON, errors);
        needs(r, CORRECTION_RECEIVED, CORRECTION_REQUESTED, errors);
        needs(r, ABANDONED, CORRECTION_REQUESTED, errors);
        if (r.has(CORRECTION_REQUESTED) && (r.has(ACCEPTED) || r.has(NOT_ACCEPTED))) {
            needs(r, r.has(ACCEPTED) ? ACCEPTED : NOT_ACCEPTED, CORRECTION_RECEIVED, errors);
        }
        needs(r, NOT_ACCEPTED, NOT_ACCEPTED_REASON, errors);
        for (CaseColumn c : List.of(PROCEDURE, OPINION_HEARD, HEARING_NOTICE, SUSPENDED, EXTENDED, DECIDED)) {
            needs(r, c, ACCEPTED, errors);
        }
        needs(r, OPINION_HEARD, PROCEDURE, errors);
        needs(r, HEARING_NOTICE, PROCEDURE, errors);
        if (r.procedure == ProcedureType.SIMPLIFIED) {
            needs(r, PROCEDURE, SIMPLIFIED_GROUND, errors);
        }
        needs(r, HEARING_DATE, HEARING_NOTICE, errors);
        needs(r, HEARING_NOTICE, HEARING_DATE, errors);
        if (r.has(HEARING_DATE)) {
            for (CaseColumn c : List.of(HEARING_PLACE, HEARING_PRESIDING, HEARING_OFFICERS, HEARING_RECORDER)) {
                needs(r, HEARING_DATE, c, errors);
            }
            if (r.has(HEARING_OFFICERS) && r.text(HEARING_OFFICERS).split("\\s*[、，,;；]\\s*").length < 2) {
                errors.add(error(r, HEARING_OFFICERS, "LEDGER_TWO_OFFICERS"));
            }
        }
        needs(r, SUSPENDED, SUSPENSION_GROUND, errors);
        needs(r, RESUMED, SUSPENDED, errors);
        needs(r, EXTENDED, EXTENSION_DAYS, errors);
        needs(r, EXTENDED, EXTENSION_REASON, errors);
        needs(r, DECIDED, DECISION_TYPE, errors);
        needs(r, DECISION_TYPE, DECIDED, errors);
        if (r.decisionType == DecisionType.TERMINATION) {
            needs(r, DECISION_TYPE, TERMINATION_GROUND, errors);
        }
        if (r.decisionType == DecisionType.DISMISS_APPLICATION) {
            needs(r, DECISION_TYPE, DECISION_REASON, errors);
        }
        needs(r, SERVED, DECIDED, errors);
        needs(r, PUBLISHED, SERVED, errors);
        needs(r, NOT_PUBLISHED_REASON, SERVED, errors);
        needs(r, PUBLISHED, PUBLISHED_AT, errors);
    }

    private static void exclusive(CaseRow r, CaseColumn a, CaseColumn b, List<RowError> errors) {
        if (r.has(a) && r.has(b)) {
            errors.add(error(r, a, "LEDGER_EXCLUSIVE", a.header, b.header));
        }
    }

    private static void needs(CaseRow r, CaseColumn filled, CaseColumn required, List<RowError> errors) {
        if (r.has(filled) && !r.has(required)) {
            errors.add(error(r, required, "LEDGER_NEEDS", filled.header, required.header));
        }
    }

    static RowError error(CaseRow r, CaseColumn c, String code, String... more) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(r.row));
        args.add(c.header);
        args.addAll(List.of(more));
        return new RowError(r.row, c.header, code, args);
    }

    private static String hash(CaseRow r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (CaseColumn c : CaseColumn.values()) {
                String v = r.text(c);
                if (v == null && c.ordinal() > CaseColumn.LAST_OF_FIRST_RELEASE.ordinal()) {
                    // a column added later and left empty: the hash of a row imported before it existed stays the same
                    continue;
                }
                if (c.ordinal() > CaseColumn.LAST_OF_FIRST_RELEASE.ordinal()) {
                    md.update(c.name().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0x1E);
                }
                md.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
