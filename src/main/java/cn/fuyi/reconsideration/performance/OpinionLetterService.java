package cn.fuyi.reconsideration.performance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;

/** Opinion letters (行政复议意见书, ARL 76) to agencies whose acts were found unlawful or improper, and their answers. */
@ApplicationScoped
public class OpinionLetterService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase issueOpinionLetter(long id, VersionCheck check, OpinionLetterInputs.IssueOpinionLetter in) {
        return step(id, Transition.ISSUE_OPINION_LETTER, check, c -> {
            notBefore(Transition.ISSUE_OPINION_LETTER, in.date(), DateFact.CONCLUDED, c.concludedDate);
            long respondentId = in.respondentId() != null ? in.respondentId() : c.respondentId;
            Respondent r = Respondent.findById(respondentId);
            if (r == null || !Organ.subtreeIds(c.organId).contains(r.organId)) {
                throw ApiException.invalidField("respondentId", "UNKNOWN_RESPONDENT", respondentId);
            }
            OpinionLetter l = new OpinionLetter();
            l.caseId = c.id;
            l.respondentId = respondentId;
            l.issuedDate = in.date();
            l.documentNumber = blankToNull(in.documentNumber());
            l.subject = in.subject();
            l.persist();
            return new EventData(in.date(), null, details("letterId", l.id, "respondentId", respondentId,
                    "documentNumber", l.documentNumber, "subject", in.subject()));
        });
    }

    @Transactional
    public ReconsiderationCase answerOpinionLetter(long id, VersionCheck check, OpinionLetterInputs.AnswerOpinionLetter in) {
        return step(id, Transition.ANSWER_OPINION_LETTER, check, c -> {
            OpinionLetter l = OpinionLetter.findById(in.letterId());
            if (l == null || l.caseId != c.id) {
                throw ApiException.notFound("OPINION_LETTER_NOT_FOUND", in.letterId());
            }
            if (l.answeredDate != null) {
                throw ApiException.unprocessable("OPINION_LETTER_ALREADY_ANSWERED", l.answeredDate);
            }
            notBefore(Transition.ANSWER_OPINION_LETTER, in.date(), DateFact.LETTER_ISSUED, l.issuedDate);
            l.answeredDate = in.date();
            l.answerSummary = in.summary();
            return new EventData(in.date(), null, details("letterId", l.id, "summary", in.summary()));
        });
    }}
