package cn.fuyi.reconsideration.decision;

import cn.fuyi.organ.Respondent;
import cn.fuyi.organ.RespondentKind;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;

/**
 * Whether the decision and opinion letters of a case must be copied to the respondent's superior department (ARL 79
 * ¶2): a local government at county level or above (every organ Fuyi serves is one) deciding a case against one of
 * its own working departments (工作部门: a department respondent registered under the case's own organ). The 2017 law
 * had no such duty.
 */
public final class SuperiorCopyRule {

    private SuperiorCopyRule() {
    }

    public static boolean required(ReconsiderationCase c) {
        Respondent r = Respondent.findById(c.respondentId);
        return r != null && required(c.ruleSet, r.kind, r.organId, c.organId);
    }

    static boolean required(RuleSet ruleSet, RespondentKind kind, long respondentOrganId, long caseOrganId) {
        return ruleSet == RuleSet.ARL_2023 && kind == RespondentKind.GOVERNMENT_DEPARTMENT && respondentOrganId == caseOrganId;
    }
}
