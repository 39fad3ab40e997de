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
     * <p>Fuyi records no lawsuits yet, so no case is followed by one: the query returns no row, the count is 0 and
     * {@code resolved} equals {@code concluded}. The litigation module plugs its link in here, as
     * {@code SELECT DISTINCT l.reconsideration_case_id AS case_id FROM lawsuit l WHERE l.reconsideration_case_id IS
     * NOT NULL}, narrowed or widened as the §4 definition requires (a petition counts as well as a suit).
     */
    static String casesFollowedByLawsuit() {
        return "SELECT c0.id AS case_id FROM reconsideration_case c0 WHERE 1 = 0";
    }
}
