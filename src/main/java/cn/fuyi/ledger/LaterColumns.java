package cn.fuyi.ledger;

import static cn.fuyi.ledger.CaseColumn.*;

import java.util.List;

import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.ResidentIdNumber;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/**
 * The cell checks of the ledger columns added after the first release (parties' ID numbers, agents and third parties;
 * stays of execution; the committee; mediation; normative-document reviews): which cells need or exclude each other,
 * and ID numbers checked as the API checks them. The engine's own rules follow in {@link CaseImporter}.
 */
final class LaterColumns {

    private LaterColumns() {
    }

    static List<String> names(String s) {
        return List.of(s.split("\\s*[、，,;；]\\s*"));
    }

    static void check(CaseRow r, List<RowError> errors) {
        // applicants' ID numbers: one per applicant, a resident ID card's with its check digit (as the intake checks it)
        needs(r, APPLICANT_ID_NUMBER, APPLICANT_ID_TYPE, errors);
        needs(r, APPLICANT_ID_TYPE, APPLICANT_ID_NUMBER, errors);
        if (r.has(APPLICANT_ID_NUMBER)) {
            List<String> numbers = names(r.text(APPLICANT_ID_NUMBER));
            r.applicantIdNumbers = numbers;
            if (r.applicants != null && numbers.size() != r.applicants.size()) {
                errors.add(CaseRows.error(r, APPLICANT_ID_NUMBER, "LEDGER_ID_COUNT", Integer.toString(numbers.size()),
                        Integer.toString(r.applicants.size())));
            } else if (r.applicantIdType == IdType.RESIDENT_ID_CARD) {
                for (int i = 0; i < numbers.size(); i++) {
                    if (!ResidentIdNumber.valid(numbers.get(i))) {
                        errors.add(CaseRows.error(r, APPLICANT_ID_NUMBER, "LEDGER_ID_NUMBER", numbers.get(i), Integer.toString(i + 1)));
                    }
                }
            }
        }
        needs(r, AGENT, AGENT_KIND, errors);
        needs(r, AGENT_KIND, AGENT, errors);
        needs(r, THIRD_PARTY, THIRD_PARTY_KIND, errors);
        needs(r, THIRD_PARTY_KIND, THIRD_PARTY, errors);

        // stay of execution (ARL 42)
        for (CaseColumn c : List.of(ACCEPTED, STAY_REQUESTED_BY, STAY_GRANTED, STAY_REASON)) {
            needs(r, STAY_DECIDED, c, errors);
        }
        for (CaseColumn c : List.of(STAY_REQUESTED_BY, STAY_GRANTED, STAY_GROUND, STAY_LEGAL_BASIS, STAY_REASON)) {
            needs(r, c, STAY_DECIDED, errors);
        }
        if (Boolean.TRUE.equals(r.stayGranted)) {
            needs(r, STAY_GRANTED, STAY_GROUND, errors);
        }

        // the committee (ARL 52, 61 ¶3)
        for (CaseColumn c : List.of(ACCEPTED, COMMITTEE_GROUND, COMMITTEE_QUESTIONS)) {
            needs(r, COMMITTEE_REFERRED, c, errors);
        }
        needs(r, COMMITTEE_OPINION_DATE, COMMITTEE_REFERRED, errors);
        needs(r, COMMITTEE_OPINION_DATE, COMMITTEE_MEMBERS, errors);
        needs(r, COMMITTEE_OPINION_DATE, COMMITTEE_OPINION, errors);
        for (CaseColumn c : List.of(COMMITTEE_GROUND, COMMITTEE_QUESTIONS)) {
            needs(r, c, COMMITTEE_REFERRED, errors);
        }
        for (CaseColumn c : List.of(COMMITTEE_MEMBERS, COMMITTEE_OPINION, COMMITTEE_FOLLOWED)) {
            needs(r, c, COMMITTEE_OPINION_DATE, errors);
        }
        needs(r, COMMITTEE_FOLLOWED, DECIDED, errors);
        if (Boolean.FALSE.equals(r.committeeFollowed)) {
            needs(r, COMMITTEE_FOLLOWED, COMMITTEE_NOT_FOLLOWED_REASON, errors);
        }
        needs(r, COMMITTEE_NOT_FOLLOWED_REASON, COMMITTEE_FOLLOWED, errors);
        if (r.date(COMMITTEE_OPINION_DATE) != null && r.date(DECIDED) != null && r.decisionType != null && r.decisionType.onMerits()
                && r.date(DECIDED).isBefore(r.date(COMMITTEE_OPINION_DATE))) {
            errors.add(CaseRows.error(r, DECIDED, "LEDGER_DATE_ORDER", DECIDED.header, COMMITTEE_OPINION_DATE.header));
        }

        // mediation (ARL 5, 73)
        needs(r, MEDIATION_STARTED, ACCEPTED, errors);
        needs(r, MEDIATION_ENDED, MEDIATION_STARTED, errors);
        needs(r, MEDIATION_ENDED, MEDIATION_AGREED, errors);
        for (CaseColumn c : List.of(MEDIATION_AGREED, MEDIATION_CONTENT, MEDIATION_END_REASON)) {
            needs(r, c, MEDIATION_ENDED, errors);
        }
        needs(r, MEDIATION_GROUND_2017, MEDIATION_STARTED, errors);
        if (Boolean.TRUE.equals(r.mediationAgreed)) {
            needs(r, MEDIATION_AGREED, MEDIATION_CONTENT, errors);
            exclusive(r, MEDIATION_AGREED, MEDIATION_END_REASON, errors);
        } else if (Boolean.FALSE.equals(r.mediationAgreed)) {
            exclusive(r, MEDIATION_CONTENT, MEDIATION_AGREED, errors);
        }
        if (r.date(MEDIATION_ENDED) != null && r.date(DECIDED) != null && r.date(DECIDED).isBefore(r.date(MEDIATION_ENDED))) {
            errors.add(CaseRows.error(r, DECIDED, "LEDGER_DATE_ORDER", DECIDED.header, MEDIATION_ENDED.header));
        }

        // normative-document review (ARL 13, 39 ¶1 (九), 56-60): within the case's suspension on ground (九)
        for (CaseColumn c : List.of(SUSPENDED, NORMATIVE_RAISED_BY, NORMATIVE_TITLE, NORMATIVE_KIND, NORMATIVE_ISSUER, NORMATIVE_CLAUSES,
                NORMATIVE_COMPETENT)) {
            needs(r, NORMATIVE_RAISED, c, errors);
        }
        if (r.has(NORMATIVE_RAISED) && r.suspensionGround != null && r.suspensionGround != SuspensionGround.NORMATIVE_DOCUMENT_REVIEW) {
            errors.add(CaseRows.error(r, SUSPENSION_GROUND, "LEDGER_NORMATIVE_SUSPENSION", SuspensionGround.NORMATIVE_DOCUMENT_REVIEW.labelZh()));
        }
        if (r.date(NORMATIVE_RAISED) != null && r.date(SUSPENDED) != null && r.date(NORMATIVE_RAISED).isBefore(r.date(SUSPENDED))) {
            errors.add(CaseRows.error(r, NORMATIVE_RAISED, "LEDGER_DATE_ORDER", NORMATIVE_RAISED.header, SUSPENDED.header));
        }
        for (CaseColumn c : List.of(NORMATIVE_RAISED_BY, NORMATIVE_TITLE, NORMATIVE_KIND, NORMATIVE_ISSUER, NORMATIVE_CLAUSES,
                NORMATIVE_COMPETENT, NORMATIVE_NOTICE, NORMATIVE_FORWARDED, NORMATIVE_RESULT_DATE)) {
            needs(r, c, NORMATIVE_RAISED, errors);
        }
        needs(r, NORMATIVE_ANSWER, NORMATIVE_NOTICE, errors);
        needs(r, NORMATIVE_FORWARDED, NORMATIVE_FORWARDED_TO, errors);
        needs(r, NORMATIVE_FORWARDED_TO, NORMATIVE_FORWARDED, errors);
        needs(r, NORMATIVE_RESULT_DATE, NORMATIVE_RESULT, errors);
        needs(r, NORMATIVE_RESULT, NORMATIVE_RESULT_DATE, errors);
        needs(r, NORMATIVE_STOPPED_CLAUSES, NORMATIVE_RESULT, errors);
        if (Boolean.TRUE.equals(r.normativeCompetent)) {
            exclusive(r, NORMATIVE_FORWARDED, NORMATIVE_COMPETENT, errors);
        } else if (Boolean.FALSE.equals(r.normativeCompetent)) {
            needs(r, NORMATIVE_RESULT_DATE, NORMATIVE_FORWARDED, errors);
            exclusive(r, NORMATIVE_NOTICE, NORMATIVE_COMPETENT, errors);
        }
        if (r.has(NORMATIVE_RAISED)) {
            needs(r, RESUMED, NORMATIVE_RESULT_DATE, errors);
        }
    }

    private static void needs(CaseRow r, CaseColumn filled, CaseColumn required, List<RowError> errors) {
        if (r.has(filled) && !r.has(required)) {
            errors.add(CaseRows.error(r, required, "LEDGER_NEEDS", filled.header, required.header));
        }
    }

    private static void exclusive(CaseRow r, CaseColumn a, CaseColumn b, List<RowError> errors) {
        if (r.has(a) && r.has(b)) {
            errors.add(CaseRows.error(r, a, "LEDGER_EXCLUSIVE", a.header, b.header));
        }
    }
}
