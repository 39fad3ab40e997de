package cn.fuyi.litigation.outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;
import cn.fuyi.litigation.Instance;

/**
 * What a judgment decided as to each defendant. Where the original agency and the reconsideration organ are
 * co-defendants, the court judges the original act and the reconsideration decision together, each with its own
 * disposition (法释〔2018〕1号 art. 136 ¶1): it may revoke the decision, or confirm it illegal, and reject the claim
 * against the original act (¶5), or revoke both (¶3); when it orders the original agency to perform its duty or to pay
 * it must revoke the decision too (¶4). So a loss (败诉, {@link Outcome#loss()}) belongs to a defendant, not to the suit.
 *
 * <p>Without outcomes per defendant every defendant gets the suit's outcome. With them: every defendant has one, each
 * is a judgment its instance can give, and the suit's outcome is one of them and a loss when any defendant lost — so a
 * suit counts as lost exactly when one of its defendants lost, which the statistics rely on.
 */
public final class DefendantOutcomeRule {

    private DefendantOutcomeRule() {
    }

    /** A defendant of the suit: an agency, or the reconsideration organ itself. */
    public record Defendant(long id, boolean organ) {
    }

    /** The outcome the clerk gave for one defendant. */
    public record Given(Long defendantId, Outcome outcome) {
    }

    /**
     * The outcome of each defendant by id, in the defendants' order; a 400 or 422 problem naming the rule broken.
     *
     * @param given the clerk's outcomes per defendant, {@code null} or empty when the suit's outcome applies to all
     */
    public static Map<Long, Outcome> decide(Outcome suit, Instance instance, List<Defendant> defendants, List<Given> given) {
        Map<Long, Outcome> result = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            defendants.forEach(d -> result.put(d.id(), suit));
            return result;
        }
        Set<Long> ids = new HashSet<>();
        defendants.forEach(d -> ids.add(d.id()));
        Map<Long, Outcome> byId = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            String field = "defendantOutcomes[" + i + "].defendantId";
            if (!ids.contains(g.defendantId())) {
                errors.add(new FieldError(field, "NOT_A_DEFENDANT", null, new Object[] { g.defendantId() }));
            } else if (byId.put(g.defendantId(), g.outcome()) != null) {
                errors.add(new FieldError(field, "DUPLICATE_DEFENDANT", null, new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
        List<Long> missing = defendants.stream().map(Defendant::id).filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("DEFENDANT_OUTCOME_MISSING", missing).with("defendantIds", missing);
        }
        if (!judgment(suit)) {
            throw ApiException.unprocessable("DEFENDANT_OUTCOMES_NEED_JUDGMENT", suit);
        }
        for (Outcome o : byId.values()) {
            if (!judgment(o)) {
                throw ApiException.unprocessable("DEFENDANT_OUTCOMES_NEED_JUDGMENT", o);
            }
            if (!o.availableIn(instance)) {
                throw ApiException.unprocessable("OUTCOME_NOT_FOR_INSTANCE", o, instance);
            }
        }
        if (!byId.containsValue(suit)) {
            throw ApiException.unprocessable("SUIT_OUTCOME_NOT_AMONG_DEFENDANTS", suit);
        }
        if (!suit.loss() && byId.values().stream().anyMatch(Outcome::loss)) {
            throw ApiException.unprocessable("SUIT_OUTCOME_MUST_BE_LOSS", suit);
        }
        boolean agencyMustActOrPay = defendants.stream().anyMatch(d -> !d.organ() && orderedToActOrPay(byId.get(d.id())));
        for (Defendant d : defendants) {
            Outcome o = byId.get(d.id());
            if (d.organ() && agencyMustActOrPay && o != Outcome.REVOKE) {
                throw ApiException.unprocessable("DECISION_MUST_BE_REVOKED", o);
            }
        }
        defendants.forEach(d -> result.put(d.id(), byId.get(d.id())));
        return result;
    }

    private static boolean judgment(Outcome o) {
        return o.form() == Outcome.Form.JUDGMENT || o.form() == Outcome.Form.FINAL_JUDGMENT;
    }

    /** Ordered to perform its statutory duty (ALL 72) or to pay (ALL 73): the decision must then be revoked (art. 136 ¶4). */
    private static boolean orderedToActOrPay(Outcome o) {
        return o == Outcome.ORDER_PERFORMANCE || o == Outcome.ORDER_PAYMENT;
    }
}
