package cn.fuyi.reconsideration.performance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.PeriodUnit;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The period for carrying out a decision or a mediation agreement (履行期限, ARL 77). It runs from the day the document
 * takes effect: a decision on its service (ARL 75 ¶2), an agreement once signed and sealed (ARL 73 ¶1). In order of
 * precedence:
 * <ol>
 * <li>a due date a clerk set instead (kept with its reason on the obligation);</li>
 * <li>the date or the period the decision or agreement sets ("在一定期限内", ARL 64, 66) — a period the document sets is
 * not one of the law's own 3, 5, 7 or 10 日 periods, so it counts in calendar days under the Civil Procedure Law's
 * rules (ARL 88 ¶1), its end moved past a rest day;</li>
 * <li>the rule where the law gives one: an act to be made again, 60 days when no law, regulation or rule sets another
 * period (Regulations 2007 art. 49, made for ARL 2017 art. 28 and not replaced).</li>
 * </ol>
 * Without any of them the obligation has no deadline. A date (set by the document or by a clerk) is shown as the
 * calendar days from the start to it, never moved. Opinion letters keep their own rule ({@link OpinionLetterAnswerPeriod}).
 */
public final class PerformancePeriod {

    static final String DECISION_SERVED = "DECISION_SERVED";
    static final String AGREEMENT_EFFECTIVE = "MEDIATION_AGREEMENT_EFFECTIVE";
    static final String DATE_SET = "PERFORMANCE_DUE_SET";
    static final String OVERRIDDEN = "PERFORMANCE_DUE_OVERRIDDEN";

    private PerformancePeriod() {
    }

    public static Optional<Deadline> of(DeadlineContext x, Obligation o) {
        if (o.source == ObligationSource.OPINION_LETTER) {
            return Optional.empty();
        }
        LocalDate start = o.source == ObligationSource.DECISION ? x.c().servedDate : o.aroseDate;
        if (start == null) {
            return Optional.empty();
        }
        String startEvent = o.source == ObligationSource.DECISION ? DECISION_SERVED : AGREEMENT_EFFECTIVE;
        if (o.overrideDueDate != null) {
            return Optional.of(fixed(x, o, start, o.overrideDueDate, OVERRIDDEN, o.kind.article()));
        }
        if (o.documentDueDate != null) {
            return Optional.of(fixed(x, o, start, o.documentDueDate, DATE_SET, o.kind.article()));
        }
        if (o.periodDays != null) {
            PeriodResult p = StatutoryPeriod.calendarDays(o.periodDays).from(start, x.cal());
            return Optional.of(deadline(x, o, o.kind.article(), start, startEvent, p));
        }
        if (o.kind.ruleDays() != null && o.source == ObligationSource.DECISION) {
            PeriodResult p = StatutoryPeriod.calendarDays(o.kind.ruleDays()).from(start, x.cal());
            return Optional.of(deadline(x, o, x.article("ARL 64; Regulations 2007 art. 49",
                    "ARL 2017 art. 28; Regulations 2007 art. 49"), start, startEvent, p));
        }
        return Optional.empty();
    }

    /** A due date given as a date: the days from the start to it, the date itself never moved. */
    static Deadline fixed(DeadlineContext x, Obligation o, LocalDate start, LocalDate due, String startEvent, String article) {
        return deadline(x, o, article, start, startEvent, fixedPeriod(x, start, due));
    }

    static PeriodResult fixedPeriod(DeadlineContext x, LocalDate start, LocalDate due) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(start, due));
        LocalDate from = due.isBefore(start) ? due : start;
        return new PeriodResult(start, PeriodUnit.CALENDAR_DAYS, days, 0, due, due, List.of(), false,
                x.cal().unpublishedYears(from, due));
    }

    private static Deadline deadline(DeadlineContext x, Obligation o, String article, LocalDate start, String startEvent,
            PeriodResult p) {
        return x.deadline(DeadlineKind.PERFORMANCE, o.id, article, start, startEvent, p, 0, List.of(), o.performedDate, null);
    }
}
