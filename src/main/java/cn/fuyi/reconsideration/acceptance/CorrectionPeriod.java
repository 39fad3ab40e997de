package cn.fuyi.reconsideration.acceptance;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The applicant's correction (补正): 10 working days from receiving the notice (ARL 31 ¶2), lengthened by any
 * extension the office grants for good reason. Under the 2017 law the notice itself set a reasonable period
 * (Regulations 2007 art. 29); not being one of the law's 五日/七日 (ARL 2017 art. 40), it counts calendar days.
 */
public final class CorrectionPeriod {

    static final int WORKING_DAYS = 10;

    private CorrectionPeriod() {
    }

    public static Deadline of(DeadlineContext x, CorrectionRequest cr) {
        int extended = cr.extendedDays == null ? 0 : cr.extendedDays;
        StatutoryPeriod period = x.arl2017() && cr.periodDays != null ? StatutoryPeriod.calendarDays(cr.periodDays + extended)
                : StatutoryPeriod.workingDays(WORKING_DAYS + extended);
        PeriodResult p = period.from(cr.noticeReceivedDate, 0, x.cal());
        LocalDate met = cr.receivedDate;
        DeadlineStatus status = null;
        if (cr.abandonedDate != null) {
            met = cr.abandonedDate;
            status = DeadlineStatus.LAPSED;
        }
        return x.deadline(DeadlineKind.CORRECTION_REPLY, cr.id, x.article("ARL 31", "Regulations 2007 art. 29"),
                cr.noticeReceivedDate, "CORRECTION_NOTICE_RECEIVED", p, extended, List.of(), met, status);
    }
}
