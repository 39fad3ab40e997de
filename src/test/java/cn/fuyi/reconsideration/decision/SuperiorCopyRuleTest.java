package cn.fuyi.reconsideration.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fuyi.organ.RespondentKind;
import cn.fuyi.reconsideration.RuleSet;

/** ARL 79 ¶2: a county-or-higher government deciding a case against its own working department copies the decision. */
class SuperiorCopyRuleTest {

    @ParameterizedTest(name = "{0}, {1}, respondent of organ {2}, case of organ {3}: {4}")
    @CsvSource({
            "ARL_2023, GOVERNMENT_DEPARTMENT, 1, 1, true",
            "ARL_2023, GOVERNMENT_DEPARTMENT, 2, 1, false",
            "ARL_2023, TOWNSHIP_GOVERNMENT, 1, 1, false",
            "ARL_2023, LOWER_GOVERNMENT, 1, 1, false",
            "ARL_2023, AUTHORISED_ORGANISATION, 1, 1, false",
            "ARL_2017, GOVERNMENT_DEPARTMENT, 1, 1, false" })
    void copiesAreRequiredOnlyForTheOrgansOwnDepartments_ARL79(RuleSet rules, RespondentKind kind, long respondentOrgan,
            long caseOrgan, boolean required) {
        assertEquals(required, SuperiorCopyRule.required(rules, kind, respondentOrgan, caseOrgan));
    }
}
