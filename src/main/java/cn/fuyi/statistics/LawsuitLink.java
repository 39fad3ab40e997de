package cn.fuyi.statistics;

/**
 * Where the reconsideration statistics meet litigation: whether a concluded reconsideration case was followed by a
 * lawsuit (复议后起诉, ALL 45), which the 案结事了率 ({@link Metric#RESOLVED}) subtracts from the concluded cases.
 */
public final class LawsuitLink {

    private LawsuitLink() {
    }

    /**
     * The SQL condition, on the case {@code c}, that a lawsuit against the act or the decision was filed after this
     * case. It is the only place that says so: the count {@link Count#FOLLOWED_BY_LAWSUIT} and with it the
     * {@code resolved} rate, its breakdowns and its report text all read it.
     *
     * <p>Fuyi records no lawsuits yet, so no case is followed by one: the condition is false, the count is 0 and
     * {@code resolved} equals {@code concluded}. The litigation module plugs its link in here, as
     * {@code EXISTS (SELECT 1 FROM lawsuit l WHERE l.reconsideration_case_id = c.id)}, narrowed as the §4
     * definition requires (a petition counts as well as a suit).
     */
    static String followedByLawsuit() {
        return "1 = 0";
    }
}
