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
