package cn.fuyi.litigation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.OpinionLetter;
import cn.fuyi.reconsideration.ReconsiderationCase;

/**
 * Rectification items (整改, 以案促改). An item must arise from something that calls for it: a reconsideration case
 * the organ corrected (directly or indirectly), an opinion letter, a lawsuit the agency lost, or a recommendation.
 */
@ApplicationScoped
public class RectificationService {

    @Inject
    TimeSource time;
    @Inject
    CurrentUser user;

    public RectificationItem find(long id) {
        RectificationItem r = RectificationItem.findById(id);
        if (r == null) {
            throw ApiException.notFound("RECTIFICATION_NOT_FOUND", id);
        }
        return r;
    }

    @Transactional
    public RectificationItem open(LawsuitInputs.RectificationInput in) {
        long organ;
        Long agency;
        switch (in.sourceType()) {
            case RECONSIDERATION_CASE -> {
                ReconsiderationCase c = ReconsiderationCase.findById(in.sourceId());
                if (c == null) {
                    throw ApiException.notFound("CASE_NOT_FOUND", in.sourceId());
                }
                if (c.decisionType == null || !(c.decisionType.correction() || c.indirectCorrection)) {
                    throw ApiException.unprocessable("RECTIFICATION_SOURCE_NOT_CORRECTED");
                }
                organ = c.organId;
                agency = c.respondentId;
            }
            case OPINION_LETTER -> {
                OpinionLetter l = OpinionLetter.findById(in.sourceId());
                if (l == null) {
                    throw ApiException.notFound("OPINION_LETTER_NOT_FOUND", in.sourceId());
                }
                organ = ReconsiderationCase.<ReconsiderationCase>findById(l.caseId).organId;
                agency = l.respondentId;
            }
            case LAWSUIT -> {
                Lawsuit s = Lawsuit.findById(in.sourceId());
                if (s == null) {
                    throw ApiException.notFound("LAWSUIT_NOT_FOUND", in.sourceId());
                }
                if (s.outcome == null || !s.outcome.loss()) {
                    throw ApiException.unprocessable("RECTIFICATION_NEEDS_LOSS", s.outcome == null ? "—" : s.outcome);
                }
                organ = s.organId;
                agency = firstAgency(s);
            }
            default -> {
                Recommendation r = Recommendation.findById(in.sourceId());
                if (r == null) {
                    throw ApiException.notFound("RECOMMENDATION_NOT_FOUND", in.sourceId());
                }
                organ = r.organId;
                agency = r.respondentId;
            }
        }
        return create(organ, in.sourceType(), in.sourceId(), in.respondentId() != null ? in.respondentId() : agency,
                in.problem(), in.dueDate());
    }

    /** Opens an item for a lost lawsuit, in the transaction that records the outcome. */
    RectificationItem openForLawsuit(Lawsuit s, LawsuitInputs.RectificationOpening in) {
        Long agency = in.respondentId() != null ? in.respondentId() : firstAgency(s);
        return create(s.organId, RectificationSource.LAWSUIT, s.id, agency, in.problem(), in.dueDate());
    }

    private RectificationItem create(long organ, RectificationSource source, long sourceId, Long agency, String problem,
            LocalDate due) {
        if (agency == null) {
            throw ApiException.invalidField("respondentId", "REQUIRED_AGENCY");
        }
        if (Respondent.findById(agency) == null) {
            throw ApiException.invalidField("respondentId", "UNKNOWN_RESPONDENT", agency);
        }
        RectificationItem r = new RectificationItem();
        r.organId = organ;
        r.sourceType = source;
        r.sourceId = sourceId;
        r.respondentId = agency;
        r.problem = problem;
        r.dueDate = due;
        r.createdAt = time.now();
        r.updatedAt = r.createdAt;
        r.createdBy = user.username();
        r.persist();
        r.flush();
        return r;
    }

    private static Long firstAgency(Lawsuit s) {
        LawsuitDefendant d = LawsuitDefendant.<LawsuitDefendant>find("lawsuitId = ?1 and respondentId is not null order by position",
                s.id).firstResult();
        return d == null ? null : d.respondentId;
    }

    @Transactional
    public RectificationItem progress(long id, VersionCheck check, LawsuitInputs.RectificationProgress in) {
        RectificationItem r = find(id);
        check.check(r.version);
        if (r.closedDate != null) {
            throw ApiException.conflict("RECTIFICATION_CLOSED", r.closedDate);
        }
        r.actions = in.actions();
        r.evidenceNote = in.evidenceNote();
        r.dueDate = in.dueDate();
        r.updatedAt = time.now();
        r.flush();
        return r;
    }

    @Transactional
    public RectificationItem close(long id, VersionCheck check, LawsuitInputs.CloseRectification in) {
        RectificationItem r = find(id);
        check.check(r.version);
        if (r.closedDate != null) {
            throw ApiException.conflict("RECTIFICATION_CLOSED", r.closedDate);
        }
        Lifecycle.notInFuture(LitigationFact.RECTIFICATION_CLOSED, in.date(), time.today());
        r.closedDate = in.date();
        r.actions = in.actions();
        r.evidenceNote = in.evidenceNote();
        r.updatedAt = time.now();
        r.flush();
        return r;
    }
}
