package cn.fuyi.litigation.deadline;

import java.time.LocalDate;

import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.calendar.WorkingDayCalendar;
import cn.fuyi.deadline.Deadline;

/**
 * 报备期限: an agency sued reports the suit to the bureau within a number of working days after the complaint was
 * served on it. No statute sets this period: it is a local rule, {@code fuyi.litigation.report-working-days} (default
 * 3), and the deadline names that setting where others name an article.
 */
public final class ReportDeadline {

    public static final String BASIS = "fuyi.litigation.report-working-days";

    private ReportDeadline() {
    }

    public static Deadline of(LocalDate served, int workingDays, LocalDate reported, WorkingDayCalendar cal, LocalDate asOf) {
        return Deadlines.counted(LawsuitDeadlineKind.REPORT, BASIS, served, "COMPLAINT_SERVED",
                StatutoryPeriod.workingDays(workingDays).from(served, cal), reported, null, asOf);
    }
}
