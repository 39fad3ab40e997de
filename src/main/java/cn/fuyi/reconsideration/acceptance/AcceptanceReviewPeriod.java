package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The acceptance review (受理审查): 5 working days from receipt of the application (ARL 30 ¶1), or of its correction
 * (ARL 31 ¶3 sends the corrected application back to art. 30: Fuyi reads that as a new review period from the
 * correction's receipt, an interpretation the explanation states). When the period passes without a refusal the
 * application is deemed accepted on its last day (ARL 30 ¶3). Under the 2017 law the same 五日 applied (ARL 2017
 * art. 17), and an application not refused counted as accepted on the day it was received (art. 17 ¶2).
 */
public final class AcceptanceReviewPeriod {

    static final StatutoryPeriod PERIOD = StatutoryPeriod.workingDays(5);

    private AcceptanceReviewPeriod() {
    }

    public static Deadline of(DeadlineContext x) {
        var c = x.c();
        boolean afterCorrection = x.records().corrections().stream()
                .anyMatch(cr -> cr.receivedDate != null && cr.receivedDate.equals(c.reviewStartDate));
        PeriodResult p = PERIOD.from(c.reviewStartDate, 0, x.cal());
        LocalDate met = null;
        DeadlineStatus status = null;
        if (c.state == CaseState.AWAITING_CORRECTION || c.state == CaseState.ABANDONED) {
            met = latestCorrection(x.records().corrections()).map(cr -> cr.requestedDate).orElse(null);
        } else if (c.acceptedDate != null) {
            met = c.acceptedDate;
            if (c.acceptanceKind == AcceptanceKind.DEEMED) {
                status = DeadlineStatus.LAPSED;
            }
        } else if (c.notAcceptedDate != null) {
            met = c.notAcceptedDate;
        }
        return x.deadline(DeadlineKind.ACCEPTANCE_REVIEW, null, x.article("ARL 30", "ARL 2017 art. 17"), c.reviewStartDate,
                afterCorrection ? "CORRECTION_RECEIVED" : "APPLICATION_RECEIVED", p, 0, List.of(), met, status);
    }

    /** The latest correction notice of the case, if any. */
    public static Optional<CorrectionRequest> latestCorrection(List<CorrectionRequest> corrections) {
        return corrections.stream().max(Comparator.comparing((CorrectionRequest cr) -> cr.requestedDate)
                .thenComparing(cr -> cr.id == null ? Long.MAX_VALUE : cr.id));
    }
}
