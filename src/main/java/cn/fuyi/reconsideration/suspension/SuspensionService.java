package cn.fuyi.reconsideration.suspension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.mediation.MediationService;
import cn.fuyi.reconsideration.normativedocument.NormativeDocumentService;

/** Suspension (中止, ARL 39) and the other periods that do not count toward the decision deadline (site inspection and appraisal, Regulations 2007 arts. 34, 37). */
@ApplicationScoped
public class SuspensionService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase suspend(long id, VersionCheck check, SuspensionInputs.Suspend in) {
        return step(id, Transition.SUSPEND, check, c -> {
            notBefore(Transition.SUSPEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (in.ground() == SuspensionGround.MEDIATION_IN_PROGRESS) {
                MediationService.requireSuspensionConsent(c, in.date());
            }
            Suspension s = new Suspension();
            s.caseId = c.id;
            s.ground = in.ground();
            s.startedDate = in.date();
            s.reason = in.reason();
            s.persist();
            return new EventData(in.date(), in.reason(), details("suspensionId", s.id, "ground", in.ground()));
        });
    }

    @Transactional
    public ReconsiderationCase resume(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RESUME, check, c -> {
            Suspension s = Suspension.<Suspension>find("caseId = ?1 and resumedDate is null", c.id).firstResult();
            NormativeDocumentService.requireReviewsConcluded(s);
            notBefore(Transition.RESUME, in.date(), DateFact.SUSPENDED, s.startedDate);
            s.resumedDate = in.date();
            return new EventData(in.date(), in.reason(), details("suspensionId", s.id, "suspendedDays",
                    java.time.temporal.ChronoUnit.DAYS.between(s.startedDate, in.date())));
        });
    }

    /** A site inspection or appraisal starts: its days will not count toward the decision deadline. */
    @Transactional
    public ReconsiderationCase startExcludedPeriod(long id, VersionCheck check, SuspensionInputs.ExcludedPeriodStep in) {
        return step(id, Transition.START_EXCLUDED_PERIOD, check, c -> {
            notBefore(Transition.START_EXCLUDED_PERIOD, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (ExcludedPeriod.count("caseId = ?1 and kind = ?2 and endedDate is null", c.id, in.kind()) > 0) {
                throw ApiException.conflict("EXCLUDED_PERIOD_ALREADY_OPEN", in.kind());
            }
            ExcludedPeriod p = new ExcludedPeriod();
            p.caseId = c.id;
            p.kind = in.kind();
            p.startedDate = in.date();
            p.reason = in.reason();
            p.persist();
            return new EventData(in.date(), in.reason(), details("excludedPeriodId", p.id, "kind", in.kind()));
        });
    }

    /** The site inspection or appraisal of that kind ends; the days between start and end are excluded. */
    @Transactional
    public ReconsiderationCase endExcludedPeriod(long id, VersionCheck check, SuspensionInputs.ExcludedPeriodStep in) {
        return step(id, Transition.END_EXCLUDED_PERIOD, check, c -> {
            ExcludedPeriod p = ExcludedPeriod.<ExcludedPeriod>find("caseId = ?1 and kind = ?2 and endedDate is null", c.id, in.kind())
                    .firstResult();
            if (p == null) {
                throw ApiException.conflict("EXCLUDED_PERIOD_NOT_OPEN", in.kind());
            }
            notBefore(Transition.END_EXCLUDED_PERIOD, in.date(), DateFact.EXCLUDED_PERIOD_STARTED, p.startedDate);
            p.endedDate = in.date();
            return new EventData(in.date(), in.reason(), details("excludedPeriodId", p.id, "kind", in.kind(), "excludedDays",
                    java.time.temporal.ChronoUnit.DAYS.between(p.startedDate, in.date())));
        });
    }}
