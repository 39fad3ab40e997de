package cn.fuyi.litigation.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.calendar.CalendarService;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LitigationFact;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;

/** Judicial and procuratorial recommendations, received and answered. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    TimeSource time;
    @Inject
    cn.fuyi.audit.AuditLog audit;
    @Inject
    CalendarService calendar;

    public Recommendation find(long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || !io.quarkus.arc.Arc.container().instance(cn.fuyi.security.UserScope.class).get().seesOrgan(r.organId)) {
            throw ApiException.notFound("RECOMMENDATION_NOT_FOUND", id);
        }
        return r;
    }

    @Transactional
    public Recommendation receive(LawsuitInputs.RecommendationInput in) {
        audit.expect();
        Recommendation r = new Recommendation();
        if (in.lawsuitId() != null) {
            Lawsuit s = Lawsuit.findById(in.lawsuitId());
            if (s == null || !io.quarkus.arc.Arc.container().instance(cn.fuyi.security.UserScope.class).get().seesOrgan(s.organId)) {
                throw ApiException.invalidField("lawsuitId", "UNKNOWN_LAWSUIT", in.lawsuitId());
            }
            r.organId = s.organId;
        } else if (in.organId() != null) {
            if (Organ.findById(in.organId()) == null
                    || !io.quarkus.arc.Arc.container().instance(cn.fuyi.security.UserScope.class).get().seesOrgan(in.organId())) {
                throw ApiException.notFound("ORGAN_NOT_FOUND", in.organId());
            }
            r.organId = in.organId();
        } else {
            throw ApiException.invalidField("organId", "REQUIRED_WITHOUT_LAWSUIT");
        }
        if (in.respondentId() != null && Respondent.findById(in.respondentId()) == null) {
            throw ApiException.invalidField("respondentId", "UNKNOWN_RESPONDENT", in.respondentId());
        }
        Lifecycle.notInFuture(in.kind(), in.receivedDate(), time.today());
        boolean harmSpreading = Boolean.TRUE.equals(in.harmSpreading());
        boolean normativeDocument = Boolean.TRUE.equals(in.normativeDocument());
        if (harmSpreading && in.kind() != RecommendationKind.PROCURATORIAL) {
            throw ApiException.invalidField("harmSpreading", "ONLY_FOR_PROCURATORIAL");
        }
        if (normativeDocument && in.kind() != RecommendationKind.JUDICIAL) {
            throw ApiException.invalidField("normativeDocument", "ONLY_FOR_JUDICIAL");
        }
        if (in.answerDueDate() != null && in.answerDueDate().isBefore(in.receivedDate())) {
            throw ApiException.invalidField("answerDueDate", "NOT_BEFORE", LitigationFact.RECEIVED);
        }
        r.kind = in.kind();
        r.issuer = in.issuer();
        r.documentNumber = in.documentNumber();
        r.lawsuitId = in.lawsuitId();
        r.respondentId = in.respondentId();
        r.addressee = in.addressee();
        r.subject = in.subject();
        r.receivedDate = in.receivedDate();
        r.harmSpreading = harmSpreading;
        r.normativeDocument = normativeDocument;
        LocalDate statutory = statutoryDue(r);
        if (in.answerDueDate() == null || in.answerDueDate().equals(statutory)) {
            // the clerk may leave the date to the law, or repeat it: either way nothing was overridden
            r.answerDueDate = statutory;
            r.answerDueSource = statutory == null ? AnswerDueSource.NONE : AnswerDueSource.STATUTORY;
        } else {
            r.answerDueDate = in.answerDueDate();
            r.answerDueSource = AnswerDueSource.CLERK;
        }
        r.createdAt = time.now();
        r.updatedAt = r.createdAt;
        r.persist();
        r.flush();
        audit.record(cn.fuyi.audit.SubjectType.RECOMMENDATION, r.id, r.organId, "RECEIVE", cn.fuyi.audit.AuditLog.created(r), null);
        audit.publish("RECOMMENDATION_RECEIVED", cn.fuyi.audit.SubjectType.RECOMMENDATION, r.id, r.organId, r.respondentId,
                EventRecorder.details("kind", r.kind, "subject", r.subject, "answerDueSource", r.answerDueSource,
                        "answerDueDate", r.answerDueDate == null ? null : r.answerDueDate.toString()));
        return r;
    }

    @Transactional
    public Recommendation answer(long id, VersionCheck check, LawsuitInputs.Answer in) {
        audit.expect();
        Recommendation r = find(id);
        check.check(r.version);
        var before = cn.fuyi.audit.AuditLog.snapshot(r);
        if (r.answeredDate != null) {
            throw ApiException.conflict("RECOMMENDATION_ANSWERED", r.answeredDate);
        }
        Lifecycle.notBefore(r.kind, in.date(), LitigationFact.RECEIVED, r.receivedDate);
        Lifecycle.notInFuture(r.kind, in.date(), time.today());
        r.answeredDate = in.date();
        r.answerSummary = in.summary();
        r.updatedAt = time.now();
        r.flush();
        audit.record(cn.fuyi.audit.SubjectType.RECOMMENDATION, r.id, r.organId, "ANSWER",
                cn.fuyi.audit.AuditLog.diff(before, cn.fuyi.audit.AuditLog.snapshot(r)), null);
        audit.publish("RECOMMENDATION_ANSWERED", cn.fuyi.audit.SubjectType.RECOMMENDATION, r.id, r.organId, r.respondentId,
                java.util.Map.of("answeredDate", r.answeredDate.toString()));
        return r;
    }

    /** The due date the law sets for the recommendation's answer, on the current calendar, or {@code null}. */
    public LocalDate statutoryDue(Recommendation r) {
        return AnswerDeadline.statutory(r.kind, r.harmSpreading, r.normativeDocument)
                .map(s -> s.period().from(r.receivedDate, calendar.current()).due()).orElse(null);
    }

    /** Moves the statutory due dates of unanswered recommendations after the holiday calendar changed. */
    @Transactional
    public int refreshStatutoryDueDates() {
        audit.expect();
        List<Recommendation> open = Recommendation.list("answeredDate is null and answerDueSource = ?1", AnswerDueSource.STATUTORY);
        int moved = 0;
        for (Recommendation r : open) {
            LocalDate due = statutoryDue(r);
            if (!due.equals(r.answerDueDate)) {
                r.answerDueDate = due;
                moved++;
            }
        }
        audit.record(cn.fuyi.audit.SubjectType.SYSTEM, null, null, "RECOMPUTE_RECOMMENDATION_DEADLINES",
                Map.of("recommendations", open.size(), "moved", moved), "holiday calendar changed");
        return moved;
    }
}
