package cn.fuyi.reconsideration.suspension;

import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.CaseNumbers;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.intake.ResidentIdNumber;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.ExcludedPeriod;
import cn.fuyi.reconsideration.suspension.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.calendar.CalendarService;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganService;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.api.CaseInputs.CaseDetailsInput;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;
import cn.fuyi.reconsideration.deadline.CaseDeadlines;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.LifecycleEngine;
import cn.fuyi.lifecycle.LifecycleEvent;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.reconsideration.deadline.DeadlineKind;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.RuleSet;

/** Suspension (中止, ARL 39) and the other periods that do not count toward the decision deadline (site inspection and appraisal, Regulations 2007 arts. 34, 37). */
@ApplicationScoped
public class SuspensionService extends ProcedureSteps {


    @Transactional
    public ReconsiderationCase suspend(long id, VersionCheck check, SuspensionInputs.Suspend in) {
        return step(id, Transition.SUSPEND, check, c -> {
            notBefore(Transition.SUSPEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
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
