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
import cn.fuyi.reconsideration.decision.SuperiorCopy;
import cn.fuyi.reconsideration.decision.SuperiorCopy.CopiedDocument;

/**
 * Opinion letters (行政复议意见书, ARL 76) to agencies whose acts were found unlawful or improper: the letter, the
 * agency's receipt (its 60 days run from it), its answer, and the copy to the respondent's superior (ARL 79 ¶2). Each
 * letter is also an obligation (ARL 77), so its non-performance is supervised like a decision's.
 */
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
            Obligation o = Obligations.fromLetter(l);
            return new EventData(in.date(), null, details("letterId", l.id, "respondentId", respondentId,
                    "documentNumber", l.documentNumber, "subject", in.subject(), "obligationId", o.id));
        });
    }

    @Transactional
    public ReconsiderationCase answerOpinionLetter(long id, VersionCheck check, OpinionLetterInputs.AnswerOpinionLetter in) {
        return step(id, Transition.ANSWER_OPINION_LETTER, check, c -> {
            OpinionLetter l = letter(c, in.letterId());
            if (l.answeredDate != null) {
                throw ApiException.unprocessable("OPINION_LETTER_ALREADY_ANSWERED", l.answeredDate);
            }
            notBefore(Transition.ANSWER_OPINION_LETTER, in.date(), DateFact.LETTER_ISSUED, l.issuedDate);
            if (l.receivedDate != null) {
                notBefore(Transition.ANSWER_OPINION_LETTER, in.date(), DateFact.LETTER_RECEIVED, l.receivedDate);
            }
            l.answeredDate = in.date();
            l.answerSummary = in.summary();
            Obligation o = Obligation.ofLetter(l.id);
            if (o != null) {
                o.performedDate = in.date();
                o.reportedDate = in.date();
                o.reportSummary = in.summary();
            }
            return new EventData(in.date(), null, details("letterId", l.id, "summary", in.summary()));
        });
    }

    /** The agency's receipt of the letter, from which its 60 days run (ARL 76). */
    @Transactional
    public ReconsiderationCase recordReceipt(long id, VersionCheck check, OpinionLetterInputs.Receipt in) {
        return step(id, Transition.RECORD_OPINION_LETTER_RECEIPT, check, c -> {
            OpinionLetter l = letter(c, in.letterId());
            if (l.receivedDate != null) {
                throw ApiException.conflict("OPINION_LETTER_RECEIPT_RECORDED", l.receivedDate);
            }
            notBefore(Transition.RECORD_OPINION_LETTER_RECEIPT, in.date(), DateFact.LETTER_ISSUED, l.issuedDate);
            if (l.answeredDate != null && in.date().isAfter(l.answeredDate)) {
                throw ApiException.unprocessable("RECEIPT_AFTER_ANSWER", in.date(), l.answeredDate);
            }
            l.receivedDate = in.date();
            return new EventData(in.date(), null, details("letterId", l.id));
        });
    }

    /** A copy of the letter to the respondent's superior department (ARL 79 ¶2). */
    @Transactional
    public ReconsiderationCase copyToSuperior(long id, VersionCheck check, OpinionLetterInputs.CopyToSuperior in) {
        return step(id, Transition.COPY_OPINION_LETTER_TO_SUPERIOR, check, c -> {
            OpinionLetter l = letter(c, in.letterId());
            notBefore(Transition.COPY_OPINION_LETTER_TO_SUPERIOR, in.date(), DateFact.LETTER_ISSUED, l.issuedDate);
            if (SuperiorCopy.count("caseId = ?1 and document = ?2 and letterId = ?3", c.id, CopiedDocument.OPINION_LETTER, l.id) > 0) {
                throw ApiException.conflict("SUPERIOR_COPY_RECORDED");
            }
            SuperiorCopy copy = new SuperiorCopy();
            copy.caseId = c.id;
            copy.document = CopiedDocument.OPINION_LETTER;
            copy.letterId = l.id;
            copy.recipient = in.recipient().trim();
            copy.copiedDate = in.date();
            copy.note = in.note();
            copy.persist();
            return new EventData(in.date(), in.note(), details("letterId", l.id, "copyId", copy.id, "recipient", copy.recipient));
        });
    }

    private static OpinionLetter letter(ReconsiderationCase c, long letterId) {
        OpinionLetter l = OpinionLetter.findById(letterId);
        if (l == null || l.caseId != c.id) {
            throw ApiException.notFound("OPINION_LETTER_NOT_FOUND", letterId);
        }
        return l;
    }
}
