package cn.fuyi.reconsideration.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The application period (申请期限), an admissibility condition (ARL 30 ¶1(四)), computed at intake so a late
 * application is flagged at once.
 *
 * <ul>
 * <li>60 days from the day the applicant knew or should have known of the act, or the longer period another law sets
 * (ARL 20 ¶1);</li>
 * <li>force majeure or another good reason pauses it: it runs on from the day the obstacle was removed (ARL 20 ¶2) —
 * the obstacle's days are added;</li>
 * <li>if the act did not state the right to apply, the organ and the period, it runs from the day the applicant
 * learned of them, but never longer than one year from knowing the act (ARL 20 ¶3); while that day is not recorded,
 * only the one-year limit applies. A case that does not say whether the act stated them is read as stated;</li>
 * <li>never more than 5 years from the act, 20 for real property (ARL 21): beyond that the organ does not accept.</li>
 * </ul>
 * The applicant applies when the first office receives it: the penalty agency's receipt when submitted through it
 * (ARL 32 ¶1). Calendar days, with the Civil Procedure Law's end-of-period rule (ARL 88 ¶1).
 */
public final class ApplicationPeriod {

    static final int DAYS = 60;
    static final int NOT_STATED_LIMIT_MONTHS = 12;
    static final int LIMIT_YEARS = 5;
    static final int REAL_PROPERTY_LIMIT_YEARS = 20;

    private ApplicationPeriod() {
    }

    /** The day the application was made. */
    public static LocalDate appliedOn(ReconsiderationCase c) {
        return c.agencyReceivedDate != null ? c.agencyReceivedDate : c.receivedDate;
    }

    public static List<Deadline> of(DeadlineContext x) {
        List<Deadline> list = new ArrayList<>();
        period(x).ifPresent(list::add);
        limit(x).ifPresent(list::add);
        return list;
    }

    /** ARL 20: from knowing the act (or learning of the right to apply), paused by an obstacle. */
    public static Optional<Deadline> period(DeadlineContext x) {
        ReconsiderationCase c = x.c();
        if (c.actKnownDate == null) {
            return Optional.empty();
        }
        int obstacleDays = c.obstacleFrom == null ? 0 : (int) ChronoUnit.DAYS.between(c.obstacleFrom, c.obstacleTo) + 1;
        int days = c.longerPeriodDays != null ? Math.max(DAYS, c.longerPeriodDays) : DAYS;
        LocalDate applied = appliedOn(c);
        PeriodResult p;
        String start;
        String article = c.longerPeriodDays != null ? "ARL 20 ¶1 (a longer statutory period)" : "ARL 20 ¶1";
        if (Boolean.FALSE.equals(c.actNoticeStatedRights)) {
            PeriodResult cap = StatutoryPeriod.months(NOT_STATED_LIMIT_MONTHS).from(c.actKnownDate, obstacleDays, x.cal());
            p = cap;
            start = "ACT_KNOWN_RIGHTS_NOT_STATED";
            article = "ARL 20 ¶3";
            if (c.rightsKnownDate != null) {
                PeriodResult fromRights = StatutoryPeriod.calendarDays(days).from(c.rightsKnownDate, obstacleDays, x.cal());
                if (fromRights.due().isBefore(cap.due())) {
                    p = fromRights;
                    start = "RIGHTS_KNOWN";
                }
            }
        } else {
            p = StatutoryPeriod.calendarDays(days).from(c.actKnownDate, obstacleDays, x.cal());
            start = "ACT_KNOWN";
        }
        LocalDate from = "RIGHTS_KNOWN".equals(start) ? c.rightsKnownDate : c.actKnownDate;
        List<Deadline.Exclusion> exclusions = c.obstacleFrom == null ? List.of()
                : List.of(new Deadline.Exclusion(c.obstacleFrom, c.obstacleTo, obstacleDays, DeadlineKind.APPLICATION_PERIOD, false));
        Deadline d = x.deadline(DeadlineKind.APPLICATION_PERIOD, null, article, from, start, p, 0, exclusions, applied, null);
        return Optional.of(d);
    }

    /** ARL 21: 5 years from the act (20 for real property), after which the organ does not accept. */
    public static Optional<Deadline> limit(DeadlineContext x) {
        ReconsiderationCase c = x.c();
        if (c.actDate == null) {
            return Optional.empty();
        }
        int years = c.realProperty ? REAL_PROPERTY_LIMIT_YEARS : LIMIT_YEARS;
        PeriodResult p = StatutoryPeriod.months(years * 12).from(c.actDate, 0, x.cal());
        return Optional.of(x.deadline(DeadlineKind.APPLICATION_LIMIT, null, c.realProperty ? "ARL 21 (real property)" : "ARL 21",
                c.actDate, "ACT_DATE", p, 0, List.of(), appliedOn(c), null));
    }

    /** Late: applied after the last day of the period, or beyond the longest period. */
    public static boolean late(List<Deadline> deadlines) {
        return deadlines.stream().anyMatch(d -> (d.kind() == DeadlineKind.APPLICATION_PERIOD || d.kind() == DeadlineKind.APPLICATION_LIMIT)
                && d.status() == DeadlineStatus.MET_LATE);
    }
}
