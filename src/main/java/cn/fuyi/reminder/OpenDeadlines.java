package cn.fuyi.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fuyi.audit.SubjectType;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitState;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.litigation.deadline.LawsuitDeadlineKind;
import cn.fuyi.litigation.recommendation.Recommendation;
import cn.fuyi.litigation.rectification.RectificationItem;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.statistics.Submissions;

/**
 * Every deadline the office still has to meet on a day, computed afresh from the records by the same rules the
 * case and lawsuit views use: the worklist deadlines of open cases, a lawsuit's report, defence and appeal windows
 * (the trial period is the court's), a recommendation's answer, an open rectification item, and a statistics report
 * an organ still owes its parent organ by the date the parent set (one deadline per owing organ: the record is the
 * parent's due date, {@code refId} the owing organ).
 */
@ApplicationScoped
public class OpenDeadlines {

    /** The court's own period is not the bureau's work. */
    private static final Set<LawsuitDeadlineKind> LAWSUIT_KINDS = Set.of(LawsuitDeadlineKind.REPORT,
            LawsuitDeadlineKind.DEFENCE, LawsuitDeadlineKind.APPEAL_WINDOW);

    @Inject
    ReconsiderationService cases;
    @Inject
    LitigationService lawsuits;
    @Inject
    Submissions submissions;

    /** Needs a transaction (or at least a persistence context) of the caller. */
    public List<OpenDeadline> asOf(LocalDate day) {
        List<OpenDeadline> out = new ArrayList<>();
        List<CaseState> closed = java.util.Arrays.stream(CaseState.values()).filter(CaseState::terminal).toList();
        for (ReconsiderationCase c : ReconsiderationCase.<ReconsiderationCase>list("state not in ?1", closed)) {
            for (Deadline d : cases.deadlines(c, day)) {
                if (d.kind() instanceof DeadlineKind k && k.worklist() && d.status().pending() && d.due() != null) {
                    out.add(new OpenDeadline(SubjectType.RECONSIDERATION_CASE.name(), c.id, c.organId, c.caseNumber,
                            k.name(), k.labelZh(), d.refId() == null ? 0 : d.refId(), d.due(), d.article(), c.clerk));
                }
            }
        }
        for (Lawsuit s : Lawsuit.<Lawsuit>list("state in ?1", List.of(LawsuitState.ACTIVE, LawsuitState.DECIDED))) {
            for (Deadline d : lawsuits.deadlines(s, day)) {
                if (d.kind() instanceof LawsuitDeadlineKind k && LAWSUIT_KINDS.contains(k) && d.status().pending()
                        && d.due() != null) {
                    out.add(new OpenDeadline(SubjectType.LAWSUIT.name(), s.id, s.organId, s.courtCaseNumber, k.name(),
                            k.labelZh(), d.refId() == null ? 0 : d.refId(), d.due(), d.article(), null));
                }
            }
        }
        for (Recommendation r : Recommendation.<Recommendation>list("answeredDate is null and answerDueDate is not null")) {
            out.add(new OpenDeadline(SubjectType.RECOMMENDATION.name(), r.id, r.organId, r.documentNumber,
                    OtherDeadlineKind.RECOMMENDATION_ANSWER.name(), OtherDeadlineKind.RECOMMENDATION_ANSWER.labelZh(), 0,
                    r.answerDueDate, null, null));
        }
        for (RectificationItem r : RectificationItem.<RectificationItem>list("closedDate is null and dueDate is not null")) {
            out.add(new OpenDeadline(SubjectType.RECTIFICATION.name(), r.id, r.organId, "整改事项 " + r.id,
                    OtherDeadlineKind.RECTIFICATION.name(), OtherDeadlineKind.RECTIFICATION.labelZh(), 0, r.dueDate, null,
                    null));
        }
        for (Submissions.Outstanding o : submissions.outstanding()) {
            out.add(new OpenDeadline(SubjectType.SUBMISSION_DEADLINE.name(), o.deadlineId(), o.organId(),
                    o.periodLabel() + "统计报表（报送" + o.parentName() + "）", OtherDeadlineKind.STATISTICS_SUBMISSION.name(),
                    OtherDeadlineKind.STATISTICS_SUBMISSION.labelZh(), o.organId(), o.dueDate(), null, null));
        }
        return out;
    }
}
