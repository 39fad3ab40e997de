package cn.fuyi.reconsideration.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;

/**
 * Hearing the parties' opinions (听取当事人意见, ARL 49): in the ordinary procedure the office hears them in person,
 * online or by phone and records them, or records why they could not be heard.
 */
@ApplicationScoped
public class PartyOpinionService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase hear(long id, VersionCheck check, PartyOpinionInputs.HearOpinion in) {
        Transition t = Transition.HEAR_PARTY_OPINION;
        return step(id, t, check, c -> {
            notBefore(t, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            PartyOpinion o = forParty(c, in.partyId(), in.respondent());
            o.heard = true;
            o.date = in.date();
            o.method = in.method();
            o.heardPerson = blankToNull(in.heardPerson());
            o.summary = in.summary().trim();
            o.persist();
            return new EventData(in.date(), null, details("opinionId", o.id, "partyRole", o.partyRole, "partyName", o.partyName,
                    "method", o.method, "heardPerson", o.heardPerson));
        });
    }

    @Transactional
    public ReconsiderationCase notHeard(long id, VersionCheck check, PartyOpinionInputs.NotHeard in) {
        Transition t = Transition.RECORD_OPINION_NOT_HEARD;
        return step(id, t, check, c -> {
            notBefore(t, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            PartyOpinion o = forParty(c, in.partyId(), in.respondent());
            o.heard = false;
            o.date = in.date();
            o.notHeardReason = in.reason().trim();
            o.persist();
            return new EventData(in.date(), o.notHeardReason, details("opinionId", o.id, "partyRole", o.partyRole,
                    "partyName", o.partyName));
        });
    }

    /** A new record for the party named: an applicant or third party of the case, or its respondent. */
    private static PartyOpinion forParty(ReconsiderationCase c, Long partyId, Boolean respondent) {
        boolean isRespondent = Boolean.TRUE.equals(respondent);
        if (isRespondent == (partyId != null)) {
            throw ApiException.invalidField("partyId", "ONE_OF_PARTY_OR_RESPONDENT");
        }
        PartyOpinion o = new PartyOpinion();
        o.caseId = c.id;
        if (isRespondent) {
            Respondent r = Respondent.findById(c.respondentId);
            o.partyRole = OpinionPartyRole.RESPONDENT;
            o.partyName = r.name;
            return o;
        }
        CaseParty p = CaseParty.findById(partyId);
        if (p == null || p.caseId != c.id || p.role == PartyRole.AGENT) {
            throw ApiException.invalidField("partyId", "NOT_A_PARTY_OF_CASE", partyId);
        }
        o.partyId = p.id;
        o.partyRole = p.role == PartyRole.APPLICANT ? OpinionPartyRole.APPLICANT : OpinionPartyRole.THIRD_PARTY;
        o.partyName = p.name;
        return o;
    }

    /**
     * In the ordinary procedure of the 2023 law a decision on the merits needs the parties' opinions heard and
     * recorded, or the record of why they could not be (ARL 49). Fuyi asks for at least one such record; a hearing
     * held, where the parties state their case before the panel and the transcript records it (ARL 50, 61 ¶2), or
     * waived by an applicant who refused to attend (ARL 51 ¶2), counts as one. The simplified procedure may be
     * conducted on the papers (ARL 54 ¶2), the 2017 law reviewed on the papers in principle (ARL 2017 art. 22), and
     * dismissal, mediation and termination are not decisions on the act: none of these waits.
     */
    public static void requireOpinionsHeard(ReconsiderationCase c, DecisionType type) {
        if (c.ruleSet == RuleSet.ARL_2017 || c.procedure != ProcedureType.ORDINARY || !type.onMerits()) {
            return;
        }
        if (PartyOpinion.count("caseId", c.id) > 0
                || Hearing.count("caseId = ?1 and status in ?2", c.id, List.of(HearingStatus.HELD, HearingStatus.WAIVED)) > 0) {
            return;
        }
        throw ApiException.unprocessable("PARTY_OPINIONS_NOT_HEARD");
    }
}
