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
import cn.fuyi.reconsideration.hearing.HearingService;
import cn.fuyi.reconsideration.review.ProcedureType;

/** The decision (行政复议决定, ARL 62-75, 79): extension of the period, the decision or dismissal, service and publication. */
@ApplicationScoped
public class DecisionService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase extend(long id, VersionCheck check, DecisionInputs.Extend in) {
        return step(id, Transition.EXTEND, check, c -> {
            if (c.extensionDays != null) {
                throw ApiException.unprocessable("EXTENSION_ALREADY_GRANTED", c.extensionDate, c.extensionDays);
            }
            if (c.procedure == ProcedureType.SIMPLIFIED) {
                throw ApiException.unprocessable("EXTENSION_NOT_FOR_SIMPLIFIED");
            }
            notBefore(Transition.EXTEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            LocalDate due = deadlineCalculator(c, in.date()).decision().due();
            if (in.date().isAfter(due)) {
                throw ApiException.unprocessable("EXTENSION_AFTER_DEADLINE", due);
            }
            c.extensionDays = in.days();
            c.extensionDate = in.date();
            c.extensionApprovedBy = user.displayName();
            c.extensionReason = in.reason();
            return new EventData(in.date(), in.reason(), details("days", in.days(), "approvedBy", c.extensionApprovedBy,
                    "previousDue", due));
        });
    }

    @Transactional
    public ReconsiderationCase dismiss(long id, VersionCheck check, DecisionInputs.Dismiss in) {
        return step(id, Transition.DISMISS_APPLICATION, check, c -> {
            notBefore(Transition.DISMISS_APPLICATION, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            HearingService.requireNoPendingHearing(c);
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
            DecisionType type = in.decisionType();
            notBefore(Transition.CONCLUDE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (c.state == CaseState.SUSPENDED && type != DecisionType.TERMINATION) {
                throw ApiException.unprocessable("ONLY_TERMINATION_WHILE_SUSPENDED", type);
            }
            boolean redo = Boolean.TRUE.equals(in.orderToRedo());
            if (redo && !type.allowsOrderToRedo()) {
                throw ApiException.unprocessable("ORDER_TO_REDO_NOT_APPLICABLE", type);
            }
            if (type == DecisionType.TERMINATION && in.terminationGround() == null) {
                throw ApiException.invalidField("terminationGround", "REQUIRED_FOR_TERMINATION");
            }
            if (type != DecisionType.TERMINATION && in.terminationGround() != null) {
                throw ApiException.invalidField("terminationGround", "ONLY_FOR_TERMINATION");
            }
            boolean indirect = Boolean.TRUE.equals(in.respondentCorrectedAct());
            if (indirect && !type.allowsIndirectCorrection()) {
                throw ApiException.unprocessable("INDIRECT_CORRECTION_NOT_APPLICABLE", type);
            }
            HearingService.requireNoPendingHearing(c);
            c.decisionType = type;
            c.orderToRedo = redo;
            c.terminationGround = in.terminationGround();
            c.indirectCorrection = indirect;
            c.decisionSummary = in.summary();
            c.decisionApprovedBy = user.displayName();
            c.concludedDate = in.date();
            return new EventData(in.date(), in.reason(), details("decisionType", type, "orderToRedo", redo,
                    "terminationGround", in.terminationGround(), "respondentCorrectedAct", indirect,
                    "correction", type.correction(), "approvedBy", c.decisionApprovedBy));
        });
    }

    @Transactional
    public ReconsiderationCase serve(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.SERVE, check, c -> {
            notBefore(Transition.SERVE, in.date(), DateFact.CONCLUDED, c.concludedDate);
            c.servedDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    @Transactional
    public ReconsiderationCase publish(long id, VersionCheck check, DecisionInputs.Publish in) {
        return step(id, Transition.PUBLISH, check, c -> {
            requirePublicationOpen(c);
            notBefore(Transition.PUBLISH, in.date(), DateFact.SERVED, c.servedDate);
            c.publicationStatus = PublicationStatus.PUBLISHED;
            c.publishedDate = in.date();
            c.publicationPlace = in.place();
            return new EventData(in.date(), null, details("place", in.place()));
        });
    }

    @Transactional
    public ReconsiderationCase recordNotPublished(long id, VersionCheck check, CaseInputs.ReasonedStep in) {
        return step(id, Transition.RECORD_NOT_PUBLISHED, check, c -> {
            requirePublicationOpen(c);
            notBefore(Transition.RECORD_NOT_PUBLISHED, in.date(), DateFact.SERVED, c.servedDate);
            c.publicationStatus = PublicationStatus.NOT_PUBLISHED;
            c.nonPublicationReason = in.reason();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    private static void requirePublicationOpen(ReconsiderationCase c) {
        if (c.publicationStatus != null) {
            throw ApiException.unprocessable("PUBLICATION_ALREADY_RECORDED", c.publicationStatus);
        }
    }}
