package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The applicants' periods to sue after the reconsideration, shown on the case (the applicants' periods, never the
 * office's worklist).
 *
 * <ul>
 * <li>Where reconsideration had to come first (复议前置, ARL 23) and the organ refused (不予受理), dismissed the
 * application (驳回申请) or did not decide in time: 15 days from receiving the refusal or dismissal, or from the day the
 * decision period ran out (ARL 34). Until the refusal's service is recorded the refusal's date stands in;</li>
 * <li>after a decision: 15 days from its service (ALL 45). The decision takes effect on service (ARL 75 ¶2), and
 * service is on each party (ARL 88 ¶1, CPL 87-95), so each applicant's period runs from the day the decision was
 * served on that applicant, as the case's service records give it: one window per applicant, its refId the applicant's
 * party id. An applicant whose service is not recorded falls back on the served date recorded on the case, and a case
 * without any service record of its decision keeps that single window; the explanation says so.</li>
 * </ul>
 */
public final class SuitWindow {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(15);

    /** The start event of a window that runs from the applicant's own service record. */
    public static final String SERVED_ON_APPLICANT = "DECISION_SERVED_ON_APPLICANT";

    private SuitWindow() {
    }

    /** @param decisionDue the decision deadline as computed, when the case was accepted */
    public static List<Deadline> of(DeadlineContext x, Deadline decisionDue) {
        var c = x.c();
        boolean first = c.reconsiderationFirst != null;
        if (first && c.notAcceptedDate != null) {
            return List.of(window(x, "ARL 34", c.notAcceptedDate, "NOT_ACCEPTED", null));
        }
        List<ApplicantService> applicants = x.records().decisionServices();
        if (c.decisionType != null && applicants.stream().anyMatch(a -> a.servedDate() != null)) {
            String article = first && c.decisionType == DecisionType.DISMISS_APPLICATION ? "ARL 34" : "ALL 45";
            return perApplicant(x, article, applicants, c.servedDate);
        }
        if (c.decisionType == DecisionType.DISMISS_APPLICATION) {
            if (!first) {
                return c.servedDate == null ? List.of() : List.of(window(x, "ALL 45", c.servedDate, "DECISION_SERVED", null));
            }
            LocalDate start = c.servedDate != null ? c.servedDate : c.concludedDate;
            return List.of(window(x, "ARL 34", start, c.servedDate != null ? "DECISION_SERVED" : "DISMISSED", null));
        }
        if (c.servedDate != null) {
            return List.of(window(x, "ALL 45", c.servedDate, "DECISION_SERVED", null));
        }
        if (first && decisionDue != null && c.concludedDate == null && decisionDue.status() == DeadlineStatus.OVERDUE) {
            return List.of(window(x, "ARL 34", decisionDue.due(), "DECISION_PERIOD_EXPIRED", null));
        }
        return List.of();
    }

    /**
     * One window per applicant served (ALL 45 counts from each one's own receipt); an applicant not yet served has one
     * only when the case records a served date, which then stands in.
     */
    static List<Deadline> perApplicant(DeadlineContext x, String article, List<ApplicantService> applicants, LocalDate caseServed) {
        List<Deadline> list = new ArrayList<>();
        for (ApplicantService a : applicants) {
            if (a.servedDate() != null) {
                list.add(window(x, article, a.servedDate(), SERVED_ON_APPLICANT, a.partyId()));
            } else if (caseServed != null) {
                list.add(window(x, article, caseServed, "DECISION_SERVED", a.partyId()));
            }
        }
        return list;
    }

    private static Deadline window(DeadlineContext x, String article, LocalDate start, String startEvent, Long applicantId) {
        PeriodResult p = PERIOD.from(start, 0, x.cal());
        return x.deadline(DeadlineKind.SUIT_WINDOW, applicantId, article, start, startEvent, p, 0, List.of(), null, null);
    }
}
