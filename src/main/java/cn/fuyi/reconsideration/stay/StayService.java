package cn.fuyi.reconsideration.stay;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;

/**
 * Stays of execution (停止执行, ARL 42): during reconsideration the act is carried out, unless the respondent or the
 * organ stops it, the organ grants a party's reasonable request, or a law, regulation or rule requires the stop.
 */
@ApplicationScoped
public class StayService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase decide(long id, VersionCheck check, StayInputs.DecideStay in) {
        Transition t = Transition.DECIDE_STAY_OF_EXECUTION;
        return step(id, t, check, c -> {
            notBefore(t, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            LocalDate requested = null;
            if (in.requestedBy().party()) {
                requested = in.requestDate() != null ? in.requestDate() : in.date();
                notBefore(t, requested, DateFact.RECEIVED, c.receivedDate);
                notBefore(t, in.date(), DateFact.STAY_REQUESTED, requested);
            } else if (in.requestDate() != null) {
                throw ApiException.invalidField("requestDate", "ONLY_FOR_PARTY_REQUEST");
            }
            if (in.granted()) {
                if (in.ground() == null) {
                    throw ApiException.invalidField("ground", "REQUIRED_WHEN_GRANTED");
                }
                if (!in.ground().availableTo(in.requestedBy())) {
                    throw ApiException.unprocessable("STAY_GROUND_NOT_AVAILABLE", in.ground(), in.requestedBy());
                }
                StayOfExecution earlier = StayOfExecution.<StayOfExecution>find("caseId = ?1 and granted = true", c.id).firstResult();
                if (earlier != null) {
                    throw ApiException.unprocessable("STAY_ALREADY_GRANTED", earlier.decidedDate);
                }
            } else {
                if (!in.requestedBy().party()) {
                    throw ApiException.unprocessable("STAY_REFUSAL_ONLY_ON_REQUEST", in.requestedBy());
                }
                if (in.ground() != null) {
                    throw ApiException.invalidField("ground", "ONLY_WHEN_GRANTED");
                }
            }
            boolean byLaw = in.granted() && in.ground() == StayGround.PROVIDED_BY_LAW;
            if (byLaw && blankToNull(in.legalBasis()) == null) {
                throw ApiException.invalidField("legalBasis", "REQUIRED_FOR_PROVIDED_BY_LAW");
            }
            if (!byLaw && blankToNull(in.legalBasis()) != null) {
                throw ApiException.invalidField("legalBasis", "ONLY_FOR_PROVIDED_BY_LAW");
            }
            StayOfExecution s = new StayOfExecution();
            s.caseId = c.id;
            s.requestedBy = in.requestedBy();
            s.requestDate = requested;
            s.granted = in.granted();
            s.ground = in.ground();
            s.legalBasis = blankToNull(in.legalBasis());
            s.decidedDate = in.date();
            s.reason = in.reason().trim();
            s.persist();
            return new EventData(in.date(), s.reason, details("stayId", s.id, "requestedBy", s.requestedBy, "requestDate",
                    requested, "granted", s.granted, "ground", s.ground, "article", s.ground == null ? null : s.ground.article(),
                    "legalBasis", s.legalBasis));
        });
    }
}
