package cn.fuyi.reconsideration.review;

import java.util.List;
import java.util.Optional;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The copy of the application to the respondent: within 7 working days of acceptance in the ordinary procedure
 * (ARL 48), 3 in the simplified one (ARL 54); 七日 under the 2017 law (ARL 2017 art. 23, a working-day period by its
 * art. 40). Not shown for a case decided without a copy.
 */
public final class CopyToRespondentPeriod {

    private CopyToRespondentPeriod() {
    }

    public static Optional<Deadline> of(DeadlineContext x) {
        var c = x.c();
        if (c.copySentDate == null && c.concludedDate != null) {
            return Optional.empty();
        }
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        PeriodResult p = StatutoryPeriod.workingDays(simplified ? 3 : 7).from(c.acceptedDate, 0, x.cal());
        return Optional.of(x.deadline(DeadlineKind.COPY_TO_RESPONDENT, null,
                x.article(simplified ? "ARL 54" : "ARL 48", "ARL 2017 art. 23"), c.acceptedDate, "ACCEPTED", p, 0,
                List.of(), c.copySentDate, null));
    }
}
