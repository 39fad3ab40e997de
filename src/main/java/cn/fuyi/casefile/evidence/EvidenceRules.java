package cn.fuyi.casefile.evidence;

import java.time.LocalDate;

/**
 * The statutory rules of the evidence register, pure.
 *
 * <ul>
 * <li>The respondent bears the burden of proof (ARL 44) and submits its evidence with its reply within 10 working days
 * of receiving the copy of the application, 5 in the simplified procedure (ARL 48, 54); evidence not submitted in time
 * leaves the act treated as having none (ARL 70). So a respondent's item is judged against the reply period as the
 * case's deadlines compute it, never by what the clerk types.</li>
 * <li>During the reconsideration the respondent may add evidence only with the office's permission, where the
 * applicant or a third party raised reasons or evidence not raised when the act was made (ARL 46 ¶2); a permitted
 * supplement is not late. Evidence the respondent collected on its own during the reconsideration does not count
 * (ARL 46 ¶1): that is for the review to exclude.</li>
 * <li>The applicant's and third parties' evidence has no statutory period here.</li>
 * </ul>
 */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /** @param replyDue the last day of the respondent's reply period, null while the copy's dates are not known */
    public static EvidenceTimeliness timeliness(SubmitterRole role, boolean supplementary, LocalDate submitted, LocalDate replyDue) {
        if (role != SubmitterRole.RESPONDENT) {
            return EvidenceTimeliness.NOT_APPLICABLE;
        }
        if (supplementary) {
            return EvidenceTimeliness.PERMITTED_SUPPLEMENT;
        }
        if (replyDue == null) {
            return EvidenceTimeliness.REPLY_PERIOD_UNKNOWN;
        }
        return submitted.isAfter(replyDue) ? EvidenceTimeliness.LATE : EvidenceTimeliness.IN_TIME;
    }

    /** Whether an item needs the office's permission before it may be entered (ARL 46 ¶2). */
    public static boolean needsPermission(SubmitterRole role, boolean supplementary) {
        return role == SubmitterRole.RESPONDENT && supplementary;
    }
}
