package cn.fuyi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The calendar snapshot is reused, re-checked cheaply after an interval, and rebuilt only when the tables changed. */
class CalendarCacheTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    /** Tables whose stamp the test moves, counting how often they are asked. */
    private static final class FakeTables implements CalendarCache.Source {
        final AtomicInteger stamps = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();
        volatile CalendarCache.Stamp stamp = new CalendarCache.Stamp(Instant.parse("2026-01-01T00:00:00Z"), 10, 0);
        volatile Set<Integer> published = Set.of(2026);

        @Override
        public CalendarCache.Stamp stamp() {
            stamps.incrementAndGet();
            return stamp;
        }

        @Override
        public CalendarCache.Loaded load() {
            loads.incrementAndGet();
            return new CalendarCache.Loaded(WorkingDayCalendar.of(Map.of(), published), stamp);
        }

        void publish(int year) {
            published = Set.of(2026, year);
            stamp = new CalendarCache.Stamp(stamp.lastUpdate().plusSeconds(1), stamp.years(), stamp.versions() + 1);
        }
    }

    private final FakeTables tables = new FakeTables();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CalendarCache cache = new CalendarCache(tables, INTERVAL, now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void theFirstCallLoadsAndLaterCallsWithinTheIntervalAskNothing() {
        WorkingDayCalendar first = cache.get();
        advance(Duration.ofSeconds(4));

        assertSame(first, cache.get());
        assertEquals(1, tables.loads.get());
        assertEquals(0, tables.stamps.get());
    }

    @Test
    void afterTheIntervalAnUnchangedStampKeepsTheSnapshot() {
        WorkingDayCalendar first = cache.get();
        advance(Duration.ofSeconds(6));

        assertSame(first, cache.get());
        assertSame(first, cache.get());
        assertEquals(1, tables.stamps.get());
        assertEquals(1, tables.loads.get());
    }

    @Test
    void aChangeByAnotherInstanceIsSeenAfterTheInterval() {
        assertFalse(cache.get().isPublished(2027));
        tables.publish(2027);
        advance(Duration.ofSeconds(1));
        assertFalse(cache.get().isPublished(2027), "still within the interval");

        advance(Duration.ofSeconds(5));

        assertTrue(cache.get().isPublished(2027));
        assertEquals(2, tables.loads.get());
    }

    @Test
    void invalidatingRebuildsAtOnce() {
        cache.get();
        tables.publish(2027);

        cache.invalidate();

        assertTrue(cache.get().isPublished(2027));
    }

    @Test
    void expiringComparesTheStampAtOnce() {
        cache.get();
        tables.publish(2027);

        cache.expire();

        assertTrue(cache.get().isPublished(2027));
        assertEquals(1, tables.stamps.get());
    }

    @Test
    void concurrentCallersShareOneLoad() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<WorkingDayCalendar>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<WorkingDayCalendar> call = () -> {
                    go.await();
                    return cache.get();
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            WorkingDayCalendar first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<WorkingDayCalendar> f : answers) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, tables.loads.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
