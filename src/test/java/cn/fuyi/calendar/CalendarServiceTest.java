package cn.fuyi.calendar;

import static cn.fuyi.calendar.ShippedCalendar.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The calendar kept in the database: its snapshot equals the shipped data and follows every committed change. */
@QuarkusTest
class CalendarServiceTest {

    @Inject
    CalendarService service;
    @Inject
    CalendarChangeRecorder recorder;
    @Inject
    CalendarTestYears testYears;
    @Inject
    EntityManager em;

    @BeforeEach
    void forgetEarlierChanges() {
        recorder.clear();
    }

    @AfterEach
    void removeTestYears() {
        testYears.removeTestYears();
    }

    private static YearSchedule schedule2035(boolean published) {
        return new YearSchedule(2035, published, List.of("https://www.gov.cn/2035.htm"),
                List.of(SpecialDay.off(date("2035-01-01"), "元旦"), SpecialDay.off(date("2035-01-02"), "元旦")));
    }

    @Test
    void theSnapshotHoldsExactlyTheShippedHolidayData() {
        WorkingDayCalendar current = service.current();

        assertEquals(ShippedCalendar.CALENDAR.specialDays(), current.specialDays());
        assertEquals(ShippedCalendar.CALENDAR.publishedYears(), current.publishedYears());
    }

    @Test
    void loadingAYearIsSeenByAfterCommitObserversThroughTheCurrentCalendar() {
        assertFalse(service.current().isPublished(2035));

        CalendarService.Replaced r = service.replaceYear(schedule2035(true), "admin", VersionCheck.NONE);

        assertTrue(r.created());
        assertEquals(List.of(new CalendarChangeRecorder.Seen(2035, true)), recorder.seen());
        assertTrue(service.current().isPublished(2035));
        assertEquals("元旦", service.current().holidayName(date("2035-01-02")).orElseThrow());
        assertFalse(service.current().isWorkingDay(date("2035-01-02")));
    }

    @Test
    void replacingAYearRemovesTheDatesItNoLongerNames() {
        service.replaceYear(schedule2035(false), "admin", VersionCheck.NONE);
        YearSchedule corrected = new YearSchedule(2035, true, List.of(),
                List.of(SpecialDay.off(date("2035-01-01"), "元旦")));

        CalendarService.Replaced r = service.replaceYear(corrected, "admin2", v -> assertEquals(0, v));

        assertFalse(r.created());
        assertEquals(1, r.year().version);
        assertEquals("admin2", r.year().updatedBy);
        assertEquals(CalendarSource.ADMIN, r.year().source);
        assertTrue(service.current().isWorkingDay(date("2035-01-02")));
        assertEquals(1, service.days(2035).size());
    }

    @Test
    void aRejectedScheduleChangesNothingAndFiresNothing() {
        YearSchedule invalid = new YearSchedule(2035, true, List.of(),
                List.of(SpecialDay.workday(date("2035-03-07"), "春节")));

        ApiException e = assertThrows(ApiException.class, () -> service.replaceYear(invalid, "admin", VersionCheck.NONE));

        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(List.of(), recorder.seen());
        assertThrows(ApiException.class, () -> service.year(2035));
    }

    @Test
    void aFailedVersionCheckChangesNothing() {
        service.replaceYear(schedule2035(false), "admin", VersionCheck.NONE);
        recorder.clear();

        assertThrows(IllegalStateException.class, () -> service.replaceYear(schedule2035(true), "admin", v -> {
            throw new IllegalStateException("stale");
        }));

        assertEquals(List.of(), recorder.seen());
        assertFalse(service.current().isPublished(2035));
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenAtTheNextRecheck() {
        service.replaceYear(schedule2035(false), "admin", VersionCheck.NONE);
        assertFalse(service.current().isPublished(2035));

        // what another instance's replaceYear leaves behind: the row changed, its version and time moved on
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update calendar_year set published = true, version = version + 1, updated_at = ?1 where year = 2035")
                .setParameter(1, Instant.now().plusSeconds(1)).executeUpdate());
        service.recheckNow();

        assertTrue(service.current().isPublished(2035));
    }
}
