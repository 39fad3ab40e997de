package cn.fuyi.litigation.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fuyi.litigation.session.HeadAppearanceRule.Attendance;

/**
 * 法释〔2020〕3号 art. 7 ¶1: "对于同一审级需要多次开庭的同一案件，行政机关负责人到庭参加一次庭审的，一般可以认定其已经履行出庭应诉义务，
 * 但人民法院通知行政机关负责人再次出庭的除外。"
 */
class HeadAppearanceRuleTest {

    /** Sessions on consecutive months from March: "came", "absent", "absent, notified", "came, notified". */
    static InstanceAppearance sessions(String... what) {
        List<Attendance> list = new ArrayList<>();
        for (int i = 0; i < what.length; i++) {
            boolean came = what[i].startsWith("came");
            list.add(new Attendance(LocalDate.of(2025, 3 + i, 10), 100 + i, came, what[i].endsWith("notified")));
        }
        return HeadAppearanceRule.of(list);
    }

    @Test
    void oneAttendedSessionCountsForTheInstance() {
        assertEquals(InstanceAppearance.ATTENDED, sessions("came"));
        assertEquals(InstanceAppearance.ATTENDED, sessions("came", "absent", "absent"));
        assertEquals(InstanceAppearance.ATTENDED, sessions("absent", "came"));
    }

    @Test
    void aHeadWhoCameOnceButStayedAwayWhenTheCourtNotifiedTheHeadToAppearAgainHasNotAttended() {
        assertEquals(InstanceAppearance.ABSENT_WHEN_NOTIFIED_AGAIN, sessions("came, notified", "absent, notified"));
        assertEquals(InstanceAppearance.ABSENT_WHEN_NOTIFIED_AGAIN, sessions("came", "absent, notified"));
        // coming again later does not undo the missed notice
        assertEquals(InstanceAppearance.ABSENT_WHEN_NOTIFIED_AGAIN, sessions("came", "absent, notified", "came, notified"));
        // every notice the head honoured keeps the instance attended
        assertEquals(InstanceAppearance.ATTENDED, sessions("came, notified", "came, notified"));
    }

    @Test
    void aNoticeIgnoredBeforeTheHeadEverCameIsNoNoticeToAppearAgain() {
        assertEquals(InstanceAppearance.ATTENDED, sessions("absent, notified", "came"));
        assertEquals(InstanceAppearance.NOT_ATTENDED, sessions("absent, notified", "absent, notified"));
    }

    @Test
    void withoutASessionNothingIsDecidedAndWithoutAHeadNobodyAttended() {
        assertEquals(InstanceAppearance.NO_SESSION, HeadAppearanceRule.of(List.of()));
        assertEquals(InstanceAppearance.NOT_ATTENDED, sessions("absent"));
    }

    @Test
    void aSecondSessionOnTheSameDayIsNotALaterSession() {
        LocalDate day = LocalDate.of(2025, 5, 6);
        assertEquals(InstanceAppearance.ATTENDED, HeadAppearanceRule.of(List.of(new Attendance(day, 2, false, true),
                new Attendance(day, 1, true, true))));
    }

    @Test
    void theOrderTheSessionsArriveInDoesNotMatter() {
        List<Attendance> reversed = List.of(new Attendance(LocalDate.of(2025, 6, 1), 2, false, true),
                new Attendance(LocalDate.of(2025, 4, 1), 1, true, false));
        assertEquals(InstanceAppearance.ABSENT_WHEN_NOTIFIED_AGAIN, HeadAppearanceRule.of(reversed));
    }
}
