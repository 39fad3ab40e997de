package cn.fuyi.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps the current calendar snapshot. A snapshot younger than the re-check interval is answered as is; an older
 * one is kept if the calendar tables' stamp is unchanged, and rebuilt otherwise, so that a change made by another
 * service instance is seen within one interval. One thread rebuilds at a time; readers never wait for a fresh
 * snapshot.
 */
final class CalendarCache {

    /** What the calendar tables looked like: changes through the service move the latest time and a version. */
    record Stamp(Instant lastUpdate, long years, long versions) {
    }

    /** A snapshot and the stamp of the tables it was read from (read in the same transaction). */
    record Loaded(WorkingDayCalendar calendar, Stamp stamp) {
    }

    interface Source {
        Stamp stamp();

        Loaded load();
    }

    private record Entry(WorkingDayCalendar calendar, Stamp stamp, long checkedAt) {
    }

    private final Source source;
    private final long recheckNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Entry entry;

    CalendarCache(Source source, Duration recheckInterval, LongSupplier nanoTime) {
        this.source = source;
        this.recheckNanos = recheckInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    WorkingDayCalendar get() {
        Entry e = entry;
        if (e != null && fresh(e)) {
            return e.calendar();
        }
        lock.lock();
        try {
            e = entry;
            if (e != null && fresh(e)) {
                return e.calendar();
            }
            if (e != null && e.stamp().equals(source.stamp())) {
                entry = new Entry(e.calendar(), e.stamp(), nanoTime.getAsLong());
                return e.calendar();
            }
            Loaded loaded = source.load();
            entry = new Entry(loaded.calendar(), loaded.stamp(), nanoTime.getAsLong());
            return loaded.calendar();
        } finally {
            lock.unlock();
        }
    }

    /** Drops the snapshot; the next {@link #get()} rebuilds it. Waits for a rebuild under way, which may be stale. */
    void invalidate() {
        lock.lock();
        try {
            entry = null;
        } finally {
            lock.unlock();
        }
    }

    /** Makes the next {@link #get()} compare stamps, as if the re-check interval had passed. */
    void expire() {
        lock.lock();
        try {
            Entry e = entry;
            if (e != null) {
                entry = new Entry(e.calendar(), e.stamp(), nanoTime.getAsLong() - recheckNanos);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Entry e) {
        return nanoTime.getAsLong() - e.checkedAt() < recheckNanos;
    }
}
