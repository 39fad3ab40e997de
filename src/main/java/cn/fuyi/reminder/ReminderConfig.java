package cn.fuyi.reminder;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reminders' settings ({@code fuyi.reminders.*}); the README lists them. */
@ConfigMapping(prefix = "fuyi.reminders")
public interface ReminderConfig {

    /** Which points remind: AHEAD, DUE_TODAY, OVERDUE, ESCALATED, DIGEST. */
    @WithDefault("AHEAD,DUE_TODAY,OVERDUE,ESCALATED,DIGEST")
    Set<ReminderPoint> points();

    /** AHEAD reminds from this many working days before the due date. */
    @WithDefault("3")
    int aheadWorkingDays();

    /** An overdue item goes to the organ's reviewers once it is this many working days late. */
    @WithDefault("1")
    int escalateAfterWorkingDays();

    /** Attempts of one e-mail or webhook delivery before it is given up as FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT1M")
    Duration retryBase();

    /** A delivery claimed this long ago without an outcome (its worker died) may be claimed again. */
    @WithDefault("PT10M")
    Duration claimTimeout();

    Webhook webhook();

    interface Webhook {
        /** The HMAC-SHA256 key of the signature header; without it no webhook is sent (each attempt fails). */
        Optional<String> secret();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
