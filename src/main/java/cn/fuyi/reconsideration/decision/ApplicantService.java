package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;

/**
 * An applicant of the case and the day the decision was served on them according to the case's service records,
 * null when no service on them is recorded (ARL 75 ¶2: the decision takes effect on service; ALL 45: each applicant's
 * period to sue runs from their own receipt).
 */
public record ApplicantService(long partyId, String name, LocalDate servedDate) {
}
