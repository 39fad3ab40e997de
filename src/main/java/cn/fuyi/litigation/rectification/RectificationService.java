package cn.fuyi.litigation.rectification;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LitigationFact;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.defendant.LawsuitDefendant;
import cn.fuyi.litigation.recommendation.Recommendation;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.performance.OpinionLetter;
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
    cn.fuyi.audit.AuditLog audit;
    @Inject
    CurrentUser user;

    public RectificationItem find(long id) {
        RectificationItem r = RectificationItem.findById(id);
        if (r == null || !visible(r)) {
            throw ApiException.notFound("RECTIFICATION_NOT_FOUND", id);
        }
        return r;
    }

    /** One of the user's organs' items, or for agency staff, their agency's. */
    public static boolean visible(RectificationItem r) {
        cn.fuyi.security.UserScope scope = io.quarkus.arc.Arc.container().instance(cn.fuyi.security.UserScope.class).get();
        return scope.agencyOnly() ? r.respondentId == scope.respondentId() : scope.seesOrgan(r.organId);
    }

    @Transactional
    public RectificationItem open(LawsuitInputs.RectificationInput in) {
        audit.expect();
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
    public RectificationItem openForLawsuit(Lawsuit s, LawsuitInputs.RectificationOpening in) {
        Long agency = in.respondentId() != null ? in.respondentId() : firstAgency(s);
        return create(s.organId, RectificationSource.LAWSUIT, s.id, agency, in.problem(), in.dueDate());
    }

    private RectificationItem create(long organ, RectificationSource source, long sourceId, Long agency, String problem,
            LocalDate due) {
        if (!io.quarkus.arc.Arc.container().instance(cn.fuyi.security.UserScope.class).get().seesOrgan(organ)) {
            throw ApiException.notFound(sourceNotFound(source), sourceId);
        }
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
        audit.record(cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, "OPEN", cn.fuyi.audit.AuditLog.created(r), null);
        audit.publish("RECTIFICATION_OPENED", cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, r.respondentId,
                java.util.Map.of("sourceType", r.sourceType.name(), "sourceId", r.sourceId));
        return r;
    }

    private static String sourceNotFound(RectificationSource source) {
        return switch (source) {
            case RECONSIDERATION_CASE -> "CASE_NOT_FOUND";
            case OPINION_LETTER -> "OPINION_LETTER_NOT_FOUND";
            case LAWSUIT -> "LAWSUIT_NOT_FOUND";
            case RECOMMENDATION -> "RECOMMENDATION_NOT_FOUND";
        };
    }

    /** The first agency among the suit's defendants that lost it; the organ may have lost alone (法释〔2018〕1号 art. 136). */
    private static Long firstAgency(Lawsuit s) {
        return LawsuitDefendant.<LawsuitDefendant>list("lawsuitId = ?1 and respondentId is not null order by position", s.id).stream()
                .filter(d -> Boolean.TRUE.equals(d.lost())).map(d -> d.respondentId).findFirst().orElse(null);
    }

    @Transactional
    public RectificationItem progress(long id, VersionCheck check, LawsuitInputs.RectificationProgress in) {
        audit.expect();
        RectificationItem r = find(id);
        check.check(r.version);
        if (r.closedDate != null) {
            throw ApiException.conflict("RECTIFICATION_CLOSED", r.closedDate);
        }
        var before = cn.fuyi.audit.AuditLog.snapshot(r);
        r.actions = in.actions();
        r.evidenceNote = in.evidenceNote();
        r.dueDate = in.dueDate();
        r.updatedAt = time.now();
        r.flush();
        audit.record(cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, "PROGRESS",
                cn.fuyi.audit.AuditLog.diff(before, cn.fuyi.audit.AuditLog.snapshot(r)), null);
        audit.publish("RECTIFICATION_UPDATED", cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, r.respondentId,
                java.util.Map.of("dueDate", r.dueDate.toString()));
        return r;
    }

    @Transactional
    public RectificationItem close(long id, VersionCheck check, LawsuitInputs.CloseRectification in) {
        audit.expect();
        RectificationItem r = find(id);
        check.check(r.version);
        if (r.closedDate != null) {
            throw ApiException.conflict("RECTIFICATION_CLOSED", r.closedDate);
        }
        var before = cn.fuyi.audit.AuditLog.snapshot(r);
        Lifecycle.notInFuture(LitigationFact.RECTIFICATION_CLOSED, in.date(), time.today());
        r.closedDate = in.date();
        r.actions = in.actions();
        r.evidenceNote = in.evidenceNote();
        r.updatedAt = time.now();
        r.flush();
        audit.record(cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, "CLOSE",
                cn.fuyi.audit.AuditLog.diff(before, cn.fuyi.audit.AuditLog.snapshot(r)), null);
        audit.publish("RECTIFICATION_CLOSED", cn.fuyi.audit.SubjectType.RECTIFICATION, r.id, r.organId, r.respondentId,
                java.util.Map.of("closedDate", r.closedDate.toString()));
        return r;
    }
}
