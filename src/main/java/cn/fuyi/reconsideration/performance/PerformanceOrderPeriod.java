package cn.fuyi.reconsideration.performance;

import java.util.List;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The time limit of an order to perform (责令限期履行, ARL 77 ¶2): the date the organ or the superior agency set in its
 * order, counted from the order. Only the latest order on an obligation stands; it is met when the obligation is
 * carried out. The original due date stays the measure of whether performance was on time.
 */
public final class PerformanceOrderPeriod {

    static final String ORDERED = "PERFORMANCE_ORDERED";

    private PerformanceOrderPeriod() {
    }

    public static Deadline of(DeadlineContext x, Supervision order, Obligation o) {
        var p = PerformancePeriod.fixedPeriod(x, order.takenDate, order.limitDate);
        return x.deadline(DeadlineKind.PERFORMANCE_ORDER, o.id, "ARL 77", order.takenDate, ORDERED, p, 0, List.of(),
                o.performedDate, null);
    }
}
