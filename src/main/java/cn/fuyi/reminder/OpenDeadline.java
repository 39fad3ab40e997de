package cn.fuyi.reminder;

import java.time.LocalDate;

/**
 * A deadline still to be met, as the reminders see it: whose record it is (type, id, organ, the number people know it
 * by), which deadline, when it is due, and the clerk assigned, if any. Nothing about the applicant.
 */
public record OpenDeadline(
        String subjectType,
        long subjectId,
        long organId,
        String reference,
        String kind,
        String kindLabel,
        long refId,
        LocalDate due,
        String article,
        String clerk) {

    /** The same deadline, whatever point or person a reminder of it is for. */
    public String key() {
        return subjectType + "|" + subjectId + "|" + kind + "|" + refId + "|" + due;
    }
}
