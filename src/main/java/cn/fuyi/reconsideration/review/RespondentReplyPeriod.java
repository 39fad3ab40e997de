package cn.fuyi.reconsideration.review;

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
 * The respondent's written reply and evidence: within 10 working days of receiving the copy (ARL 48), 5 in the
 * simplified procedure (ARL 54). Under the 2017 law the 十日 of art. 23 was not one of the working-day periods (its
 * art. 40 names only 五日 and 七日), so it counts calendar days. A reply missing when the case is decided is lapsed
 * (ARL 70: the act is then treated as having no evidence).
 */
public final class RespondentReplyPeriod {

    private RespondentReplyPeriod() {
    }

    public static Optional<Deadline> of(DeadlineContext x) {
        var c = x.c();
        if (c.copySentDate == null) {
            return Optional.empty();
        }
        LocalDate start = c.copyReceivedDate != null ? c.copyReceivedDate : c.copySentDate;
        boolean simplified = c.procedure == ProcedureType.SIMPLIFIED;
        StatutoryPeriod period = x.arl2017() ? StatutoryPeriod.calendarDays(10) : StatutoryPeriod.workingDays(simplified ? 5 : 10);
        PeriodResult p = period.from(start, 0, x.cal());
        if (c.replyReceivedDate == null && c.concludedDate != null && !c.concludedDate.isAfter(p.due())) {
            return Optional.empty();
        }
        DeadlineStatus status = c.replyReceivedDate == null && c.concludedDate != null ? DeadlineStatus.LAPSED : null;
        return Optional.of(x.deadline(DeadlineKind.RESPONDENT_REPLY, null,
                x.article(simplified ? "ARL 54" : "ARL 48", "ARL 2017 art. 23"), start, "COPY_RECEIVED", p, 0, List.of(),
                c.replyReceivedDate, status));
    }
}
