package cn.fuyi.litigation.deadline;

import java.time.LocalDate;

import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;

/**
 * 答辩期限, the answer to the complaint: the defendant submits its defence and the evidence and legal basis of the act
 * within 15 days of receiving the copy of the complaint (ALL 67 ¶1). Counted as the courts count periods: the day of
 * service is not counted, and a period whose last day is a holiday ends on the first working day after it
 * (法释〔2018〕1号 art. 48). Once the court has decided without a defence the period can no longer be met: it lapsed.
 */
public final class DefenceDeadline {

    public static final String ARTICLE = "ALL 67";
    static final int DAYS = 15;

    private DefenceDeadline() {
    }

    public static Deadline of(LocalDate served, LocalDate submitted, LocalDate decided, WorkingDayCalendar cal, LocalDate asOf) {
        return Deadlines.counted(LawsuitDeadlineKind.DEFENCE, ARTICLE, served, "COMPLAINT_SERVED",
                StatutoryPeriod.calendarDays(DAYS).from(served, cal), submitted,
                submitted == null && decided != null ? DeadlineStatus.LAPSED : null, asOf);
    }
}
