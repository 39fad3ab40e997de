package cn.fuyi.statistics;

/**
 * Where the reconsideration statistics meet litigation: whether a concluded reconsideration case was followed by a
 * lawsuit (复议后起诉, ALL 45), which the 案结事了率 ({@link Metric#RESOLVED}) subtracts from the concluded cases.
 */
public final class LawsuitLink {

    private LawsuitLink() {
    }

    /**
     * The query of the reconsideration cases that were followed by a lawsuit against the act or the decision, as
     * distinct {@code case_id}s. It is the only place that says so: the count {@link Count#FOLLOWED_BY_LAWSUIT} (the
     * cases of this set concluded in the period) and with it {@link Count#RESOLVED}, the {@code resolved} rate, its
     * breakdowns and the report text all read it.
     *
     * <p>A case is followed by a lawsuit when a lawsuit registered in Fuyi names it as the case it follows
     * ({@code lawsuit.reconsideration_case_id}). Petitions (信访) are not recorded, so they are not counted.
     */
    static String casesFollowedByLawsuit() {
        return "SELECT DISTINCT l.reconsideration_case_id AS case_id FROM lawsuit l WHERE l.reconsideration_case_id IS NOT NULL";
    }
}
