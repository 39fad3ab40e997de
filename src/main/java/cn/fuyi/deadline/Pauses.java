package cn.fuyi.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.fuyi.common.Labelled;

/**
 * Time that does not count toward a period (suspension, inspection, appraisal, the periods a court excludes): each
 * pause becomes an {@link Deadline.Exclusion} of the days it adds, in the order the pauses began, so that a day
 * covered by two of them counts once, in the first.
 */
public final class Pauses {

    private Pauses() {
    }

    /**
     * One pause: its days run from {@code from} up to, not including, {@code until}; {@code to} is the end shown.
     */
    public record Pause(LocalDate from, LocalDate to, LocalDate until, Labelled reason, boolean ongoing) {
    }

    public static List<Deadline.Exclusion> exclusions(List<Pause> pauses) {
        List<Deadline.Exclusion> list = new ArrayList<>();
        LocalDate covered = null;
        for (Pause p : pauses.stream().sorted(Comparator.comparing(Pause::from)).toList()) {
            LocalDate start = covered != null && covered.isAfter(p.from()) ? covered : p.from();
            int days = (int) Math.max(0, ChronoUnit.DAYS.between(start, p.until()));
            list.add(new Deadline.Exclusion(p.from(), p.to(), days, p.reason(), p.ongoing()));
            covered = covered == null || p.until().isAfter(covered) ? p.until() : covered;
        }
        return list;
    }

    /** The days all the exclusions add. */
    public static int days(List<Deadline.Exclusion> exclusions) {
        return exclusions.stream().mapToInt(Deadline.Exclusion::days).sum();
    }
}
