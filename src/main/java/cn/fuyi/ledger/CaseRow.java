package cn.fuyi.ledger;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.Channel;
import cn.fuyi.reconsideration.intake.PartyKind;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.SuspensionGround;

/** One row of the reconsideration-case ledger, read and checked cell by cell: the facts of one case. */
public final class CaseRow {

    final long row;
    final Map<CaseColumn, String> text = new EnumMap<>(CaseColumn.class);
    final Map<CaseColumn, LocalDate> dates = new EnumMap<>(CaseColumn.class);
    String hash;

    String caseNumber;
    Channel channel;
    List<String> applicants;
    PartyKind applicantKind;
    long respondentId;
    String actCategory;
    String actDomain;
    Integer correctionDays;
    ProcedureType procedure;
    SimplifiedGround simplifiedGround;
    Boolean headAttended;
    SuspensionGround suspensionGround;
    Integer extensionDays;
    DecisionType decisionType;
    TerminationGround terminationGround;
    // the columns added later, each with its own value
    cn.fuyi.reconsideration.intake.IdType applicantIdType;
    List<String> applicantIdNumbers;
    cn.fuyi.reconsideration.intake.AgentKind agentKind;
    PartyKind thirdPartyKind;
    cn.fuyi.reconsideration.stay.StayRequester stayRequestedBy;
    Boolean stayGranted;
    cn.fuyi.reconsideration.stay.StayGround stayGround;
    cn.fuyi.reconsideration.committee.CommitteeGround committeeGround;
    Boolean committeeFollowed;
    cn.fuyi.reconsideration.mediation.Ground2017 mediationGround2017;
    Boolean mediationAgreed;
    cn.fuyi.reconsideration.normativedocument.ReviewRaisedBy normativeRaisedBy;
    cn.fuyi.reconsideration.normativedocument.NormativeDocumentKind normativeKind;
    Boolean normativeCompetent;
    cn.fuyi.reconsideration.normativedocument.NormativeDocumentResult normativeResult;

    CaseRow(long row) {
        this.row = row;
    }

    LocalDate date(CaseColumn c) {
        return dates.get(c);
    }

    String text(CaseColumn c) {
        return text.get(c);
    }

    boolean has(CaseColumn c) {
        return text.get(c) != null;
    }
}
