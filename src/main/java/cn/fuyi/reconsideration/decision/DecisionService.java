package cn.fuyi.reconsideration.decision;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.committee.CommitteeService;
import cn.fuyi.reconsideration.hearing.HearingService;
import cn.fuyi.reconsideration.mediation.MediationService;
import cn.fuyi.reconsideration.performance.Obligation;
import cn.fuyi.reconsideration.performance.Obligations;
import cn.fuyi.reconsideration.review.PartyOpinionService;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.suspension.Suspension;

/**
 * The decision (行政复议决定, ARL 62-75, 79): extension of the period, the decision or dismissal, service, publication
 * and the copy to the respondent's superior. Recording a decision also records what it orders the respondent to carry
 * out ({@link Obligations#fromDecision}).
 */
@ApplicationScoped
public class DecisionService extends ProcedureSteps {

    /**
     * 延长审理期限 (ARL 62 ¶1): approved before the period has run out, at most 30 days in all approvals together,
     * never in the simplified procedure, with written notice to the parties. Under the 2017 law the organ's head
     * approves (ARL 2017 art. 31); under the 2023 law the office's head.
     */
    @Transactional
    public ReconsiderationCase extend(long id, VersionCheck check, DecisionInputs.Extend in) {
        return step(id, Transition.EXTEND, check, c -> {
            if (c.procedure == ProcedureType.SIMPLIFIED) {
                throw ApiException.unprocessable("EXTENSION_NOT_FOR_SIMPLIFIED");
            }
            notBefore(Transition.EXTEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            notBefore(Transition.EXTEND, in.noticeDate(), DateFact.EXTENSION_APPROVED, in.date());
            notInFuture(Transition.EXTEND, in.noticeDate());
            int granted = c.extensionDays == null ? 0 : c.extensionDays;
            if (granted + in.days() > DecisionPeriod.MAX_EXTENSION_DAYS) {
                throw ApiException.unprocessable("EXTENSION_TOTAL_EXCEEDED", granted, DecisionPeriod.MAX_EXTENSION_DAYS - granted)
                        .with("remainingDays", DecisionPeriod.MAX_EXTENSION_DAYS - granted);
            }
            LocalDate due = deadlineCalculator(c, in.date()).decision().due();
            if (in.date().isAfter(due)) {
                throw ApiException.unprocessable("EXTENSION_AFTER_DEADLINE", due);
            }
            ExtensionApprover competent = ExtensionApprover.competentUnder(c.ruleSet);
            if (in.approver() != null && in.approver() != competent) {
                throw ApiException.unprocessable("EXTENSION_APPROVER_NOT_COMPETENT", in.approver(), competent)
                        .with("competentApprover", competent.name());
            }
            Extension e = new Extension();
            e.caseId = c.id;
            e.approvedDate = in.date();
            e.days = in.days();
            e.approverRole = competent;
            e.approvedBy = in.approvedBy() != null && !in.approvedBy().isBlank() ? in.approvedBy().trim() : user.displayName();
            e.reason = in.reason();
            e.noticeDate = in.noticeDate();
            e.dueBefore = due;
            e.persist();
            c.extensionDays = granted + in.days();
            c.extensionDate = in.date();
            c.extensionApprovedBy = e.approvedBy;
            c.extensionReason = in.reason();
            return new EventData(in.date(), in.reason(), details("extensionId", e.id, "days", in.days(), "totalDays",
                    c.extensionDays, "approver", competent, "approvedBy", e.approvedBy, "noticeDate", in.noticeDate(),
                    "previousDue", due));
        });
    }

    @Transactional
    public ReconsiderationCase dismiss(long id, VersionCheck check, DecisionInputs.Dismiss in) {
        return step(id, Transition.DISMISS_APPLICATION, check, c -> {
            notBefore(Transition.DISMISS_APPLICATION, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            HearingService.requireNoPendingHearing(c);
            MediationService.requireForDecision(c, DecisionType.DISMISS_APPLICATION, null, in.date());
            c.decisionType = DecisionType.DISMISS_APPLICATION;
            c.concludedDate = in.date();
            c.decisionSummary = in.reason();
            c.decisionApprovedBy = user.displayName();
            return new EventData(in.date(), in.reason(), details("decisionType", DecisionType.DISMISS_APPLICATION,
                    "approvedBy", c.decisionApprovedBy));
        });
    }

    @Transactional
    public ReconsiderationCase conclude(long id, VersionCheck check, DecisionInputs.Conclude in) {
        return step(id, Transition.CONCLUDE, check, c -> {
            DecisionRules.Asked asked = asked(in);
            notBefore(Transition.CONCLUDE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            DecisionRules.check(c, asked, Suspension.find("caseId = ?1 and resumedDate is null", c.id).firstResult());
            HearingService.requireNoPendingHearing(c);
            MediationService.requireForDecision(c, in.decisionType(), in.terminationGround(), in.date());
            PartyOpinionService.requireOpinionsHeard(c, in.decisionType());
            CommitteeService.requireOpinionsRecorded(c, in.decisionType());
            decided(c, in, asked, user.displayName());
            return concludedEvent(c, in, Obligations.fromDecision(c));
        });
    }

    /** What the decision asks, for {@link DecisionRules#check}. */
    public static DecisionRules.Asked asked(DecisionInputs.Conclude in) {
        return new DecisionRules.Asked(in.date(), in.decisionType(), Boolean.TRUE.equals(in.orderToRedo()),
                in.terminationGround(), Boolean.TRUE.equals(in.respondentCorrectedAct()),
                Boolean.TRUE.equals(in.illegalForProcedureOnly()), Boolean.TRUE.equals(in.partlyUpholds()),
                Boolean.TRUE.equals(in.propertyReturnOrdered()), in.compensationOutcome());
    }

    /** The decision's facts on the case, once every check has passed. */
    public static void decided(ReconsiderationCase c, DecisionInputs.Conclude in, DecisionRules.Asked asked, String approvedBy) {
        c.decisionType = in.decisionType();
        c.orderToRedo = asked.orderToRedo();
        c.terminationGround = in.terminationGround();
        c.indirectCorrection = asked.indirectCorrection();
        c.illegalForProcedureOnly = asked.illegalForProcedureOnly();
        c.partlyUpholds = asked.partlyUpholds();
        c.propertyReturnOrdered = asked.propertyReturnOrdered();
        c.compensationOutcome = DecisionRules.outcomeOf(in.decisionType(), in.compensationOutcome());
        c.decisionSummary = in.summary();
        c.decisionApprovedBy = approvedBy;
        c.concludedDate = in.date();
    }

    /** The CONCLUDE event of a decided case, naming the obligations it created. */
    public static EventData concludedEvent(ReconsiderationCase c, DecisionInputs.Conclude in, java.util.List<Obligation> obligations) {
        DecisionType type = in.decisionType();
        return new EventData(in.date(), in.reason(), details("decisionType", type, "orderToRedo", c.orderToRedo,
                "terminationGround", in.terminationGround(), "respondentCorrectedAct", c.indirectCorrection,
                "correction", type.correction(), "illegalForProcedureOnly", c.illegalForProcedureOnly,
                "partlyUpholds", c.partlyUpholds, "propertyReturnOrdered", c.propertyReturnOrdered,
                "compensationOutcome", c.compensationOutcome, "approvedBy", c.decisionApprovedBy,
                "obligations", obligations.isEmpty() ? null
                        : obligations.stream().map(o -> o.kind.name()).toList()));
    }

    @Transactional
    public ReconsiderationCase serve(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.SERVE, check, c -> served(c, in));
    }

    public static EventData served(ReconsiderationCase c, CaseInputs.DatedStep in) {
        notBefore(Transition.SERVE, in.date(), DateFact.CONCLUDED, c.concludedDate);
        c.servedDate = in.date();
        return new EventData(in.date(), in.reason(), Map.of());
    }

    @Transactional
    public ReconsiderationCase publish(long id, VersionCheck check, DecisionInputs.Publish in) {
        return step(id, Transition.PUBLISH, check, c -> published(c, in));
    }

    public static EventData published(ReconsiderationCase c, DecisionInputs.Publish in) {
        requirePublicationOpen(c);
        notBefore(Transition.PUBLISH, in.date(), DateFact.SERVED, c.servedDate);
        c.publicationStatus = PublicationStatus.PUBLISHED;
        c.publishedDate = in.date();
        c.publicationPlace = in.place();
        return new EventData(in.date(), null, details("place", in.place()));
    }

    @Transactional
    public ReconsiderationCase recordNotPublished(long id, VersionCheck check, CaseInputs.ReasonedStep in) {
        return step(id, Transition.RECORD_NOT_PUBLISHED, check, c -> notPublished(c, in));
    }

    public static EventData notPublished(ReconsiderationCase c, CaseInputs.ReasonedStep in) {
        requirePublicationOpen(c);
        notBefore(Transition.RECORD_NOT_PUBLISHED, in.date(), DateFact.SERVED, c.servedDate);
        c.publicationStatus = PublicationStatus.NOT_PUBLISHED;
        c.nonPublicationReason = in.reason();
        return new EventData(in.date(), in.reason(), Map.of());
    }

    /** A copy of the effective decision to the respondent's superior department (ARL 79 ¶2). */
    @Transactional
    public ReconsiderationCase copyToSuperior(long id, VersionCheck check, DecisionInputs.CopyToSuperior in) {
        return step(id, Transition.COPY_DECISION_TO_SUPERIOR, check, c -> {
            if (c.decisionType == DecisionType.MEDIATION) {
                throw ApiException.unprocessable("SUPERIOR_COPY_NOT_FOR_MEDIATION");
            }
            notBefore(Transition.COPY_DECISION_TO_SUPERIOR, in.date(), DateFact.SERVED, c.servedDate);
            if (SuperiorCopy.count("caseId = ?1 and document = ?2", c.id, SuperiorCopy.CopiedDocument.DECISION) > 0) {
                throw ApiException.conflict("SUPERIOR_COPY_RECORDED");
            }
            SuperiorCopy copy = new SuperiorCopy();
            copy.caseId = c.id;
            copy.document = SuperiorCopy.CopiedDocument.DECISION;
            copy.recipient = in.recipient().trim();
            copy.copiedDate = in.date();
            copy.note = in.note();
            copy.persist();
            return new EventData(in.date(), in.note(), details("copyId", copy.id, "recipient", copy.recipient,
                    "required", SuperiorCopyRule.required(c)));
        });
    }

    private static void requirePublicationOpen(ReconsiderationCase c) {
        if (c.publicationStatus != null) {
            throw ApiException.unprocessable("PUBLICATION_ALREADY_RECORDED", c.publicationStatus);
        }
    }}
