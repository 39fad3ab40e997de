package cn.fuyi.litigation.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.support.Holidays2026;

/** The agency's report to the bureau (报备): a local rule of N working days after service, no statute. */
class ReportDeadlineTest {

    @Test
    void threeWorkingDaysAfterServiceSkipQingming() {
        Deadline d = ReportDeadline.of(LocalDate.parse("2026-04-03"), 3, null, Holidays2026.CALENDAR, LocalDate.parse("2026-04-04"));
        assertEquals(LocalDate.parse("2026-04-09"), d.due());
        assertEquals(3, d.period().skippedDays().stream().filter(s -> s.reason().contains("清明")).count());
        assertEquals("fuyi.litigation.report-working-days", d.article());
    }

    @Test
    void aReportAfterTheDueDateIsLate() {
        assertEquals(DeadlineStatus.MET_LATE, ReportDeadline.of(LocalDate.parse("2026-03-04"), 3, LocalDate.parse("2026-03-10"),
                Holidays2026.CALENDAR, LocalDate.parse("2026-03-10")).status());
    }
}
