package cn.fuyi.casefile.inspection;

/**
 * ARL 47: the applicant, a third party and their agents may inspect and copy the respondent's written reply, the
 * evidence and basis of the act and other materials, and the office shall agree, except where a state secret, a
 * commercial secret or personal privacy is involved, or national security, public security or social stability may be
 * endangered. So a refusal, whole or partial, names one of those grounds, and a full grant names none; only what was
 * granted is provided.
 */
public final class InspectionRules {

    private InspectionRules() {
    }

    public static boolean needsGround(InspectionOutcome outcome) {
        return outcome != InspectionOutcome.GRANTED;
    }

    public static boolean providesMaterials(InspectionOutcome outcome) {
        return outcome != InspectionOutcome.REFUSED;
    }
}
