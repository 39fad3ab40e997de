package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.fuyi.common.ApiException;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.suspension.Suspension;

/**
 * What the law allows a decision to say, checked before it is recorded. Pure apart from the suspension it is given.
 */
public final class DecisionRules {

    /** The act category of a failure to perform a statutory duty (不履行法定职责, ARL 11(十一) and 69). */
    public static final String FAILURE_TO_PERFORM = "FAILURE_TO_PERFORM";
    /** The act category of an administrative penalty (行政处罚). */
    public static final String ADMINISTRATIVE_PENALTY = "ADMINISTRATIVE_PENALTY";
    /** The act category of a claim for state compensation (行政赔偿). */
    public static final String STATE_COMPENSATION = "STATE_COMPENSATION";

    private DecisionRules() {
    }

    /** The decision with its accompanying orders, as asked. */
    public record Asked(LocalDate date, DecisionType type, boolean orderToRedo, TerminationGround terminationGround,
            boolean indirectCorrection, boolean illegalForProcedureOnly, boolean partlyUpholds, boolean propertyReturnOrdered,
            CompensationOutcome compensationOutcome) {
    }

    public static void check(ReconsiderationCase c, Asked d, Suspension openSuspension) {
        DecisionType type = d.type();
        // a mediation agreement in effect may end a case suspended for the talks (ARL 39 ¶1 (六), 73)
        if (c.state == CaseState.SUSPENDED && type != DecisionType.TERMINATION && type != DecisionType.MEDIATION) {
            throw ApiException.unprocessable("ONLY_TERMINATION_WHILE_SUSPENDED", type);
        }
        if (d.orderToRedo() && !type.allowsOrderToRedo()) {
            throw ApiException.unprocessable("ORDER_TO_REDO_NOT_APPLICABLE", type);
        }
        if (type == DecisionType.TERMINATION && d.terminationGround() == null) {
            throw ApiException.invalidField("terminationGround", "REQUIRED_FOR_TERMINATION");
        }
        if (type != DecisionType.TERMINATION && d.terminationGround() != null) {
            throw ApiException.invalidField("terminationGround", "ONLY_FOR_TERMINATION");
        }
        if (d.indirectCorrection() && !type.allowsIndirectCorrection()) {
            throw ApiException.unprocessable("INDIRECT_CORRECTION_NOT_APPLICABLE", type);
        }
        // ARL 69: the request is rejected only where the respondent had no such duty or had performed it before
        // acceptance; a lawful act of any other kind is upheld (ARL 68)
        if (type == DecisionType.REJECT_REQUEST && !FAILURE_TO_PERFORM.equals(c.actCategory)) {
            throw ApiException.unprocessable("REJECT_REQUEST_ONLY_FOR_NON_PERFORMANCE", c.actCategory);
        }
        boolean claim = c.compensationRequested || STATE_COMPENSATION.equals(c.actCategory);
        if (type == DecisionType.REJECT_COMPENSATION && !claim) {
            throw ApiException.unprocessable("NO_COMPENSATION_CLAIM");
        }
        compensation(type, d.compensationOutcome(), claim);
        if (d.illegalForProcedureOnly() && type != DecisionType.CONFIRM_ILLEGAL) {
            throw ApiException.unprocessable("PROCEDURE_ONLY_NOT_APPLICABLE", type);
        }
        if (d.partlyUpholds() && !type.correction()) {
            throw ApiException.unprocessable("PARTLY_UPHOLDS_NOT_APPLICABLE", type);
        }
        if (d.propertyReturnOrdered() && !type.allowsPropertyReturn()) {
            throw ApiException.unprocessable("PROPERTY_RETURN_NOT_APPLICABLE", type);
        }
        if (d.terminationGround() == TerminationGround.SUSPENSION_EXCEEDED_60_DAYS) {
            suspendedSixtyDays(openSuspension, d.date());
        }
    }

    /**
     * ARL 72 ¶1: a compensation claim made with the application is decided together with the act — rejected, or
     * awarded with a revocation, change, or a finding of illegality or invalidity. A procedural ending (dismissal,
     * termination, mediation) decides nothing on it.
     */
    private static void compensation(DecisionType type, CompensationOutcome outcome, boolean claim) {
        if (outcome == null) {
            if (claim && type.onMerits() && type != DecisionType.REJECT_COMPENSATION && type != DecisionType.COMPENSATION_ORDER) {
                throw ApiException.invalidField("compensationOutcome", "REQUIRED_WITH_COMPENSATION_CLAIM");
            }
            return;
        }
        if (!claim) {
            throw ApiException.unprocessable("NO_COMPENSATION_CLAIM");
        }
        if (outcome == CompensationOutcome.AWARDED && type == DecisionType.REJECT_COMPENSATION
                || outcome == CompensationOutcome.REJECTED && type == DecisionType.COMPENSATION_ORDER) {
            throw ApiException.unprocessable("COMPENSATION_OUTCOME_CONTRADICTS", outcome, type);
        }
        if (outcome == CompensationOutcome.AWARDED && !type.allowsCompensationAward()) {
            throw ApiException.unprocessable("COMPENSATION_AWARD_NOT_APPLICABLE", type);
        }
    }

    /** ARL 41 ¶1(五): the case is suspended on ground 1, 2 or 4 of ARL 39 ¶1 and 60 days have passed. */
    static void suspendedSixtyDays(Suspension s, LocalDate date) {
        if (s == null || !s.ground.terminatesAfter60Days()) {
            throw ApiException.unprocessable("TERMINATION_NEEDS_SUSPENSION_GROUND", s == null ? "-" : s.ground.item());
        }
        long days = ChronoUnit.DAYS.between(s.startedDate, date);
        if (days < TerminationGround.SUSPENSION_DAYS) {
            LocalDate earliest = s.startedDate.plusDays(TerminationGround.SUSPENSION_DAYS);
            throw ApiException.unprocessable("SUSPENSION_NOT_60_DAYS", s.startedDate, days, earliest)
                    .with("earliestDate", earliest.toString());
        }
    }

    /** The compensation outcome recorded: as asked, or what the decision type itself says. */
    public static CompensationOutcome outcomeOf(DecisionType type, CompensationOutcome asked) {
        if (asked != null) {
            return asked;
        }
        return type == DecisionType.REJECT_COMPENSATION ? CompensationOutcome.REJECTED
                : type == DecisionType.COMPENSATION_ORDER ? CompensationOutcome.AWARDED : null;
    }
}
