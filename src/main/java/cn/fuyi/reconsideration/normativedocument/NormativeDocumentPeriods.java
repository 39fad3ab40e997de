package cn.fuyi.reconsideration.normativedocument;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;

/**
 * The deadlines of one incidental review, in the order the review meets them: for a competent organ the notice to
 * the drafting organ and its answer (ARL 58, a 2023 rule) and the 30-day handling (ARL 56, 57); otherwise the
 * forwarding within 7 working days and the receiver's 60 days (ARL 56, 57, 60). A review left without a result when
 * the case ended (a termination while suspended) has no deadlines left.
 */
public final class NormativeDocumentPeriods {

    private NormativeDocumentPeriods() {
    }

    public static List<Deadline> of(DeadlineContext x, NormativeDocumentReview r) {
        List<Deadline> list = new ArrayList<>();
        if (r.resultDate == null && x.c().concludedDate != null) {
            return list;
        }
        if (r.competent) {
            if (!x.arl2017()) {
                list.add(DraftingOrganNoticePeriod.of(x, r));
                DraftingOrganAnswerPeriod.of(x, r).ifPresent(list::add);
            }
            list.add(NormativeDocumentHandlingPeriod.of(x, r));
        } else {
            list.add(NormativeDocumentForwardingPeriod.of(x, r));
            NormativeDocumentForwardReplyPeriod.of(x, r).ifPresent(list::add);
        }
        return list;
    }
}
