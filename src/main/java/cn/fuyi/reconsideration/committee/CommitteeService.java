package cn.fuyi.reconsideration.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * The reconsideration committee (行政复议委员会, ARL 52, 61 ¶3): the referral, the opinion the office must record, and
 * whether the decision followed it.
 */
@ApplicationScoped
public class CommitteeService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase refer(long id, VersionCheck check, CommitteeInputs.Refer in) {
        Transition t = Transition.REFER_TO_COMMITTEE;
        return step(id, t, check, c -> {
            notBefore(t, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            CommitteeReferral open = CommitteeReferral.<CommitteeReferral>find("caseId = ?1 and opinionDate is null", c.id).firstResult();
            if (open != null) {
                throw ApiException.unprocessable("COMMITTEE_REFERRAL_OPEN", open.referredDate);
            }
            CommitteeReferral r = new CommitteeReferral();
            r.caseId = c.id;
            r.ground = in.ground();
            r.referredDate = in.date();
            r.questions = in.questions().trim();
            r.persist();
            return new EventData(in.date(), in.reason(), details("referralId", r.id, "ground", r.ground, "article",
                    r.ground.article(), "mandatory", r.ground.mandatory(), "questions", r.questions));
        });
    }

    @Transactional
    public ReconsiderationCase recordOpinion(long id, VersionCheck check, CommitteeInputs.RecordOpinion in) {
        Transition t = Transition.RECORD_COMMITTEE_OPINION;
        return step(id, t, check, c -> {
            CommitteeReferral r = referral(c, in.referralId());
            if (r.opinionDate != null) {
                throw ApiException.unprocessable("COMMITTEE_OPINION_ALREADY_RECORDED", r.opinionDate);
            }
            notBefore(t, in.meetingDate(), DateFact.COMMITTEE_REFERRED, r.referredDate);
            notBefore(t, in.date(), DateFact.COMMITTEE_MEETING, in.meetingDate());
            r.meetingDate = in.meetingDate();
            r.members = String.join("、", in.members().stream().map(String::trim).toList());
            r.opinion = in.opinion().trim();
            r.opinionDate = in.date();
            return new EventData(in.date(), null, details("referralId", r.id, "meetingDate", r.meetingDate, "members",
                    in.members()));
        });
    }

    @Transactional
    public ReconsiderationCase recordAdoption(long id, VersionCheck check, CommitteeInputs.RecordAdoption in) {
        Transition t = Transition.RECORD_COMMITTEE_OPINION_ADOPTION;
        return step(id, t, check, c -> {
            CommitteeReferral r = referral(c, in.referralId());
            if (r.opinionDate == null) {
                throw ApiException.unprocessable("COMMITTEE_OPINION_MISSING", r.referredDate, r.ground);
            }
            if (r.followed != null) {
                throw ApiException.unprocessable("COMMITTEE_ADOPTION_ALREADY_RECORDED", r.adoptionDate);
            }
            if (!in.followed() && blankToNull(in.note()) == null) {
                throw ApiException.invalidField("note", "REQUIRED_WHEN_NOT_FOLLOWED");
            }
            notBefore(t, in.date(), DateFact.CONCLUDED, c.concludedDate);
            r.followed = in.followed();
            r.adoptionDate = in.date();
            r.adoptionNote = blankToNull(in.note());
            return new EventData(in.date(), r.adoptionNote, details("referralId", r.id, "followed", r.followed));
        });
    }

    private static CommitteeReferral referral(ReconsiderationCase c, long referralId) {
        CommitteeReferral r = CommitteeReferral.findById(referralId);
        if (r == null || r.caseId != c.id) {
            throw ApiException.notFound("COMMITTEE_REFERRAL_NOT_FOUND", referralId);
        }
        return r;
    }

    /**
     * A decision on the merits waits for the opinion of every referral: the office must record it (ARL 52 ¶3) and the
     * decision must take it as an important reference (ARL 61 ¶3). Dismissal, mediation and termination end the case
     * without a decision on the act, and do not wait.
     */
    public static void requireOpinionsRecorded(ReconsiderationCase c, DecisionType type) {
        if (!type.onMerits()) {
            return;
        }
        CommitteeReferral open = CommitteeReferral.<CommitteeReferral>find("caseId = ?1 and opinionDate is null", c.id).firstResult();
        if (open != null) {
            throw ApiException.unprocessable("COMMITTEE_OPINION_MISSING", open.referredDate, open.ground)
                    .with("referralId", open.id);
        }
    }
}
