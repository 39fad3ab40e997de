package cn.fuyi.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.resilience.DatabaseFailure;
import cn.fuyi.resilience.RetryingTransactions;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The working-day calendar kept in the database: answers the current snapshot for deadline computations, and lets an
 * administrator load or correct a year's schedule without a release.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    cn.fuyi.audit.AuditLog audit;

    @Inject
    EntityManager em;
    @Inject
    TimeSource time;
    @Inject
    Event<CalendarChanged> changed;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    RetryingTransactions retrying;
    @ConfigProperty(name = "fuyi.calendar.recheck-interval", defaultValue = "5s")
    Duration recheckInterval;

    private CalendarCache cache;

    /** A year with the number of its days off and make-up working days. */
    public record YearOverview(CalendarYear year, long daysOff, long makeUpDays) {
    }

    /** The outcome of loading a year's schedule. */
    public record Replaced(CalendarYear year, List<CalendarDay> days, boolean created) {
    }

    @PostConstruct
    void init() {
        cache = new CalendarCache(new DatabaseSource(), recheckInterval, System::nanoTime);
    }

    /**
     * The calendar as it is now. Changes made through this instance are seen as soon as they are committed; changes
     * made through another instance within {@code fuyi.calendar.recheck-interval}.
     */
    public WorkingDayCalendar current() {
        return cache.get();
    }

    /**
     * Makes the next {@link #current()} check the tables for changes now rather than after the re-check interval,
     * e.g. after the tables were changed without this service.
     */
    public void recheckNow() {
        cache.expire();
    }

    public List<YearOverview> years() {
        Map<Integer, long[]> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                "select d.year, d.kind, count(d) from CalendarDay d group by d.year, d.kind", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Integer) row[0], y -> new long[2]);
            c[row[1] == DayType.OFF ? 0 : 1] = (Long) row[2];
        }
        List<YearOverview> result = new ArrayList<>();
        for (CalendarYear y : CalendarYear.allByYear()) {
            long[] c = counts.getOrDefault(y.year, new long[2]);
            result.add(new YearOverview(y, c[0], c[1]));
        }
        return result;
    }

    public CalendarYear year(int year) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            throw ApiException.notFound("CALENDAR_YEAR_NOT_FOUND", Integer.toString(year));
        }
        return y;
    }

    public List<CalendarDay> days(int year) {
        return CalendarDay.ofNoticeYear(year);
    }

    /**
     * Creates the year, or replaces its whole schedule, and fires {@link CalendarChanged}. The year's row is locked
     * first, so concurrent loads of one year, from any instance, are applied one after the other.
     *
     * @param check the caller's precondition on the existing year's version; not run when the year is new
     * @throws ApiException 400 for an invalid schedule, 409 when a date belongs to another year's notice
     */
    @Transactional
    public Replaced replaceYear(YearSchedule schedule, String user, VersionCheck check) {
        schedule.validate();
        audit.expect();
        int year = schedule.year();
        Long lockedVersion = lockYear(year);
        boolean created = lockedVersion == null;
        if (!created) {
            check.check(lockedVersion);
        }
        CalendarYear y = created ? null : CalendarYear.findById(year);
        java.util.Map<String, Object> before = java.util.Map.of();
        if (!created) {
            List<CalendarDay> old = days(year);
            before = auditView(y, old);
            old.forEach(em::detach);
        }
        rejectDatesOfOtherYears(schedule);
        if (created) {
            y = new CalendarYear();
            y.year = year;
        }
        y.published = schedule.published();
        y.noticeUrls = schedule.joinedNoticeUrls();
        y.source = CalendarSource.ADMIN;
        y.updatedBy = user;
        y.updatedAt = time.now();
        if (created) {
            try {
                y.persistAndFlush();
            } catch (PersistenceException e) {
                if (DatabaseFailure.of(e).isPresent()) {
                    throw e;
                }
                // another instance created the year since we looked
                throw ApiException.conflict("CONCURRENT_MODIFICATION");
            }
        } else {
            em.createQuery("delete from CalendarDay d where d.year = ?1").setParameter(1, year).executeUpdate();
        }
        List<CalendarDay> days = new ArrayList<>();
        for (SpecialDay s : schedule.days()) {
            CalendarDay d = new CalendarDay();
            d.day = s.date();
            d.year = year;
            d.kind = s.type();
            d.holiday = s.holiday().strip();
            d.persist();
            days.add(d);
        }
        em.flush();
        days.sort((a, b) -> a.day.compareTo(b.day));
        audit.record(cn.fuyi.audit.SubjectType.CALENDAR_YEAR, (long) year, null, created ? "CREATE_YEAR" : "REPLACE_YEAR",
                cn.fuyi.audit.AuditLog.diff(before, auditView(y, days)), null);
        audit.publish("CALENDAR_CHANGED", cn.fuyi.audit.SubjectType.CALENDAR_YEAR, (long) year, null, null,
                java.util.Map.of("year", year, "published", y.published));
        transactions.registerInterposedSynchronization(new InvalidateOnCommit());
        changed.fire(new CalendarChanged(year));
        return new Replaced(y, days, created);
    }

    private static java.util.Map<String, Object> auditView(CalendarYear y, List<CalendarDay> days) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("published", y.published);
        m.put("noticeUrls", y.noticeUrls);
        m.put("days", days.stream().sorted((a, b) -> a.day.compareTo(b.day))
                .map(d -> d.day + " " + d.kind + " " + d.holiday).toList());
        return m;
    }

    /**
     * Locks the year's row and answers its current version, or null when there is no such year. Native SQL because
     * Hibernate's MySQL lock clause ({@code for update of alias}) is not understood by MariaDB, used in dev and tests.
     */
    private Long lockYear(int year) {
        List<?> versions = em.createNativeQuery("select version from calendar_year where year = ?1 for update")
                .setParameter(1, year).getResultList();
        return versions.isEmpty() ? null : ((Number) versions.get(0)).longValue();
    }

    private void rejectDatesOfOtherYears(YearSchedule schedule) {
        if (schedule.days().isEmpty()) {
            return;
        }
        Set<LocalDate> dates = new HashSet<>();
        schedule.days().forEach(d -> dates.add(d.date()));
        List<Object[]> taken = em.createQuery(
                "select d.day, d.year from CalendarDay d where d.day in :dates and d.year <> :year order by d.day",
                Object[].class).setParameter("dates", dates).setParameter("year", schedule.year()).getResultList();
        if (!taken.isEmpty()) {
            Object[] first = taken.get(0);
            throw ApiException.conflict("CALENDAR_DAY_TAKEN", first[0].toString(), first[1].toString())
                    .with("dates", taken.stream().map(r -> r[0].toString()).toList());
        }
    }

    /** Drops this instance's snapshot once the change is committed, before after-commit observers run. */
    private final class InvalidateOnCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                cache.invalidate();
            }
        }
    }

    /**
     * Reads the tables in a transaction of its own, so a snapshot never holds a caller's uncommitted changes. Outside
     * any transaction that read is retried on a transient failure; inside one, the caller's transaction is.
     */
    private final class DatabaseSource implements CalendarCache.Source {

        @Override
        public CalendarCache.Stamp stamp() {
            return retrying.supply("CalendarService.stamp",
                    () -> QuarkusTransaction.requiringNew().call(CalendarService.this::readStamp));
        }

        @Override
        public CalendarCache.Loaded load() {
            return retrying.supply("CalendarService.load", () -> QuarkusTransaction.requiringNew().call(() -> {
                CalendarCache.Stamp stamp = readStamp();
                Map<LocalDate, SpecialDay> days = new HashMap<>();
                for (CalendarDay d : CalendarDay.<CalendarDay>listAll()) {
                    days.put(d.day, d.toSpecialDay());
                }
                Set<Integer> published = new HashSet<>(em.createQuery(
                        "select y.year from CalendarYear y where y.published = true", Integer.class).getResultList());
                return new CalendarCache.Loaded(WorkingDayCalendar.of(days, published), stamp);
            }));
        }
    }

    private CalendarCache.Stamp readStamp() {
        Object[] row = em.createQuery(
                "select max(y.updatedAt), count(y), coalesce(sum(y.version), 0) from CalendarYear y", Object[].class)
                .getSingleResult();
        return new CalendarCache.Stamp((Instant) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
