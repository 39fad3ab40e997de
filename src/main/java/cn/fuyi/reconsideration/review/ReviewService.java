package cn.fuyi.reconsideration.review;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseInputs;

/** Review (审理): the clerk, the procedure (ordinary or simplified, ARL 49, 53, 55), the copy to the respondent and its reply (ARL 48, 54). */
@ApplicationScoped
public class ReviewService extends ProcedureSteps {

    

    @Transactional
    public ReconsiderationCase assignClerk(long id, VersionCheck check, ReviewInputs.AssignClerk in) {
        return step(id, Transition.ASSIGN_CLERK, check, c -> {
            Map<String, Object> d = details("previousClerk", c.clerk, "clerk", in.clerk(), "clerkName", in.clerkName());
            c.clerk = in.clerk();
            c.clerkName = in.clerkName();
            return new EventData(in.date() != null ? in.date() : time.today(), in.reason(), d);
        });
    }

    @Transactional
    public ReconsiderationCase chooseProcedure(long id, VersionCheck check, ReviewInputs.ChooseProcedure in) {
        return step(id, Transition.CHOOSE_PROCEDURE, check, c -> {
            notBefore(Transition.CHOOSE_PROCEDURE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (in.procedure() == ProcedureType.SIMPLIFIED) {
                if (c.ruleSet == RuleSet.ARL_2017) {
                    throw ApiException.unprocessable("SIMPLIFIED_NOT_AVAILABLE", c.ruleSet);
                }
                if (in.simplifiedGround() == null) {
                    throw ApiException.invalidField("simplifiedGround", "REQUIRED_FOR_SIMPLIFIED");
                }
                if (in.simplifiedGround() == SimplifiedGround.AMOUNT_UP_TO_3000 && c.amount != null
                        && c.amount.compareTo(java.math.BigDecimal.valueOf(3000)) > 0) {
                    throw ApiException.unprocessable("SIMPLIFIED_AMOUNT_TOO_HIGH", c.amount.toPlainString());
                }
            } else if (in.simplifiedGround() != null) {
                throw ApiException.invalidField("simplifiedGround", "ONLY_FOR_SIMPLIFIED");
            }
            c.procedure = in.procedure();
            c.simplifiedGround = in.simplifiedGround();
            return new EventData(in.date(), in.reason(), details("procedure", in.procedure(), "simplifiedGround",
                    in.simplifiedGround()));
        });
    }

    @Transactional
    public ReconsiderationCase convertToOrdinary(long id, VersionCheck check, CaseInputs.ApprovedStep in) {
        return step(id, Transition.CONVERT_TO_ORDINARY, check, c -> {
            if (c.procedure != ProcedureType.SIMPLIFIED) {
                throw ApiException.unprocessable("NOT_SIMPLIFIED");
            }
            notBefore(Transition.CONVERT_TO_ORDINARY, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            c.procedure = ProcedureType.ORDINARY;
            c.convertedDate = in.date();
            c.conversionApprovedBy = user.displayName();
            return new EventData(in.date(), in.reason(), details("approvedBy", c.conversionApprovedBy, "from",
                    ProcedureType.SIMPLIFIED, "to", ProcedureType.ORDINARY));
        });
    }

    @Transactional
    public ReconsiderationCase sendCopy(long id, VersionCheck check, ReviewInputs.SendCopy in) {
        return step(id, Transition.SEND_COPY, check, c -> {
            if (c.copySentDate != null) {
                throw ApiException.unprocessable("COPY_ALREADY_SENT", c.copySentDate);
            }
            notBefore(Transition.SEND_COPY, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            LocalDate received = in.receivedDate() != null ? in.receivedDate() : in.date();
            notBefore(Transition.SEND_COPY, received, DateFact.COPY_SENT, in.date());
            notInFuture(Transition.SEND_COPY, received);
            c.copySentDate = in.date();
            c.copyReceivedDate = received;
            return new EventData(in.date(), in.reason(), details("respondentReceivedDate", received));
        });
    }

    @Transactional
    public ReconsiderationCase receiveReply(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RECEIVE_REPLY, check, c -> {
            if (c.copySentDate == null) {
                throw ApiException.unprocessable("COPY_NOT_SENT");
            }
            if (c.replyReceivedDate != null) {
                throw ApiException.unprocessable("REPLY_ALREADY_RECEIVED", c.replyReceivedDate);
            }
            notBefore(Transition.RECEIVE_REPLY, in.date(), DateFact.COPY_SENT, c.copySentDate);
            c.replyReceivedDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }}
