package cn.fuyi.reconsideration.hearing;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.calendar.PeriodResult;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.reconsideration.deadline.DeadlineContext;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * The hearing notice: in writing, at least 5 working days before the hearing (ARL 51 ¶1). A rule of the 2023 law:
 * the 2017 law set no notice period, so cases under it have no such deadline and any notice is accepted.
 */
public final class HearingNoticePeriod {

    static final int WORKING_DAYS = 5;

    private HearingNoticePeriod() {
    }

    /** The last day a notice may be given for a hearing on {@code hearingDate}. */
    public static LocalDate latestNoticeDate(LocalDate hearingDate, WorkingDayCalendar cal) {
        return StatutoryPeriod.latestNoticeDate(hearingDate, WORKING_DAYS, cal);
    }

    public static Deadline of(DeadlineContext x, Hearing h) {
        LocalDate latest = latestNoticeDate(h.scheduledDate, x.cal());
        PeriodResult p = StatutoryPeriod.workingDays(WORKING_DAYS).from(latest, 0, x.cal());
        Deadline d = x.deadline(DeadlineKind.HEARING_NOTICE, h.id, "ARL 51", h.scheduledDate, "HEARING_DATE", p, 0,
                List.of(), h.noticeDate, null);
        return new Deadline(d.kind(), d.refId(), d.article(), d.start(), d.startEvent(), d.unit(), d.amount(), 0, List.of(), 0,
                true, p, latest, d.metOn(), x.status(latest, h.noticeDate));
    }
}
