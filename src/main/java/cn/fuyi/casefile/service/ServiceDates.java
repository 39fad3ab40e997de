package cn.fuyi.casefile.service;

import java.time.LocalDate;

/**
 * When a document counts as served, by its method (ARL 88 ¶1 sends service to the Civil Procedure Law):
 * <ul>
 * <li>in person: the day the recipient signs the proof of service (送达回证, CPL 87);</li>
 * <li>left at the residence after a refusal (留置送达): the day it is left, with witnesses or a photo or video record
 * (CPL 89);</li>
 * <li>electronically, only with the recipient's consent: the day it reaches the recipient's system (CPL 90);</li>
 * <li>by post: the date the postal receipt records (CPL 91);</li>
 * <li>by public notice: 30 days after the notice is published (CPL 95: "经过三十日，即视为送达"), counted as
 * calendar days from the day after publication; a day off does not move a deemed service.</li>
 * </ul>
 * Pure; the served date is computed here, never typed.
 */
public final class ServiceDates {

    /** CPL 95. */
    public static final int PUBLICATION_DAYS = 30;

    private ServiceDates() {
    }

    /**
     * @param sent the day sent, posted, sent electronically, or for publication the day the notice was published
     * @param delivered the method's own date of delivery, null while not known; never given for publication
     */
    public static LocalDate served(ServiceMethod method, LocalDate sent, LocalDate delivered) {
        return method == ServiceMethod.PUBLICATION ? sent.plusDays(PUBLICATION_DAYS) : delivered;
    }

    /** Electronic service needs the recipient's consent (CPL 90). */
    public static boolean needsConsent(ServiceMethod method) {
        return method == ServiceMethod.ELECTRONIC;
    }

    /** Leaving a document at the residence needs the circumstances recorded: witnesses, photos or video (CPL 89). */
    public static boolean needsCircumstances(ServiceMethod method) {
        return method == ServiceMethod.LEFT_AT_RESIDENCE;
    }
}
