package cn.fuyi.reconsideration.intake;

import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * An application against an on-the-spot or camera-recorded penalty may be submitted through the agency that imposed
 * it; an agency that keeps its penalty forwards the application to the organ within 5 working days of receiving it
 * (ARL 32 ¶2). Met on the day the organ received it.
 */
public final class AgencyForwardingPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.workingDays(5);

    private AgencyForwardingPeriod() {
    }

    public static Optional<Deadline> of(DeadlineContext x) {
        var c = x.c();
        if (c.agencyReceivedDate == null) {
            return Optional.empty();
        }
        PeriodResult p = PERIOD.from(c.agencyReceivedDate, 0, x.cal());
        return Optional.of(x.deadline(DeadlineKind.AGENCY_FORWARDING, null, "ARL 32", c.agencyReceivedDate, "AGENCY_RECEIVED", p,
                0, List.of(), c.receivedDate, null));
    }
}
