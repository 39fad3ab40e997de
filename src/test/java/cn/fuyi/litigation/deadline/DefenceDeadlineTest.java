package cn.fuyi.litigation.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fuyi.deadline.Deadline;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.support.Holidays2026;

/** ALL 67 ¶1: the defendant submits its defence and evidence "在收到起诉状副本之日起十五日内". */
class DefenceDeadlineTest {

    static Deadline defence(String served, String submitted, String decided, String asOf) {
        return DefenceDeadline.of(LocalDate.parse(served), submitted == null ? null : LocalDate.parse(submitted),
                decided == null ? null : LocalDate.parse(decided), Holidays2026.CALENDAR, LocalDate.parse(asOf));
    }

    @Test
    void fifteenDaysFromServiceTheDayOfServiceNotCounted() {
        Deadline d = defence("2026-03-04", null, null, "2026-03-05");
        assertEquals(LocalDate.parse("2026-03-19"), d.due());
        assertEquals("ALL 67", d.article());
        assertEquals(DeadlineStatus.OPEN, d.status());
        assertEquals(DeadlineStatus.MET, defence("2026-03-04", "2026-03-18", null, "2026-03-20").status());
        assertEquals(DeadlineStatus.MET_LATE, defence("2026-03-04", "2026-03-20", null, "2026-03-20").status());
    }

    @Test
    void aLastDayInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        // 法释〔2018〕1号 art. 48 ¶3
        Deadline d = defence("2026-09-16", null, null, "2026-09-17");
        assertEquals(LocalDate.parse("2026-10-01"), d.period().rawEnd());
        assertEquals(LocalDate.parse("2026-10-08"), d.due());
    }

    @Test
    void aCourtThatDecidedWithoutADefenceLeavesThePeriodLapsed() {
        assertEquals(DeadlineStatus.LAPSED, defence("2026-03-04", null, "2026-05-06", "2026-05-07").status());
    }
}
