package cn.fuyi.litigation.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each defendant's head stands in a lawsuit's instance so far, from the current attendance records of its sessions,
 * judged by {@link HeadAppearanceRule} (法释〔2020〕3号 art. 7).
 */
public final class HeadAppearances {

    private HeadAppearances() {
    }

    /** By defendant id; a session without a record for a defendant counts as neither attended nor notified. */
    public static Map<Long, InstanceAppearance> of(long lawsuitId, List<Long> defendantIds) {
        List<CourtSession> sessions = CourtSession.list("lawsuitId = ?1 order by sessionDate, id", lawsuitId);
        Map<String, SessionAppearance> current = new HashMap<>();
        if (!sessions.isEmpty()) {
            SessionAppearance.<SessionAppearance>list("sessionId in ?1 and superseded = false", sessions.stream().map(s -> s.id).toList())
                    .forEach(a -> current.put(a.sessionId + "/" + a.defendantId, a));
        }
        Map<Long, InstanceAppearance> result = new HashMap<>();
        for (Long d : defendantIds) {
            List<HeadAppearanceRule.Attendance> attendance = new ArrayList<>();
            for (CourtSession s : sessions) {
                SessionAppearance a = current.get(s.id + "/" + d);
                attendance.add(a == null ? HeadAppearanceRule.Attendance.unrecorded(s.sessionDate, s.id)
                        : new HeadAppearanceRule.Attendance(s.sessionDate, s.id, a.headCounts(), a.courtNotifiedHead));
            }
            result.put(d, HeadAppearanceRule.of(attendance));
        }
        return result;
    }
}
