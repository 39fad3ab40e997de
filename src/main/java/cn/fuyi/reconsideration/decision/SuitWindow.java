package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The applicant's period to sue after the reconsideration, shown on the case (the applicant's period, never the
 * office's worklist).
 *
 * <ul>
 * <li>Where reconsideration had to come first (复议前置, ARL 23) and the organ refused (不予受理), dismissed the
 * application (驳回申请) or did not decide in time: 15 days from receiving the refusal or dismissal, or from the day the
 * decision period ran out (ARL 34). Until the refusal's service is recorded the refusal's date stands in;</li>
 * <li>after a decision: 15 days from its service (ALL 45).</li>
 * </ul>
 */
public final class SuitWindow {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.calendarDays(15);

    private SuitWindow() {
    }

    /** @param decisionDue the decision deadline as computed, when the case was accepted */
    public static Optional<Deadline> of(DeadlineContext x, Deadline decisionDue) {
        var c = x.c();
        boolean first = c.reconsiderationFirst != null;
        if (first && c.notAcceptedDate != null) {
            return Optional.of(window(x, "ARL 34", c.notAcceptedDate, "NOT_ACCEPTED"));
        }
        if (c.decisionType == DecisionType.DISMISS_APPLICATION) {
            if (!first) {
                return c.servedDate == null ? Optional.empty() : Optional.of(window(x, "ALL 45", c.servedDate, "DECISION_SERVED"));
            }
            LocalDate start = c.servedDate != null ? c.servedDate : c.concludedDate;
            return Optional.of(window(x, "ARL 34", start, c.servedDate != null ? "DECISION_SERVED" : "DISMISSED"));
        }
        if (c.servedDate != null) {
            return Optional.of(window(x, "ALL 45", c.servedDate, "DECISION_SERVED"));
        }
        if (first && decisionDue != null && c.concludedDate == null && decisionDue.status() == DeadlineStatus.OVERDUE) {
            return Optional.of(window(x, "ARL 34", decisionDue.due(), "DECISION_PERIOD_EXPIRED"));
        }
        return Optional.empty();
    }

    private static Deadline window(DeadlineContext x, String article, LocalDate start, String startEvent) {
        PeriodResult p = PERIOD.from(start, 0, x.cal());
        return x.deadline(DeadlineKind.SUIT_WINDOW, null, article, start, startEvent, p, 0, List.of(), null, null);
    }
}
