package cn.fuyi.litigation.session;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a defendant's head appeared in an instance (法释〔2020〕3号 art. 7 ¶1): where the same case needs several
 * sessions in one instance, a head who attended one of them has in general met the duty to appear, unless the court
 * notified the head to appear again. Read here as: after the first session at which the head counted as present
 * (with valid proof of identity, art. 6 ¶2), a session on a later day for which the court had notified the head and
 * at which the head was absent makes the instance unattended, whatever came after. A notice the head ignored before
 * ever attending is not a notice to appear <em>again</em>: attending a later session still counts. Each instance is
 * judged alone (art. 7 ¶2): a lawsuit is one instance. The statistics apply the same rule in SQL
 * ({@code cn.fuyi.statistics.LitigationSql#sessions}).
 */
public final class HeadAppearanceRule {

    private HeadAppearanceRule() {
    }

    /** One session as far as one defendant's head goes: the current attendance record, or none recorded. */
    public record Attendance(LocalDate sessionDate, long sessionId, boolean headCounts, boolean courtNotifiedHead) {

        /** A session without an attendance record for the defendant: no head, no notice recorded. */
        public static Attendance unrecorded(LocalDate sessionDate, long sessionId) {
            return new Attendance(sessionDate, sessionId, false, false);
        }
    }

    /** The defendant's head in the instance, from its sessions so far, in any order. */
    public static InstanceAppearance of(List<Attendance> sessions) {
        if (sessions.isEmpty()) {
            return InstanceAppearance.NO_SESSION;
        }
        List<Attendance> inOrder = sessions.stream()
                .sorted(Comparator.comparing(Attendance::sessionDate).thenComparingLong(Attendance::sessionId)).toList();
        LocalDate firstAttended = null;
        for (Attendance a : inOrder) {
            if (firstAttended == null) {
                if (a.headCounts()) {
                    firstAttended = a.sessionDate();
                }
            } else if (a.sessionDate().isAfter(firstAttended) && a.courtNotifiedHead() && !a.headCounts()) {
                return InstanceAppearance.ABSENT_WHEN_NOTIFIED_AGAIN;
            }
        }
        return firstAttended == null ? InstanceAppearance.NOT_ATTENDED : InstanceAppearance.ATTENDED;
    }
}
