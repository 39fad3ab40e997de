package cn.fuyi.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Now and today: instants in UTC, statutory dates as local dates in the configured zone (Asia/Shanghai). */
@ApplicationScoped
public class TimeSource {

    private final Clock clock;
    private final ZoneId zone;

    public TimeSource(@ConfigProperty(name = "fuyi.zone", defaultValue = "Asia/Shanghai") String zone) {
        this.zone = ZoneId.of(zone);
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}
