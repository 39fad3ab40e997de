package cn.fuyi.reconsideration.deadline;

import java.util.List;

import cn.fuyi.casefile.service.ServiceRecord;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.decision.ApplicantService;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentReview;
import cn.fuyi.reconsideration.performance.Obligation;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.performance.Supervision;
import cn.fuyi.reconsideration.suspension.ExcludedPeriod;
import cn.fuyi.reconsideration.suspension.Suspension;

/** The dated records of one case that its deadlines are computed from, each list in the order it was recorded. */
public record CaseRecords(
        List<CorrectionRequest> corrections,
        List<Suspension> suspensions,
        List<ExcludedPeriod> excludedPeriods,
        List<Hearing> hearings,
        List<OpinionLetter> letters,
        List<Obligation> obligations,
        List<Supervision> supervisions,
        List<NormativeDocumentReview> normativeDocumentReviews,
        List<ApplicantService> decisionServices) {

    /** The records without service records (the suit window then runs from the case's single served date). */
    public CaseRecords(List<CorrectionRequest> corrections, List<Suspension> suspensions, List<ExcludedPeriod> excludedPeriods,
            List<Hearing> hearings, List<OpinionLetter> letters, List<Obligation> obligations, List<Supervision> supervisions,
            List<NormativeDocumentReview> normativeDocumentReviews) {
        this(corrections, suspensions, excludedPeriods, hearings, letters, obligations, supervisions, normativeDocumentReviews,
                List.of());
    }

    /** The records of the main path alone, no obligations or reviews (for rules and tests that need no more). */
    public CaseRecords(List<CorrectionRequest> corrections, List<Suspension> suspensions, List<ExcludedPeriod> excludedPeriods,
            List<Hearing> hearings, List<OpinionLetter> letters) {
        this(corrections, suspensions, excludedPeriods, hearings, letters, List.of(), List.of(), List.of(), List.of());
    }

    /** A case not yet saved has no records. */
    public static CaseRecords none() {
        return new CaseRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static CaseRecords of(long caseId) {
        return new CaseRecords(CorrectionRequest.list("caseId = ?1 order by id", caseId),
                Suspension.list("caseId = ?1 order by id", caseId), ExcludedPeriod.list("caseId = ?1 order by id", caseId),
                Hearing.list("caseId = ?1 order by id", caseId), OpinionLetter.list("caseId = ?1 order by id", caseId),
                Obligation.ofCase(caseId), Supervision.ofCase(caseId),
                NormativeDocumentReview.list("caseId = ?1 order by id", caseId),
                ServiceRecord.decisionServiceByApplicant(caseId));
    }
}
