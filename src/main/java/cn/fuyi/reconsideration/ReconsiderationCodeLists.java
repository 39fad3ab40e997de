package cn.fuyi.reconsideration;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;
import cn.fuyi.deadline.DeadlineStatus;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.api.DecisionBasisKind;
import cn.fuyi.reconsideration.committee.CommitteeGround;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.AgentKind;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentKind;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentResult;
import cn.fuyi.reconsideration.normativedocument.ReviewRaisedBy;
import cn.fuyi.reconsideration.review.OpinionMethod;
import cn.fuyi.reconsideration.review.OpinionPartyRole;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.stay.StayGround;
import cn.fuyi.reconsideration.stay.StayRequester;
import cn.fuyi.reconsideration.suspension.SuspensionGround;
import cn.fuyi.reconsideration.decision.SuperiorCopy;
import cn.fuyi.reconsideration.mediation.Ground2017;
import cn.fuyi.reconsideration.mediation.MediationKind;
import cn.fuyi.reconsideration.mediation.MediationStatus;
import cn.fuyi.reconsideration.mediation.Side;
import cn.fuyi.reconsideration.performance.DueBasis;
import cn.fuyi.reconsideration.performance.ObligationKind;
import cn.fuyi.reconsideration.performance.ObligationSource;
import cn.fuyi.reconsideration.performance.SupervisionKind;
import cn.fuyi.reconsideration.performance.TransferRecipient;

/** The reconsideration feature's fixed code lists. */
@ApplicationScoped
public class ReconsiderationCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("CASE_STATE", CaseState.class);
        m.put("CASE_TRANSITION", Transition.class);
        m.put("RULE_SET", RuleSet.class);
        m.put("CHANNEL", Channel.class);
        m.put("PARTY_ROLE", PartyRole.class);
        m.put("PARTY_KIND", PartyKind.class);
        m.put("ID_TYPE", IdType.class);
        m.put("AGENT_KIND", AgentKind.class);
        m.put("PROCEDURE", ProcedureType.class);
        m.put("SIMPLIFIED_GROUND", SimplifiedGround.class);
        m.put("ACCEPTANCE_KIND", AcceptanceKind.class);
        m.put("SUSPENSION_GROUND", SuspensionGround.class);
        m.put("TERMINATION_GROUND", TerminationGround.class);
        m.put("DECISION_TYPE", DecisionType.class);
        m.put("HEARING_STATUS", HearingStatus.class);
        m.put("PUBLICATION_STATUS", PublicationStatus.class);
        m.put("DEADLINE_KIND", DeadlineKind.class);
        m.put("DEADLINE_STATUS", DeadlineStatus.class);
        m.put("MEDIATION_KIND", MediationKind.class);
        m.put("MEDIATION_STATUS", MediationStatus.class);
        m.put("MEDIATION_SIDE", Side.class);
        m.put("MEDIATION_GROUND_2017", Ground2017.class);
        m.put("OBLIGATION_SOURCE", ObligationSource.class);
        m.put("OBLIGATION_KIND", ObligationKind.class);
        m.put("DUE_BASIS", DueBasis.class);
        m.put("SUPERVISION_KIND", SupervisionKind.class);
        m.put("TRANSFER_RECIPIENT", TransferRecipient.class);
        m.put("COPIED_DOCUMENT", SuperiorCopy.CopiedDocument.class);
        m.put("OPINION_METHOD", OpinionMethod.class);
        m.put("OPINION_PARTY_ROLE", OpinionPartyRole.class);
        m.put("NORMATIVE_DOCUMENT_KIND", NormativeDocumentKind.class);
        m.put("NORMATIVE_DOCUMENT_RAISED_BY", ReviewRaisedBy.class);
        m.put("NORMATIVE_DOCUMENT_RESULT", NormativeDocumentResult.class);
        m.put("COMMITTEE_GROUND", CommitteeGround.class);
        m.put("STAY_REQUESTER", StayRequester.class);
        m.put("STAY_GROUND", StayGround.class);
        m.put("DECISION_BASIS_KIND", DecisionBasisKind.class);
        return m;
    }
}
