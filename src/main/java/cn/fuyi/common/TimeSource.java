package cn.fuyi.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Now and today: instants in UTC, statutory dates as local dates in the configured zone (Asia/Shanghai). Everything
 * that asks what time it is asks here, so that the tests can move the clock (only where {@code fuyi.clock.movable} is
 * true, which only the test profile sets) and every deadline, job and record sees the same moved time.
 */
@ApplicationScoped
public class TimeSource {

    private final Clock clock;
    private final ZoneId zone;
    private final boolean movable;
    private volatile Duration offset = Duration.ZERO;

    public TimeSource(@ConfigProperty(name = "fuyi.zone", defaultValue = "Asia/Shanghai") String zone,
            @ConfigProperty(name = "fuyi.clock.movable", defaultValue = "false") boolean movable) {
        this.zone = ZoneId.of(zone);
        this.clock = Clock.systemUTC();
        this.movable = movable;
    }

    public Instant now() {
        return clock.instant().plus(offset);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Moves the clock so that now is {@code at} (and then runs on from there); refused unless the clock is movable. */
    public void moveTo(Instant at) {
        requireMovable();
        offset = Duration.between(clock.instant(), at);
    }

    /** Moves the clock to {@code time} o'clock on {@code day} in the statutory zone. */
    public void moveTo(LocalDate day, int hour) {
        moveTo(day.atTime(hour, 0).atZone(zone).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        requireMovable();
        offset = Duration.ZERO;
    }

    private void requireMovable() {
        if (!movable) {
            throw new IllegalStateException("the clock can only be moved where fuyi.clock.movable=true (tests)");
        }
    }
}
